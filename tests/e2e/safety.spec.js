// Safety and trust: leaving quickly, help on every page, nothing sent anywhere else, no cookies,
// and a screen reader told where it is when the page changes in place.
import { test, expect, openHydrated, startForm } from './fixtures.js';

const EXIT = 'https://www.bbc.co.uk/weather';

// The neutral site is outside this machine's network: stand in for it.
async function fakeExitSite(page) {
  await page.route(`${EXIT}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }));
}

test('"Leave this page" replaces the form with a neutral site', async ({ page }) => {
  await fakeExitSite(page);
  await startForm(page);
  await page.getByLabel('Not at all').check();
  await page.getByRole('link', { name: 'Leave this page' }).click();
  await expect(page).toHaveURL(EXIT);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Weather');
  // The question page was replaced in the history: Back shows no answer, only the start page.
  await page.goBack();
  await expect(page).toHaveURL(/\/f\/demo$/);
  await expect(page.locator('input:checked')).toHaveCount(0);
});

test('pressing Escape three times leaves too', async ({ page }) => {
  await fakeExitSite(page);
  await startForm(page);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/q\/support$/);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(EXIT);
});

test('"Get help now" is on every question and opens the support block', async ({ page }) => {
  await startForm(page);
  await page.getByText('Get help now').click();
  await expect(page.getByRole('link', { name: 'Samaritans: call 116 123 (free, 24 hours)' })).toHaveAttribute('href', 'tel:116123');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('Get help now')).toBeVisible();
});

test('the progress is announced when the question changes in place', async ({ page }) => {
  await startForm(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  const live = page.locator('[aria-live="polite"]');
  await expect(live).toHaveText(/Question\W+2\W+of\W+9\W+,\W+7\W+questions left: Which of these have you used in the last 12 months\?/);
});

test('"Change" returns to the question and Continue goes back to check answers', async ({ page }) => {
  await startForm(page);
  for (let i = 0; i < 9; i++) await page.getByRole('button', { name: 'Skip this question' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers before sending them');
  await page.getByRole('button', { name: 'Change What has been helpful?' }).click();
  await expect(page).toHaveURL(/\/f\/demo\/change\/helpful$/);
  await page.getByLabel('What has been helpful?').fill('The walking group');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/f\/demo\/check$/);
  await expect(page.locator('.chorus-summary__row').nth(2)).toContainText('The walking group');
});

test('the journey talks to no other site and sets no cookie', async ({ page, context }) => {
  const elsewhere = [];
  page.on('request', (r) => { if (!r.url().startsWith('http://127.0.0.1:') && !r.url().startsWith('data:')) elsewhere.push(r.url()); });
  await startForm(page);
  await page.getByLabel('Quite well').check();
  for (let i = 0; i < 9; i++) await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Send your answers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you, your answers have been counted');
  expect(elsewhere).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});
