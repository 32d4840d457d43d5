// The whole journey with a keyboard alone: start, answer, back, skip, save and finish later,
// come back and resume, change an answer, send; then remove answers from the device, and leave
// with Escape. Every step is reached with Tab, and done with Enter, Space or the arrows.
import { test, expect, openHydrated } from './fixtures.js';

/** Tabs (forwards) to the control whose text is `name`, then presses Enter. */
async function press(page, name) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement?.textContent || '').replace(/\s+/g, ' ').trim());
    if (focused === name) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`could not reach "${name}" with Tab`);
}

const heading = (page) => page.getByRole('heading', { level: 1 });

/** A page changed in place moves focus to its heading on the next frame: wait for it, as a
 * keyboard user would see it, before tabbing on. */
async function headingFocused(page) {
  await expect(page.locator('main h1 [tabindex], main h1[tabindex]')).toBeFocused();
}

test('answer, back, skip, save, resume, change and send by keyboard', async ({ browser, request }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openHydrated(page, '/f/demo');
  await press(page, 'Start now');
  await expect(page).toHaveURL(/q\/support$/);
  await headingFocused(page);
  await page.keyboard.press('Tab'); // first radio
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Quite well')).toBeChecked();
  await page.keyboard.press('Enter'); // Enter in a field continues
  await expect(page).toHaveURL(/q\/used$/);
  await headingFocused(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByLabel('GP or practice nurse')).toBeChecked();
  await page.keyboard.press('Shift+Tab'); // back up to "Back"
  await expect(page.getByRole('button', { name: 'Back' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q\/support$/);
  await expect(page.getByLabel('Quite well')).toBeChecked();
  await press(page, 'Continue');
  await expect(page.getByLabel('GP or practice nurse')).toBeChecked();
  await press(page, 'Skip this question');
  await expect(page).toHaveURL(/q\/helpful$/);
  await headingFocused(page);
  await page.keyboard.press('Tab');
  await page.keyboard.type('A quiet place to talk');
  await press(page, 'Save and finish later');
  await expect(heading(page)).toHaveText('Your answers are saved on this device');
  await page.close();

  const later = await context.newPage();
  await openHydrated(later, '/f/demo');
  await press(later, 'Continue where you left off');
  await expect(later).toHaveURL(/q\/helpful$/);
  await expect(later.getByLabel('What has been helpful?')).toHaveValue('A quiet place to talk');
  for (let i = 0; i < 7; i++) await press(later, 'Continue');
  await expect(heading(later)).toHaveText('Check your answers before sending them');
  await expect(later.locator('.chorus-summary__row').nth(1)).toContainText('Not answered');
  await press(later, 'Change How old are you?');
  await expect(later).toHaveURL(/change\/age$/);
  await headingFocused(later);
  await later.keyboard.press('Tab');
  for (let i = 0; i < 6; i++) await later.keyboard.press('ArrowDown'); // to "Prefer not to say"
  await expect(later.getByLabel('Prefer not to say')).toBeChecked();
  await press(later, 'Continue');
  await expect(later).toHaveURL(/check$/);
  await expect(later.locator('.chorus-summary__row').nth(6)).toContainText('Prefer not to say');
  await press(later, 'Send your answers');
  await expect(heading(later)).toHaveText('Thank you, your answers have been counted');
  await context.close();
});

test('remove answers from the device, then leave with Escape, by keyboard', async ({ page }) => {
  await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ contentType: 'text/html', body: '<h1>Weather</h1>' }));
  await openHydrated(page, '/f/demo');
  await press(page, 'Start now');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q\/used$/);
  await press(page, 'Remove my answers from this device');
  await expect(page.getByRole('status')).toHaveText('Your answers have been removed from this device.');
  await expect(heading(page)).toHaveText('Mental health support in our community');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/bbc\.co\.uk\/weather/);
});
