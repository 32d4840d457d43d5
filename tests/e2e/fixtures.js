// Shared helpers: a page that fails the test on any console error or uncaught exception,
// waiting for hydration, and reading the coordinator's CSV export.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

export const TOKEN = 'e2e-coordinator-token';
export const COUNT_SERVER = `http://127.0.0.1:${Number(process.env.CHORUS_TEST_PORT || 18080) + 1}`;
export const OFFLINE_SERVER = `http://127.0.0.1:${Number(process.env.CHORUS_TEST_PORT || 18080) + 2}`;
export const PARITY_SERVER = `http://127.0.0.1:${Number(process.env.CHORUS_TEST_PORT || 18080) + 3}`;
export const PHONE_SERVER = `http://127.0.0.1:${Number(process.env.CHORUS_TEST_PORT || 18080) + 4}`;
export const LANGUAGES_SERVER = `http://127.0.0.1:${Number(process.env.CHORUS_TEST_PORT || 18080) + 5}`;
export const CHANNELS_SERVER = `http://127.0.0.1:${Number(process.env.CHORUS_TEST_PORT || 18080) + 6}`;
export const LIMITED_SERVER = `http://127.0.0.1:${Number(process.env.CHORUS_TEST_PORT || 18080) + 7}`;

export const test = base.extend({
  // Every console error (hydration mismatches included) or page exception fails the test.
  problems: async ({ page }, use) => {
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
    await use(problems);
    expect(problems, 'no console errors or exceptions').toEqual([]);
  },
});
export { expect };

/** Opens a page and waits until the wasm has hydrated it. */
export async function openHydrated(page, path) {
  await page.goto(path);
  await page.locator('html[data-chorus-hydrated]').waitFor({ timeout: 20_000 });
}

/** Opens the demo form's start page, waits for hydration, and presses "Start now". */
export async function startForm(page, base = '') {
  await openHydrated(page, `${base}/f/demo`);
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page).toHaveURL(/\/f\/demo\/q\/support$/);
}

/** A CSV download's text, after checking it starts with a UTF-8 byte-order mark (for spreadsheet programs). */
export async function csvText(response) {
  const bytes = await response.body();
  expect([...bytes.subarray(0, 3)], 'a UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
  return bytes.subarray(3).toString('utf8');
}

/** The CSV export as a map "question,option" -> count text. */
export async function exportCounts(request, baseURL) {
  const response = await request.get(`${baseURL}/api/forms/demo/export.csv`, {
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  expect(response.status()).toBe(200);
  const [header, ...rows] = (await csvText(response)).trim().split('\n');
  expect(header).toBe('form,question,option,count');
  return new Map(rows.map((row) => {
    const [, question, option, count] = row.split(',');
    return [`${question},${option}`, count];
  }));
}

/** axe-core with every WCAG 2.2 A/AA rule, target-size included. */
export async function audit(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .withRules(['target-size'])
    .analyze();
  const found = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  expect(found, `axe violations on ${page.url()}`).toEqual([]);
}

/** What a phone camera would read: the QR code in `locator`, from its pixels on screen. */
export async function readQr(locator) {
  const png = PNG.sync.read(await locator.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  return code ? code.data : null;
}

/** The coordinator every test server has (made in playwright.config.js). */
export const COORDINATOR = { email: 'coordinator@example.org', password: 'e2e coordinator password' };

/** A browser context signed in as the coordinator on `server` (the default one if not given), as a person does it. */
export async function coordinatorContext(browser, server = '') {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server}/coordinator/sign-in`);
  await page.getByLabel('Email address').fill(COORDINATOR.email);
  await page.getByLabel('Password').fill(COORDINATOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your forms');
  await page.close();
  return context;
}

/** A CSV as rows of cells, after checking its header. */
export async function csvRows(request, url, header) {
  const response = await request.get(url, { headers: { Authorization: `Bearer ${TOKEN}` } });
  expect(response.status()).toBe(200);
  const [first, ...rows] = (await csvText(response)).trim().split('\n');
  expect(first).toBe(header);
  return rows.map((r) => r.split(','));
}

/**
 * Ten earlier responses, sent through the API, so a server's counts pass the release's base of
 * ten responses (under it nothing is shown at all). They answer only "I do not know" to the
 * first question, so the rows tests look at stay as the browser leaves them.
 */
export async function seed(request, server, data = { answers: { support: 'do-not-know' } }, n = 10) {
  for (let i = 0; i < n; i++) {
    const r = await request.post(`${server}/api/forms/demo/responses`, { data });
    expect(r.status()).toBe(201);
  }
}

