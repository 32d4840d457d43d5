// Accessibility: axe-core on every kind of page, a keyboard-only journey, and the whole
// journey with JavaScript turned off.
import { test, expect, openHydrated, startForm, audit } from './fixtures.js';

test('every kind of page passes axe (WCAG 2.2 AA)', async ({ page, problems }) => {
  await openHydrated(page, '/f/demo');
  await audit(page); // start page
  // How answers stay anonymous, in a paragraph, and back.
  await page.getByRole('link', { name: 'How your answers stay anonymous' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How your answers stay anonymous');
  await audit(page);
  await page.getByRole('link', { name: 'Back to the form' }).click();
  await page.locator('html[data-chorus-hydrated]').waitFor();
  await page.getByText('Get help now').click();
  await audit(page); // help open
  await page.getByRole('button', { name: 'Start now' }).click();
  await audit(page); // radios
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/q\/used$/);
  await audit(page); // checkboxes with a hint
  await page.getByRole('button', { name: 'Continue' }).click();
  await audit(page); // text
  await page.getByLabel('What has been helpful?').fill('x'.repeat(1201));
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByRole('alert')).toContainText('Your answer must be');
  await audit(page); // error summary
  await page.getByLabel('What has been helpful?').fill('Short now');
  await page.getByRole('button', { name: 'Continue' }).click();
  for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers before sending them');
  await expect(page.getByText('Short now')).toBeVisible();
  await audit(page); // check answers
  await page.getByRole('button', { name: 'Send your answers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you, your answers have been counted');
  await audit(page); // confirmation
  expect(problems).toEqual([]);
});

test('a keyboard alone can answer, skip and send', async ({ page }) => {
  await openHydrated(page, '/f/demo');
  // "Leave this page" comes first, so it is always one Tab away.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Leave this page' })).toBeFocused();
  const start = page.getByRole('button', { name: 'Start now' });
  for (let i = 0; i < 20 && !(await start.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q\/support$/);
  await expect(page.locator('h1 [tabindex="-1"], h1[tabindex="-1"]')).toBeFocused();
  await page.keyboard.press('Tab'); // the first radio
  await expect(page.getByLabel('Very well', { exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown'); // radios move and select with arrows
  await expect(page.getByLabel('Quite well')).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q\/used$/);
  // Focus moves to the new question's heading, so a screen reader reads it next.
  await expect(page.locator('h1 [tabindex="-1"], h1[tabindex="-1"]')).toBeFocused();
  await page.keyboard.press('Tab'); // from the heading to the first checkbox
  await expect(page.getByLabel('GP or practice nurse')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByLabel('GP or practice nurse')).toBeChecked();
  // Enter in a field continues (it must not press the "Back" button that comes first).
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q\/helpful$/);
  // Skip with the keyboard: Tab on to "Skip this question".
  const skip = page.getByRole('button', { name: 'Skip this question' });
  for (let i = 0; i < 6 && !(await skip.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q\/not_helpful$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole journey works as plain HTML', async ({ page, request }) => {
    await page.goto('/f/demo');
    await page.getByRole('button', { name: 'Start now' }).click();
    await page.getByLabel('Very well', { exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which of these have you used in the last 12 months?');
    await page.getByLabel('NHS Talking Therapies').check();
    await page.getByRole('button', { name: 'Skip this question' }).click();
    await expect(page).toHaveURL(/q\/helpful$/);
    await page.getByLabel('What has been helpful?').fill('A friendly GP');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByLabel('What has been helpful?')).toHaveValue('A friendly GP');
    for (let i = 0; i < 7; i++) await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers before sending them');
    const rows = page.locator('.chorus-summary__row');
    await expect(rows.nth(0)).toContainText('Very well');
    await expect(rows.nth(1)).toContainText('Not answered');
    await expect(rows.nth(2)).toContainText('A friendly GP');
    await page.getByRole('button', { name: 'Send your answers' }).click();
    await expect(page).toHaveURL(/\/f\/demo\/done$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you, your answers have been counted');
  });
});

test('free text shows the limit, counts as people type, and says nobody can reply', async ({ page }) => {
  await startForm(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  const box = page.getByLabel('What has been helpful?');
  await expect(page.locator('#helpful-info')).toHaveText(/You can enter up to\W+1200\W+characters/);
  await expect(page.getByText('Your answer is anonymous, so nobody can reply to it.')).toBeVisible();
  // The hint, the anonymity note and the count are all read with the box.
  const described = (await box.getAttribute('aria-describedby')).split(' ');
  expect(described).toEqual(expect.arrayContaining(['helpful-hint', 'helpful-anon', 'helpful-info']));
  await box.fill('Ten chars!');
  await expect(page.locator('#helpful-info')).toHaveText(/You have\W+1190\W+characters remaining/);
  await box.fill('x'.repeat(1199));
  await expect(page.locator('#helpful-info')).toHaveText(/You have\W+1\W+character remaining/);
  await box.fill('x'.repeat(1203));
  await expect(page.locator('#helpful-info')).toHaveText(/You have\W+3\W+characters too many/);
  // Told to screen readers once typing pauses.
  await expect(page.locator('#helpful-info + [aria-live="polite"]')).toHaveText(/3\W+characters too many/);
});
