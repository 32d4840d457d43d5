// The acceptance check of the journey issue, as a person on a phone would do it: 360 x 640, by
// touch; skip, save, close the tab, come back, resume, send. The export then shows "Prefer not
// to say" and skipped counted apart.
import { test, expect, openHydrated, exportCounts, PHONE_SERVER } from './fixtures.js';

test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

test('by touch on a phone: skip, save, close, come back, resume, send', async ({ browser, request }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const tap = (locator) => locator.tap();
  await openHydrated(page, `${PHONE_SERVER}/f/demo`);
  await tap(page.getByRole('button', { name: 'Start now' }));
  await tap(page.getByLabel('Quite well'));
  await tap(page.getByRole('button', { name: 'Continue' }));
  await tap(page.getByRole('button', { name: 'Skip this question' }));
  await expect(page).toHaveURL(/q\/helpful$/);
  await tap(page.getByRole('button', { name: 'Save and finish later' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your answers are saved on this device');
  await page.close();

  const later = await context.newPage();
  await openHydrated(later, `${PHONE_SERVER}/f/demo`);
  await tap(later.getByRole('button', { name: 'Continue where you left off' }));
  await expect(later).toHaveURL(/q\/helpful$/);
  for (let i = 0; i < 4; i++) await tap(later.getByRole('button', { name: 'Continue' }));
  await tap(later.getByLabel('Prefer not to say'));
  await tap(later.getByRole('button', { name: 'Continue' }));
  await tap(later.getByRole('button', { name: 'Skip this question' }));
  await tap(later.getByRole('button', { name: 'Continue' }));
  await expect(later.getByRole('heading', { level: 1 })).toHaveText('Check your answers before sending them');
  await tap(later.getByRole('button', { name: 'Send your answers' }));
  await expect(later.getByRole('heading', { level: 1 })).toHaveText('Thank you, your answers have been counted');
  await context.close();

  // Nine more people with the same answers, so the form passes the release's base of ten.
  for (let i = 0; i < 9; i++) {
    const r = await request.post(`${PHONE_SERVER}/api/forms/demo/responses`, {
      data: { answers: { support: 'quite-well', age: 'prefer-not-to-say' } },
    });
    expect(r.status()).toBe(201);
  }
  const counts = await exportCounts(request, PHONE_SERVER);
  expect(counts.get('support,quite-well')).toBe('10');
  expect(counts.get('used,_skipped')).toBe('10');
  expect(counts.get('age,prefer-not-to-say')).toBe('10');
  expect(counts.get('age,_skipped')).toBe('0');
  expect(counts.get('ethnicity,prefer-not-to-say')).toBe('0');
  expect(counts.get('ethnicity,_skipped')).toBe('10');
});
