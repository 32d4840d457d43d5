// One journey, two ways: plain HTML (JavaScript off) and the hydrated wasm must count the same.
// And nothing in the journey asks for a device permission.
import { test, expect, exportCounts, seed, PARITY_SERVER } from './fixtures.js';

async function answer(page) {
  await page.getByLabel('Quite well').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('GP or practice nurse').check();
  await page.getByLabel('Something else (please tell us)').check();
  await page.getByLabel('Please tell us', { exact: true }).fill('Mosque counselling');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('What has been helpful?').fill('Being listened to');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Skip this question' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Prefer not to say').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Skip this question' }).click();
  await page.getByLabel('At a community event').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Send your answers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you, your answers have been counted');
}

test('five answers without JavaScript and five with it count exactly the same', async ({ browser, request }) => {
  test.setTimeout(120_000);
  // Ten earlier people with the same answers through the API, so the form passes the base.
  const same = {
    answers: {
      support: 'quite-well', used: ['gp', 'other'], helpful: 'Being listened to',
      age: 'prefer-not-to-say', hear_back: ['event'],
    },
    other: { used: 'Mosque counselling' },
  };
  await seed(request, PARITY_SERVER, same);
  const seeded = await exportCounts(request, PARITY_SERVER);
  expect(seeded.get('support,quite-well')).toBe('10');
  const plain = await browser.newContext({ javaScriptEnabled: false });
  for (let i = 0; i < 5; i++) {
    const page = await plain.newPage();
    await page.goto(`${PARITY_SERVER}/f/demo`);
    await page.getByRole('button', { name: 'Start now' }).click();
    await answer(page);
    await page.close();
  }
  await plain.close();
  // Views move in steps of ten new responses: five more the same through the API, each time.
  await seed(request, PARITY_SERVER, same, 5);
  const before = await exportCounts(request, PARITY_SERVER);
  expect(before.get('support,quite-well')).toBe('20');
  expect(before.get('not_helpful,_skipped')).toBe('20');

  const hydrated = await browser.newContext();
  for (let i = 0; i < 5; i++) {
    const page = await hydrated.newPage();
    await page.goto(`${PARITY_SERVER}/f/demo`);
    await page.locator('html[data-chorus-hydrated]').waitFor();
    await page.getByRole('button', { name: 'Start now' }).click();
    await answer(page);
    await page.close();
  }
  await hydrated.close();
  await seed(request, PARITY_SERVER, same, 5);
  const after = await exportCounts(request, PARITY_SERVER);
  expect([...after.keys()]).toEqual([...before.keys()]);
  // Each way added the same to every row.
  for (const [row, count] of before) {
    const added = Number(count) - Number(seeded.get(row));
    expect(Number(after.get(row)) - Number(count), row).toBe(added);
  }
});

test('no device permission is asked for anywhere in the journey', async ({ page }) => {
  await page.addInitScript(() => {
    window.__asked = [];
    const trap = (obj, name, label) => {
      if (obj && typeof obj[name] === 'function') {
        const real = obj[name].bind(obj);
        obj[name] = (...args) => { window.__asked.push(label); return real(...args); };
      }
    };
    trap(navigator.mediaDevices, 'getUserMedia', 'camera/microphone');
    trap(navigator.mediaDevices, 'getDisplayMedia', 'screen');
    trap(navigator.geolocation, 'getCurrentPosition', 'location');
    trap(navigator.geolocation, 'watchPosition', 'location');
    trap(window.Notification, 'requestPermission', 'notifications');
    trap(navigator.permissions, 'query', 'permissions');
    trap(navigator.credentials, 'get', 'identity');
    trap(navigator.contacts, 'select', 'contacts');
  });
  await page.goto(`${PARITY_SERVER}/f/demo`);
  await page.locator('html[data-chorus-hydrated]').waitFor();
  await page.getByRole('button', { name: 'Start now' }).click();
  await answer(page);
  expect(await page.evaluate(() => window.__asked)).toEqual([]);
});
