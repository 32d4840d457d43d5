// Closed listening sessions: a coordinator prints one-time invite codes on cards, and a person
// types one on the start page of an invite-only form (forms/drop-in-session.toml). A code opens
// the form once; the second time it is refused in plain words, with the answers kept.
import { test, expect, audit, readQr, coordinatorContext, openHydrated, TOKEN } from './fixtures.js';

const FORM = 'drop-in-session';
const CODE = /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;
const REFUSED = 'This invite code has already been used or is not right. Check it, or ask the person running the session for another.';

/** Fresh codes, as a script asks for them. */
async function newCodes(request, count) {
  const response = await request.post(`/api/forms/${FORM}/invites`, {
    headers: { Authorization: `Bearer ${TOKEN}` },
    data: { count },
  });
  expect(response.status()).toBe(200);
  const { codes } = await response.json();
  expect(codes).toHaveLength(count);
  return codes;
}

/** The whole journey from the start page, with `typed` in the invite code box. */
async function answerWith(page, typed) {
  await openHydrated(page, `/f/${FORM}`);
  await page.getByLabel('Your invite code').fill(typed);
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page).toHaveURL(new RegExp(`/f/${FORM}/q/feel$`));
  await page.getByLabel('Better than before').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Being listened to').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('What would make the group better for you?').fill('Tea that is still hot');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers before sending them');
  await page.getByRole('button', { name: 'Send your answers' }).click();
}

test('invite codes need the coordinator token', async ({ request }) => {
  const api = await request.post(`/api/forms/${FORM}/invites`, { data: { count: 3 } });
  expect(api.status()).toBe(401);
  const sheet = await request.post(`/coordinator/forms/${FORM}/invites`, { form: { count: '3' }, maxRedirects: 0 });
  expect(sheet.status()).toBe(303);
  expect(sheet.headers().location).toBe('/coordinator/sign-in');
  expect(await sheet.text()).not.toMatch(/[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}/);
});

test('a coordinator prints a sheet of invite cards, one A4 page for six', async ({ browser, baseURL }) => {
  const context = await coordinatorContext(browser);
  const page = await context.newPage();
  await page.goto(`/coordinator/forms/${FORM}/share`);
  await expect(page.getByRole('heading', { name: 'Invite codes' })).toBeVisible();
  await audit(page);
  await page.getByLabel('How many codes (1 to 500)').fill('6');
  await page.getByRole('button', { name: 'Print invite codes' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invite codes: Wednesday peer support group: your views');
  await audit(page);
  const cards = page.locator('li.invite');
  await expect(cards).toHaveCount(6);
  const codes = await page.locator('.invite__code').allTextContents();
  for (const code of codes) expect(code).toMatch(CODE);
  expect(new Set(codes).size).toBe(6);
  await expect(cards.first()).toContainText('This code lets you answer once. It is not linked to your answers.');
  await expect(cards.first()).toContainText(`${baseURL}/f/${FORM}`);
  // Every card's QR code opens the form (the same link: the code itself is typed, never in it).
  expect(await readQr(cards.nth(0).locator('.invite__qr-box'))).toBe(`${baseURL}/f/${FORM}`);
  expect(await readQr(cards.nth(5).locator('.invite__qr-box'))).toBe(`${baseURL}/f/${FORM}`);
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page[^s]/g), 'pages in the printed sheet').toHaveLength(1);
  await context.close();
});

test('a person types a code on the start page and their answers are counted', async ({ page, request, problems }) => {
  const [code] = await newCodes(request, 1);
  await openHydrated(page, `/f/${FORM}`);
  const box = page.getByLabel('Your invite code');
  await expect(box).toHaveAttribute('autocomplete', 'off');
  await expect(box).toHaveAttribute('autocapitalize', 'characters');
  await expect(box).toHaveAttribute('spellcheck', 'false');
  await expect(page.getByText('The code on the card you were given, like ABCD-EFGH. It is not linked to your answers.')).toBeVisible();
  await audit(page);
  // Without a code: said on the start page, before any question.
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page.locator('.chorus-error-summary')).toContainText('Enter the invite code from the card you were given');
  await expect(page.locator('.chorus-error-summary')).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await audit(page);
  // Typed as people type it off a card: lower case, no dash.
  await answerWith(page, code.toLowerCase().replace('-', ''));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you, your answers have been counted');
  expect(problems).toEqual([]);
});

test('the same code is refused the second time, in plain words, and another one works', async ({ page, request }) => {
  const [first, second] = await newCodes(request, 2);
  await answerWith(page, first);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you, your answers have been counted');
  await page.evaluate(() => localStorage.clear());

  await answerWith(page, first);
  // Not counted: the check page again, the answers still there, the code to put right.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers before sending them');
  await expect(page.locator('.chorus-error-summary')).toContainText(REFUSED);
  await expect(page.locator('.chorus-error-summary')).toBeFocused();
  await expect(page.getByText('Tea that is still hot')).toBeVisible();
  await audit(page);
  await page.getByLabel('Your invite code').fill(second);
  await page.getByRole('button', { name: 'Send your answers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you, your answers have been counted');
  // Neither code opens the form again.
  for (const code of [first, second]) {
    const again = await request.post(`/api/forms/${FORM}/responses`, { data: { answers: {}, invite: code } });
    expect(again.status()).toBe(403);
    expect((await again.json()).error.code).toBe('invite_not_valid');
  }
});
