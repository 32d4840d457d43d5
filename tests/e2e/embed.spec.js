// Embedding on a partner's site: the form in an iframe from Chorus's origin, unaffected by the
// host's CSS, unreadable by the host's scripts, sized by postMessage in 80 px steps; sites not
// in the form's list cannot frame it.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { test, expect, readQr, coordinatorContext, csvRows, CHANNELS_SERVER } from './fixtures.js';

const CHORUS = `http://127.0.0.1:${Number(process.env.CHORUS_TEST_PORT || 18080)}`;
const ALLOWED = 18100; // listed in forms/demo.toml's embed_origins
const REFUSED = 18101;

let servers = [];
test.beforeAll(async () => {
  const partner = readFileSync('public/demo/partner.html', 'utf8');
  // The partner page, embedding from the general server; at /channels, from the channels test's own.
  const pages = {
    '/': partner.replaceAll('http://127.0.0.1:8080', CHORUS),
    '/channels': partner.replaceAll('http://127.0.0.1:8080', CHANNELS_SERVER),
  };
  servers = await Promise.all([ALLOWED, REFUSED].map((port) => new Promise((resolve) => {
    const s = createServer((req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(pages[req.url] || pages['/']); });
    s.listen(port, '127.0.0.1', () => resolve(s));
  })));
});
test.afterAll(() => servers.forEach((s) => s.close()));

test('on an allowed partner page: the form works, its height follows, the host reads nothing', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${ALLOWED}/`);
  // The host's snooping works on its own page (so its silence below means something).
  await page.getByLabel('Search this site').fill('opening hours');
  await expect.poll(() => page.evaluate(() => window.__captured.length)).toBeGreaterThan(0);
  await page.getByLabel('Search this site').fill('');
  await page.evaluate(() => { window.__captured = []; });
  const iframe = page.locator('iframe').first();
  await expect(iframe).toHaveAttribute('title', /anonymous form/);
  await expect(iframe).toHaveAttribute('loading', 'lazy');
  await expect(iframe).toHaveAttribute('allow', /camera 'none'; microphone 'none'; geolocation 'none'/);
  const form = page.frameLocator('iframe').first();
  await expect(form.locator('html[data-chorus-hydrated]')).toHaveCount(1, { timeout: 20_000 });
  // The host's "* { font-size: 10px }" does not reach in.
  const size = await form.locator('h1').evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  expect(size).toBeGreaterThan(20);
  const heightOf = async () => parseFloat(await iframe.evaluate((f) => f.style.height));
  await expect.poll(heightOf).toBeGreaterThan(720);
  const startHeight = await heightOf();
  expect(startHeight % 80).toBe(0);
  await form.getByRole('button', { name: 'Start now' }).click();
  await form.getByLabel('Quite well').check();
  await form.getByRole('button', { name: 'Continue' }).click();
  await expect.poll(heightOf).not.toBe(startHeight);
  expect((await heightOf()) % 80).toBe(0);
  await form.getByRole('button', { name: 'Continue' }).click();
  await form.getByLabel('What has been helpful?').fill('My private words');
  for (let i = 0; i < 7; i++) await form.getByRole('button', { name: 'Continue' }).click();
  await form.getByRole('button', { name: 'Send your answers' }).click();
  await expect(form.getByRole('heading', { level: 1 })).toHaveText('Thank you, your answers have been counted');
  await page.waitForTimeout(500); // let the host's snooping run once more
  const captured = await page.evaluate(() => window.__captured.filter(([, v]) => v !== ''));
  expect(captured, 'what the host page could read').toEqual([]);
});

test('a site not in the form\'s list gets a blocked frame, not the form', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${REFUSED}/`);
  await expect(page.locator('iframe')).toHaveCount(2);
  await page.waitForTimeout(1500);
  for (const frame of page.frames().filter((f) => f !== page.mainFrame())) {
    const hasForm = await frame.evaluate(() => !!document.querySelector('.chorus-root')).catch(() => false);
    expect(hasForm).toBe(false);
  }
  // The direct link still works.
  await page.goto(`${CHORUS}/f/demo`);
  await expect(page.locator('.chorus-root')).toHaveCount(1);
});

test('two forms on one page: each sizes itself, the second in its partner\'s colours', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${ALLOWED}/`);
  const frames = page.locator('iframe');
  await expect(frames).toHaveCount(2);
  const [first, second] = [page.frameLocator('iframe').first(), page.frameLocator('iframe').nth(1)];
  await expect(second.locator('html[data-chorus-hydrated]')).toHaveCount(1, { timeout: 20_000 });
  await expect(first.locator('html[data-chorus-hydrated]')).toHaveCount(1, { timeout: 20_000 });
  await expect(second.getByRole('img', { name: 'Riverside Mind' })).toBeVisible();
  const heightOf = (i) => frames.nth(i).evaluate((f) => parseFloat(f.style.height));
  await expect.poll(() => heightOf(1)).toBeGreaterThan(0);
  await expect.poll(() => heightOf(0)).toBeGreaterThan(720);
  const [firstStart, secondStart] = [await heightOf(0), await heightOf(1)];
  // Moving on in the first changes the first's height only.
  await first.getByRole('button', { name: 'Start now' }).click();
  await expect.poll(() => heightOf(0)).not.toBe(firstStart);
  await page.waitForTimeout(300);
  expect(await heightOf(1)).toBe(secondStart);
  await second.getByRole('button', { name: 'Start now' }).click();
  await expect(second.getByRole('heading', { level: 1 })).toContainText('How often do you come to the drop-in?');
});

test('embed.js is served, small and cacheable', async ({ request }) => {
  const r = await request.get(`${CHORUS}/embed.js`, { headers: { 'accept-encoding': 'gzip' } });
  expect(r.status()).toBe(200);
  expect(r.headers()['content-type']).toContain('javascript');
  expect(await r.text()).toContain("d.chorus !== 'height'");
});

/** Answers the demo form's first question with `choice` and sends the rest skipped. */
async function answerAndSend(form, choice) {
  await form.getByRole('button', { name: 'Start now' }).click();
  await form.getByLabel(choice, { exact: true }).check();
  await form.getByRole('button', { name: 'Continue' }).click();
  for (let i = 0; i < 8; i++) await form.getByRole('button', { name: 'Continue' }).click();
  await form.getByRole('button', { name: 'Send your answers' }).click();
  await expect(form.getByRole('heading', { level: 1 })).toHaveText('Thank you, your answers have been counted');
}

test('responses through two channels are counted apart and together', async ({ page, browser, request }) => {
  // Nine earlier responses through each channel, so with one more each has the ten a channel
  // needs to be shown on its own.
  for (const [channel, support] of [['riverside-mind', 'very-well'], ['st-marys-cafe', 'not-at-all']]) {
    for (let i = 0; i < 9; i++) {
      const r = await request.post(`${CHANNELS_SERVER}/api/forms/demo/responses`, { data: { answers: { support }, channel } });
      expect(r.status()).toBe(201);
    }
  }
  // One through Riverside Mind's website (its snippet says data-channel="riverside-mind")...
  await page.goto(`http://127.0.0.1:${ALLOWED}/channels`);
  const form = page.frameLocator('iframe').first();
  await expect(form.locator('html[data-chorus-hydrated]')).toHaveCount(1, { timeout: 20_000 });
  await answerAndSend(form, 'Very well');

  // ...and one by a phone that scanned the poster up in St Mary's café.
  const coordinator = await coordinatorContext(browser, CHANNELS_SERVER);
  const poster = await coordinator.newPage();
  await poster.goto(`${CHANNELS_SERVER}/coordinator/forms/demo/poster?channel=st-marys-cafe`);
  const link = await readQr(poster.locator('.poster__qr'));
  expect(link).toBe(`${CHANNELS_SERVER}/f/demo?channel=st-marys-cafe`);
  await coordinator.close();
  const phone = await browser.newPage();
  await phone.goto(link);
  await phone.locator('html[data-chorus-hydrated]').waitFor({ timeout: 20_000 });
  await answerAndSend(phone, 'Not at all');
  await phone.close();

  const split = await csvRows(request, `${CHANNELS_SERVER}/api/forms/demo/export.csv?by=channel`, 'form,question,option,count,channel');
  const cell = (option, channel) => split.find((r) => r[1] === 'support' && r[2] === option && r[4] === channel)[3];
  expect(cell('very-well', 'riverside-mind')).toBe('10');
  expect(cell('not-at-all', 'riverside-mind')).toBe('0');
  expect(cell('not-at-all', 'st-marys-cafe')).toBe('10');
  expect(cell('very-well', 'st-marys-cafe')).toBe('0');
  const together = await csvRows(request, `${CHANNELS_SERVER}/api/forms/demo/export.csv`, 'form,question,option,count');
  const all = (option) => together.find((r) => r[1] === 'support' && r[2] === option)[3];
  expect([all('very-well'), all('not-at-all')]).toEqual(['10', '10']);
  const totals = await csvRows(request, `${CHANNELS_SERVER}/api/forms/demo/totals.csv?by=channel`, 'form,channel,count');
  expect(totals).toEqual([['demo', 'riverside-mind', '10'], ['demo', 'st-marys-cafe', '10']]);
});

