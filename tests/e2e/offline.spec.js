// Nothing lost: a submission made offline waits on the device, is sent when the connection is
// back (or on the next visit), and is counted exactly once, however often it is retried.
import { test, expect, startForm, exportCounts, seed, OFFLINE_SERVER, LIMITED_SERVER } from './fixtures.js';

// Ten earlier responses, so the form passes the release's base and counts can be read.
test.beforeAll(async ({ request }) => { await seed(request, OFFLINE_SERVER); });

async function answerAndCheck(page, option) {
  await startForm(page, OFFLINE_SERVER);
  await page.getByLabel(option, { exact: true }).check();
  for (let i = 0; i < 9; i++) await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers before sending them');
}

test('offline, then online: sent by itself and counted once; a replay changes nothing', async ({ page, context, request }) => {
  const sent = [];
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/responses')) sent.push(r); });
  await answerAndCheck(page, 'Very well');
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Send your answers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your answers are saved on this device');
  expect((await exportCounts(request, OFFLINE_SERVER)).get('support,very-well')).toBe('0');

  await context.setOffline(false);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you, your answers have been counted');
  // Send the same submission again, as a device would after a lost reply: same key, same body.
  const last = sent[sent.length - 1];
  const key = await last.headerValue('idempotency-key');
  expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
  for (let i = 0; i < 5; i++) {
    const replay = await request.post(`${OFFLINE_SERVER}/api/forms/demo/responses`, {
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      data: last.postData(),
    });
    expect(replay.status()).toBe(201);
  }
  // Four more people, so the one count is above the small-count threshold and readable, and
  // five more through the API: views move in steps of ten new responses.
  for (let i = 0; i < 4; i++) {
    await answerAndCheck(page, 'Very well');
    await page.getByRole('button', { name: 'Send your answers' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you, your answers have been counted');
  }
  await seed(request, OFFLINE_SERVER, undefined, 5);
  expect((await exportCounts(request, OFFLINE_SERVER)).get('support,very-well')).toBe('5');
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});

test('a submission left waiting is sent on the next visit', async ({ browser, request }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await answerAndCheck(page, 'Not very well');
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Send your answers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your answers are saved on this device');
  await page.close();
  await context.setOffline(false);
  const later = await context.newPage();
  await later.goto(`${OFFLINE_SERVER}/f/demo`);
  await later.locator('html[data-chorus-hydrated]').waitFor();
  await expect.poll(() => later.evaluate(() => Object.keys(localStorage).length)).toBe(0);
  await seed(request, OFFLINE_SERVER, undefined, 9);
  const counts = await exportCounts(request, OFFLINE_SERVER);
  expect(counts.get('support,not-very-well')).toBe('<5');
  await context.close();
});

test('too many answers from one connection: told plainly, and kept on the device to send later', async ({ page, request }) => {
  // This server allows a burst of one from this machine: an answer sent just before uses it.
  const first = await request.post(`${LIMITED_SERVER}/api/forms/demo/responses`, { data: { answers: { support: 'very-well' } } });
  expect(first.status()).toBe(201);
  await startForm(page, LIMITED_SERVER);
  await page.getByLabel('Quite well').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  for (let i = 0; i < 8; i++) await page.getByRole('button', { name: 'Skip this question' }).click();
  await page.getByRole('button', { name: 'Send your answers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your answers are saved on this device');
  await expect(page.getByText('Many answers have come from this internet connection in the last hour')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('chorus-outbox:')).length)).toBe(1);
});

