// Free text that may identify someone: found on the phone before it is sent, offered for
// removal, and never written to the server's files once removed; kept, it waits for review.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, startForm, audit, TOKEN } from './fixtures.js';

const PHONE = '07700 900123';

/** Every file of the general test server's data folder, as text. */
function dataFiles(baseURL) {
  const dir = join(process.env.CHORUS_E2E_DATA, new URL(baseURL).port);
  return readdirSync(dir).map((name) => [name, readFileSync(join(dir, name)).toString('latin1')]);
}

async function toHelpful(page) {
  await page.getByRole('button', { name: 'Skip this question' }).click();
  await page.getByRole('button', { name: 'Skip this question' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What has been helpful?');
}

async function sendTheRest(page) {
  while (await page.getByRole('button', { name: 'Skip this question' }).count()) {
    await page.getByRole('button', { name: 'Skip this question' }).click();
  }
  await page.getByRole('button', { name: 'Send your answers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you, your answers have been counted');
}

test('a phone number typed into an answer is offered for removal, and never stored', async ({ page, baseURL, problems }) => {
  await startForm(page);
  await toHelpful(page);
  await expect(page.getByText('Please do not include anyone’s name, including your own.')).toBeVisible();
  await page.getByLabel('What has been helpful?').fill(`The nurse who rang me on ${PHONE} every week`);
  await page.getByRole('button', { name: 'Continue' }).click();
  // Same page, asking: the number marked, focus on the question.
  await expect(page.getByRole('heading', { level: 2, name: 'Your answer may show who someone is' })).toBeVisible();
  await expect(page.locator('mark')).toHaveText(PHONE);
  await expect(page.locator('.chorus-identify')).toBeFocused();
  await audit(page);
  await page.getByRole('button', { name: 'Remove the marked details' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('What has been helpful?');
  await sendTheRest(page);
  for (const [name, text] of dataFiles(baseURL)) {
    expect(text.includes(PHONE) || text.includes('900123'), `${name} holds the number`).toBe(false);
  }
  expect(problems).toEqual([]);
});

test('without JavaScript too: kept on purpose, the quote waits for a coordinator', async ({ browser, request }) => {
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const page = await plain.newPage();
  await page.goto('/f/demo');
  await page.getByRole('button', { name: 'Start now' }).click();
  await toHelpful(page);
  const kept = `Ring the hub on 020 7946 0018 if you are stuck`;
  await page.getByLabel('What has been helpful?').fill(kept);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('mark')).toHaveText('020 7946 0018');
  await page.getByRole('button', { name: 'Keep my answer as it is' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('What has been helpful?');
  await sendTheRest(page);
  await plain.close();
  const held = await (await request.get('/api/forms/demo/quotes/held', { headers: { Authorization: `Bearer ${TOKEN}` } })).json();
  expect(held.quotes.map((q) => q.text)).toContain(kept);
});
