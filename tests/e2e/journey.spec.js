// The listening loop end to end: the form in a real browser, answers counted, the CSV exact.
import { test, expect, startForm, exportCounts, seed, COUNT_SERVER } from './fixtures.js';

test('the first question is in the server HTML, before any script runs', async ({ request }) => {
  const response = await request.get('/f/demo/q/support');
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html.match(/<input[^>]*type="radio"[^>]*name="support"|<input[^>]*name="support"[^>]*type="radio"/g)).toHaveLength(5);
  expect(html).toContain('How well do local mental health services support you?');
});

test('the page hydrates without errors and moves between questions without loading pages', async ({ page, problems }) => {
  let loads = 0;
  page.on('load', () => loads++);
  await startForm(page);
  await page.getByLabel('Quite well').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/f\/demo\/q\/used$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which of these have you used in the last 12 months?');
  // The choice on question 1 does not carry over to question 2's boxes.
  await expect(page.locator('input[type=checkbox]:checked')).toHaveCount(0);
  await page.goBack();
  await expect(page.getByLabel('Quite well')).toBeChecked();
  expect(loads).toBe(1);
  expect(problems).toEqual([]);
});

test('12 people answer in the browser and the CSV has exactly their counts', async ({ page, request, problems }) => {
  test.setTimeout(180_000);
  for (let person = 0; person < 12; person++) {
    await startForm(page, COUNT_SERVER);
    await page.getByLabel('Quite well').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('GP or practice nurse').check();
    await page.getByLabel('Peer support group').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('What has been helpful?').fill('The Tuesday peer group');
    await page.getByRole('button', { name: 'Continue' }).click();
    // Skipped: "What has not been so helpful?" is left out, not counted as an answer.
    await page.getByLabel('What has not been so helpful?').fill('typed, then skipped');
    await page.getByRole('button', { name: 'Skip this question' }).click();
    await page.getByRole('button', { name: 'Continue' }).click(); // missing: left empty
    await page.getByRole('button', { name: 'Continue' }).click(); // ideas: left empty
    await page.getByLabel('Prefer not to say').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Skip this question' }).click(); // ethnicity
    await page.getByLabel('At a community event').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers before sending them');
    await page.getByRole('button', { name: 'Send your answers' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you, your answers have been counted');
    await expect(page).toHaveURL(/\/f\/demo\/done$/);
  }
  const counts = await exportCounts(request, COUNT_SERVER);
  const expected = {
    'support,quite-well': '12', 'support,very-well': '0', 'support,_skipped': '0',
    'used,gp': '12', 'used,peer-support': '12', 'used,crisis': '0', 'used,_skipped': '0',
    'helpful,_answered': '12', 'helpful,_skipped': '0',
    'not_helpful,_answered': '0', 'not_helpful,_skipped': '12',
    'missing,_skipped': '12', 'ideas,_skipped': '12',
    'age,prefer-not-to-say': '12', 'age,_skipped': '0',
    'ethnicity,_skipped': '12', 'ethnicity,prefer-not-to-say': '0',
    'hear_back,event': '12', 'hear_back,_skipped': '0',
  };
  for (const [key, count] of Object.entries(expected)) {
    expect(counts.get(key), key).toBe(count);
  }
  expect(problems).toEqual([]);
});

test('small counts are suppressed in the export', async ({ page, request }) => {
  await seed(request, test.info().project.use.baseURL);
  await startForm(page);
  await page.getByLabel('Not at all').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  for (let i = 0; i < 8; i++) await page.getByRole('button', { name: 'Skip this question' }).click();
  await page.getByRole('button', { name: 'Send your answers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you, your answers have been counted');
  const counts = await exportCounts(request, test.info().project.use.baseURL);
  expect(counts.get('support,not-at-all')).toBe('<5');
});

test('the export refuses anyone without the token', async ({ request }) => {
  const response = await request.get('/api/forms/demo/export.csv');
  expect(response.status()).toBe(401);
  expect(await response.text()).not.toContain('support');
});

test('"Something else (please tell us)" shows a text box that travels with the answer', async ({ page, problems }) => {
  await startForm(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  const box = page.getByLabel('Please tell us', { exact: true });
  await expect(box).toBeHidden();
  await page.getByLabel('Something else (please tell us)').check();
  await expect(box).toBeVisible();
  await box.fill('x'.repeat(501));
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText(/500\W+characters or fewer/);
  await expect(page.getByLabel('Please tell us', { exact: true })).toBeVisible();
  await page.getByLabel('Please tell us', { exact: true }).fill('The mosque counselling service');
  await page.getByRole('button', { name: 'Continue' }).click();
  for (let i = 0; i < 7; i++) await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('.chorus-summary__row').nth(1)).toContainText('Something else (please tell us): The mosque counselling service');
  await page.getByRole('button', { name: 'Send your answers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you, your answers have been counted');
  expect(problems).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the "other" text box still opens when its option is chosen', async ({ page }) => {
    await page.goto('/f/demo/q/used');
    await expect(page.getByLabel('Please tell us', { exact: true })).toBeHidden();
    await page.getByLabel('Something else (please tell us)').check();
    await page.getByLabel('Please tell us', { exact: true }).fill('A community garden');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByLabel('Please tell us', { exact: true })).toHaveValue('A community garden');
  });
});
