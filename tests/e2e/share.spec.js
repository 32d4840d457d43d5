// Sharing at community venues: the coordinator's page of links, embed snippets and QR codes per
// channel, the printable poster, and a partner's own colour and logo on its form.
import { test, expect, audit, readQr, coordinatorContext, openHydrated, COORDINATOR } from './fixtures.js';

test('sharing pages ask coordinators to sign in, by keyboard alone', async ({ request, page, problems }) => {
  const response = await request.get('/coordinator/forms/demo/share', { maxRedirects: 0 });
  expect(response.status()).toBe(303);
  expect(response.headers().location).toBe('/coordinator/sign-in');
  expect(await response.text()).not.toContain('riverside-mind');
  await page.goto('/coordinator/forms/demo/share');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to Chorus');
  await audit(page);
  // A wrong password: the error summary says what to do, and links to the field.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Email address')).toBeFocused();
  await page.keyboard.type(COORDINATOR.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type('not the password');
  await page.keyboard.press('Enter');
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByRole('alert')).toContainText('Enter a correct email address and password');
  await audit(page);
  await expect(page.getByText('riverside-mind')).toHaveCount(0);
  // The right one, still by keyboard: the forms, then out again.
  await page.getByLabel('Password').focus();
  await page.keyboard.type(COORDINATOR.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your forms');
  await expect(page.getByText('Signed in as Sam Coordinator (coordinator@example.org)')).toBeVisible();
  await audit(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to Chorus');
  await page.goto('/coordinator');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to Chorus');
  // The wrong password's 401 is the one console error expected.
  expect(problems.filter((p) => !p.includes('401'))).toEqual([]);
  problems.length = 0;
});

test('every channel has a link, and its QR code opens exactly that link', async ({ browser, baseURL }) => {
  const context = await coordinatorContext(browser);
  const page = await context.newPage();
  await page.goto('/coordinator');
  await page.getByRole('link', { name: 'Links, QR codes and posters' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Share “Mental health support in our community”');
  await audit(page);
  const sections = page.locator('section.channel');
  await expect(sections).toHaveCount(4);
  const expected = ['', 'riverside-mind', 'st-marys-cafe', 'eastside-food-bank']
    .map((c) => `${baseURL}/f/demo${c ? `?channel=${c}` : ''}`);
  for (let i = 0; i < expected.length; i++) {
    const section = sections.nth(i);
    await expect(section.locator('.link a')).toHaveText(expected[i]);
    expect(await readQr(section.locator('.channel__qr'))).toBe(expected[i]);
    await expect(section.locator('.snippet')).toContainText(`${baseURL}/embed.js`);
  }
  // The downloadable SVG is the same code.
  const svg = await page.request.get('/coordinator/forms/demo/qr.svg?channel=riverside-mind');
  expect(svg.headers()['content-type']).toBe('image/svg+xml');
  await page.goto('/coordinator/forms/demo/qr.svg?channel=riverside-mind');
  expect(await readQr(page.locator('svg'))).toBe(expected[1]);
  await context.close();
});

test('a poster prints on one A4 page, in the form\'s languages, with a code that opens its channel', async ({ browser, baseURL }) => {
  const context = await coordinatorContext(browser);
  const page = await context.newPage();
  await page.goto('/coordinator/forms/demo/poster?channel=eastside-food-bank');
  await audit(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mental health support in our community');
  await expect(page.locator('[lang="cy"]').first()).toContainText('Cymorth iechyd meddwl yn ein cymuned');
  await expect(page.locator('[lang="ar"][dir="rtl"]')).toContainText('دعم الصحة النفسية في مجتمعنا');
  await expect(page.getByText('It is anonymous: we do not ask your name')).toBeVisible();
  expect(await readQr(page.locator('.poster__qr'))).toBe(`${baseURL}/f/demo?channel=eastside-food-bank`);
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page[^s]/g), 'pages in the printed poster').toHaveLength(1);
  await context.close();
});

test('a partner\'s form shows its colour and logo, and still passes the audit', async ({ page, problems }) => {
  await openHydrated(page, '/f/riverside-drop-in');
  const logo = page.getByRole('img', { name: 'Riverside Mind' });
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img) => img.complete && img.naturalWidth > 0)).toBe(true);
  const start = page.getByRole('button', { name: 'Start now' });
  expect(await start.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(76, 44, 146)');
  await audit(page);
  await start.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('How often do you come to the drop-in?');
  await expect(logo).toBeVisible();
  await audit(page);
  expect(problems).toEqual([]);
});
