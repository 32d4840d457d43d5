// Embedding on a partner's site: the form in an iframe from Chorus's origin, unaffected by the
// host's CSS, unreadable by the host's scripts, sized by postMessage in 80 px steps; sites not
// in the form's list cannot frame it.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.js';

const CHORUS = `http://127.0.0.1:${Number(process.env.CHORUS_TEST_PORT || 18080)}`;
const ALLOWED = 18100; // listed in forms/demo.toml's embed_origins
const REFUSED = 18101;

let servers = [];
test.beforeAll(async () => {
  const page = readFileSync('public/demo/partner.html', 'utf8').replaceAll('http://127.0.0.1:8080', CHORUS);
  servers = await Promise.all([ALLOWED, REFUSED].map((port) => new Promise((resolve) => {
    const s = createServer((req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(page); });
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
  const iframe = page.locator('iframe');
  await expect(iframe).toHaveAttribute('title', /anonymous form/);
  await expect(iframe).toHaveAttribute('loading', 'lazy');
  await expect(iframe).toHaveAttribute('allow', /camera 'none'; microphone 'none'; geolocation 'none'/);
  const form = page.frameLocator('iframe');
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
  await expect(page.locator('iframe')).toHaveCount(1);
  await page.waitForTimeout(1500);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  const hasForm = await frame.evaluate(() => !!document.querySelector('.chorus-root')).catch(() => false);
  expect(hasForm).toBe(false);
  // The direct link still works.
  await page.goto(`${CHORUS}/f/demo`);
  await expect(page.locator('.chorus-root')).toHaveCount(1);
});

test('embed.js is served, small and cacheable', async ({ request }) => {
  const r = await request.get(`${CHORUS}/embed.js`, { headers: { 'accept-encoding': 'gzip' } });
  expect(r.status()).toBe(200);
  expect(r.headers()['content-type']).toContain('javascript');
  expect(await r.text()).toContain("d.chorus !== 'height'");
});
