// Save and finish later, on the device only: nothing is sent until the final submit, the person
// can come back and continue, start again, or remove the answers from the device.
import { test, expect, openHydrated, startForm, audit } from './fixtures.js';

const saved = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('chorus-draft:')));

test('save, close the tab, come back, continue where you left off', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const posts = [];
  page.on('request', (r) => { if (r.method() === 'POST') posts.push(r.url()); });
  await startForm(page);
  await page.getByLabel('Quite well').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Peer support group').check();
  await page.getByRole('button', { name: 'Save and finish later' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your answers are saved on this device');
  await expect(page.getByText('They have not been sent to anyone.')).toBeVisible();
  await audit(page);
  expect(await saved(page)).toEqual(['chorus-draft:demo']);
  expect(posts, 'nothing leaves the device before the final submit').toEqual([]);
  await page.close();

  const later = await context.newPage();
  await openHydrated(later, '/f/demo');
  await expect(later.getByRole('heading', { name: 'You have answers saved on this device' })).toBeVisible();
  await audit(later);
  await later.getByRole('button', { name: 'Continue where you left off' }).click();
  await expect(later).toHaveURL(/q\/used$/);
  await expect(later.getByLabel('Peer support group')).toBeChecked();
  await later.getByRole('button', { name: 'Back' }).click();
  await expect(later.getByLabel('Quite well')).toBeChecked();
  await context.close();
});

test('answers saved after coming through a channel still count there when finished from a plain link', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openHydrated(page, '/f/demo?channel=riverside-mind');
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page).toHaveURL(/q\/support\?channel=riverside-mind$/);
  await page.getByLabel('Quite well').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Save and finish later' }).click();
  await page.close();
  const later = await context.newPage();
  await openHydrated(later, '/f/demo');
  await later.getByRole('button', { name: 'Continue where you left off' }).click();
  await expect(later).toHaveURL(/q\/used\?lang=en-GB&channel=riverside-mind$/);
  await later.locator('html[data-chorus-hydrated]').waitFor();
  await later.getByRole('button', { name: 'Back' }).click();
  await expect(later.getByLabel('Quite well')).toBeChecked();
  await context.close();
});

test('start again, and remove my answers from this device', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await startForm(page);
  await page.getByLabel('Not at all').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  // Saved as the person goes, and removable from any page.
  expect(await saved(page)).toEqual(['chorus-draft:demo']);
  await page.getByRole('button', { name: 'Remove my answers from this device' }).click();
  await expect(page.getByRole('status')).toHaveText('Your answers have been removed from this device.');
  expect(await saved(page)).toEqual([]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mental health support in our community');

  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByLabel('Very well', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.close();
  const later = await context.newPage();
  await openHydrated(later, '/f/demo');
  await later.getByRole('button', { name: 'Start again' }).click();
  expect(await saved(later)).toEqual([]);
  await later.getByRole('button', { name: 'Start now' }).click();
  await expect(later.getByLabel('Very well', { exact: true })).not.toBeChecked();
  await context.close();
});

test('sending the answers removes them from the device; leaving does too', async ({ page }) => {
  await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ contentType: 'text/html', body: '<h1>Weather</h1>' }));
  await startForm(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  expect(await saved(page)).toHaveLength(1);
  for (let i = 0; i < 8; i++) await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Send your answers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you, your answers have been counted');
  expect(await saved(page)).toEqual([]);

  await startForm(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  expect(await saved(page)).toHaveLength(1);
  await page.getByRole('link', { name: 'Leave this page' }).click();
  await expect(page).toHaveURL(/bbc/);
  await page.goto('/f/demo');
  expect(await saved(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the start page says saving for later needs JavaScript', async ({ page }) => {
    await page.goto('/f/demo');
    await expect(page.getByText('Saving your answers to finish later needs JavaScript')).toBeVisible();
    await page.getByRole('button', { name: 'Start now' }).click();
    await expect(page.getByRole('button', { name: 'Save and finish later' })).toHaveCount(0);
  });
});
