// The form in other languages: Welsh and Arabic journeys with nothing English left in the
// interface, a mirrored layout for Arabic, one set of counters for every language, and axe on
// the start and first question pages in every language Chorus ships.
import { test, expect, audit, exportCounts, seed, LANGUAGES_SERVER } from './fixtures.js';

const LANGUAGES = ['en-GB', 'cy', 'ar', 'bn', 'gu', 'it', 'pa-Guru', 'pl', 'pt', 'ro', 'es', 'ur'];
// The English interface strings a page in another language must not show.
const ENGLISH = ['Continue', 'Skip this question', 'Leave this page', 'Get help now', 'Back', 'Start now',
  'Check your answers', 'Send your answers', 'Thank you, your answers', 'There is a problem', 'Choose a language',
  'Anonymous: what this means', 'Not answered', 'Change'];

/** The interface text of the page: everything but the form's own (English) words and the list of languages. */
async function interfaceText(page) {
  return page.evaluate(() => {
    const copy = document.querySelector('.chorus-root').cloneNode(true);
    copy.querySelectorAll('[lang="en-GB"], .chorus-languages').forEach((e) => e.remove());
    return copy.innerText;
  });
}

async function noEnglish(page, where) {
  const text = await interfaceText(page);
  for (const phrase of ENGLISH) expect(text, `${where}: "${phrase}" in ${text.slice(0, 400)}`).not.toContain(phrase);
  // No message id shown instead of a message.
  expect(text, where).not.toMatch(/\b[a-z]+-[a-z]+(-[a-z]+)*\b/);
}

async function journey(page, lang) {
  await page.goto(`${LANGUAGES_SERVER}/f/demo?lang=${lang}`);
  await page.locator('html[data-chorus-hydrated]').waitFor();
  await noEnglish(page, `${lang} start`);
  await page.locator('.chorus-button--start').click();
  await expect(page).toHaveURL(new RegExp(`q/support\\?lang=${lang}$`));
  await noEnglish(page, `${lang} question`);
  await page.locator('label[for="support-not-very-well"]').click();
  await page.locator('.chorus-button-group .chorus-button:not(.chorus-button--secondary)').click();
  for (let i = 0; i < 8; i++) await page.locator('button[name="_skip"]').click();
  await expect(page).toHaveURL(new RegExp(`check\\?lang=${lang}$`));
  await noEnglish(page, `${lang} check answers`);
  await page.locator('#chorus-send').click();
  await expect(page).toHaveURL(new RegExp(`done\\?lang=${lang}$`));
  await noEnglish(page, `${lang} done`);
}

test('Welsh and Arabic journeys: their own words, a mirrored Arabic page, one counter', async ({ page, request, problems }) => {
  await seed(request, LANGUAGES_SERVER);
  const before = (await exportCounts(request, LANGUAGES_SERVER)).get('support,not-very-well');
  await journey(page, 'cy');
  await expect(page.locator('.chorus-root')).toHaveAttribute('dir', 'ltr');
  await journey(page, 'ar');
  const root = page.locator('.chorus-root');
  await expect(root).toHaveAttribute('dir', 'rtl');
  await expect(root).toHaveAttribute('lang', 'ar');
  // Mirrored: on a question page, Back sits on the right.
  await page.goto(`${LANGUAGES_SERVER}/f/demo/q/used?lang=ar`);
  const back = await page.locator('.chorus-back-link').boundingBox();
  const width = page.viewportSize().width;
  expect(back.x + back.width / 2).toBeGreaterThan(width / 2);
  // Both answers in one counter, by option id (and eight more people, as views move in steps
  // of ten new responses).
  await seed(request, LANGUAGES_SERVER, { answers: { support: 'do-not-know' }, lang: 'en-GB' }, 8);
  const after = (await exportCounts(request, LANGUAGES_SERVER)).get('support,not-very-well');
  expect(before).toBe('0');
  expect(after).toBe('<5');
  const totals = await (await request.get(`${LANGUAGES_SERVER}/api/forms/demo/totals.csv`, { headers: { Authorization: 'Bearer e2e-coordinator-token' } })).text();
  expect(totals).toContain('demo,cy,<5');
  expect(totals).toContain('demo,ar,<5');
  expect(problems).toEqual([]);
});

test('switching language keeps the answers so far', async ({ page }) => {
  await page.goto(`${LANGUAGES_SERVER}/f/demo/q/support`);
  await page.locator('html[data-chorus-hydrated]').waitFor();
  await page.getByLabel('Quite well').check();
  await page.getByRole('link', { name: 'Cymraeg' }).click();
  await expect(page).toHaveURL(/q\/support\?lang=cy$/);
  await page.locator('html[data-chorus-hydrated]').waitFor();
  // The same option, now with its Welsh label.
  await expect(page.getByLabel('Yn eithaf da')).toBeChecked();
});

test('a saved draft reopens in the language it was answered in', async ({ page }) => {
  await page.goto(`${LANGUAGES_SERVER}/f/demo/q/support?lang=cy`);
  await page.locator('html[data-chorus-hydrated]').waitFor();
  await page.locator('label[for="support-quite-well"]').click();
  await page.locator('.chorus-button-group .chorus-button:not(.chorus-button--secondary)').click();
  await expect(page).toHaveURL(/q\/used\?lang=cy$/);
  await page.goto(`${LANGUAGES_SERVER}/f/demo`);
  await page.locator('html[data-chorus-hydrated]').waitFor();
  await page.getByRole('button', { name: 'Continue where you left off' }).click();
  await expect(page).toHaveURL(/q\/used\?lang=cy$/);
  await page.locator('html[data-chorus-hydrated]').waitFor();
  await expect(page.locator('.chorus-root')).toHaveAttribute('lang', 'cy');
  await page.locator('.chorus-back-link').click();
  await expect(page.locator('#support-quite-well')).toBeChecked();
});

for (const lang of LANGUAGES) {
  test(`axe passes on the start and first question pages in ${lang}`, async ({ page }) => {
    await page.goto(`/f/demo?lang=${lang}`);
    await audit(page);
    await page.goto(`/f/demo/q/support?lang=${lang}`);
    await audit(page);
  });
}
