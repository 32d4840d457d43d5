// Layout for small screens and large text: every page of the demo reflows at 320 px without
// horizontal scrolling, survives the WCAG text-spacing overrides, and every control is a
// target of at least 44 x 44 px.
import { test, expect, openHydrated } from './fixtures.js';

/** Walks every kind of page of the demo form, calling `check(name)` on each. */
async function everyPage(page, check) {
  await openHydrated(page, '/f/demo');
  await check('start');
  await page.getByText('Get help now').click();
  await check('start with help open');
  await page.getByRole('button', { name: 'Start now' }).click();
  await check('radios');
  await page.getByRole('button', { name: 'Continue' }).click();
  await check('checkboxes');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('What has been helpful?').fill('word '.repeat(300));
  await page.getByRole('button', { name: 'Continue' }).click();
  await check('text with an error');
  await page.getByLabel('What has been helpful?').fill('A long answer without spaces: ' + 'x'.repeat(200));
  await page.getByRole('button', { name: 'Save and finish later' }).click();
  await check('saved');
  await page.getByRole('button', { name: 'Continue answering' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Continue' }).click();
  await check('check answers');
  await page.getByRole('button', { name: 'Send your answers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you, your answers have been counted');
  await check('done');
}

const noSideways = async (page, name) => {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name}: scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
};

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('every page reflows without scrolling sideways', async ({ page }) => {
    await everyPage(page, (name) => noSideways(page, name));
  });

  test('every page survives the WCAG text-spacing overrides', async ({ page }) => {
    await page.addInitScript(() => {
      const style = () => {
        const s = document.createElement('style');
        s.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
        document.head.appendChild(s);
      };
      document.addEventListener('DOMContentLoaded', style);
    });
    await everyPage(page, async (name) => {
      await noSideways(page, name);
      // Nothing cut off: no element's text overflows a box that hides it.
      const clipped = await page.evaluate(() => [...document.querySelectorAll('main *, .chorus-exit *')]
        .filter((el) => { const cs = getComputedStyle(el); return cs.overflow === 'hidden' && el.getAttribute('aria-hidden') !== 'true' && !el.className.includes('visually-hidden') && el.scrollWidth > el.clientWidth + 1; })
        .map((el) => el.className || el.tagName));
      expect(clipped, `${name}: clipped text`).toEqual([]);
    });
  });
});

test('every control is at least 44 x 44 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await everyPage(page, async (name) => {
    const small = await page.evaluate(() => [...document.querySelectorAll('a[href], button, input:not([type=hidden]), textarea, summary')]
      .filter((el) => el.getAttribute('aria-hidden') !== 'true' && el.offsetParent !== null)
      .map((el) => { const r = el.getBoundingClientRect(); return { el: `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent || el.value || '').trim().slice(0, 30)}"`, w: Math.round(r.width), h: Math.round(r.height) }; })
      .filter((t) => t.w < 44 || t.h < 44));
    expect(small, `${name}: small targets`).toEqual([]);
  });
});

test('every page works with text at 200%', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 720 });
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => { document.documentElement.style.fontSize = '200%'; });
  });
  await everyPage(page, (name) => noSideways(page, name));
});
