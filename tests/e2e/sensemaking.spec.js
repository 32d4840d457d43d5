// Making sense of quotes: a coordinator signs in, moves a quote to another bucket, gives it a
// theme, marks another as an insight and hides a third; the downloads follow, and the audit log
// says who did it.
import { test, expect, audit, coordinatorContext, seed, csvText, TOKEN } from './fixtures.js';

test('a coordinator moves, themes, marks and hides quotes, and the downloads follow', async ({ browser, request, baseURL }) => {
  const stamp = Date.now().toString(36);
  const move = `Walking group on Sundays ${stamp}`;
  const mark = `Being believed the first time ${stamp}`;
  const hide = `The man called Pat at reception ${stamp}`;
  for (const text of [move, mark, hide]) {
    const r = await request.post('/api/forms/demo/responses', { data: { answers: { helpful: text } } });
    expect(r.status()).toBe(201);
  }
  // Enough new responses for the next release step, which brings the quotes with it.
  await seed(request, baseURL);

  const context = await coordinatorContext(browser);
  const page = await context.newPage();
  await page.goto('/coordinator');
  await page.getByRole('link', { name: 'Quotes: sort, theme and review' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quotes: Mental health support in our community');
  await audit(page);

  const card = (text) => page.locator('li.quote', { hasText: text });
  await card(move).getByLabel('Move to bucket').selectOption({ label: 'Ideas' });
  await card(move).getByRole('button', { name: 'Move' }).click();
  await expect(page.getByRole('region', { name: /^Ideas \(/ }).getByText(move)).toBeVisible();
  await card(move).getByLabel('Add a theme').fill('Getting outdoors');
  await card(move).getByRole('button', { name: 'Add theme' }).click();
  await expect(card(move).getByRole('button', { name: 'Remove theme “Getting outdoors”' })).toBeVisible();
  await card(mark).getByRole('button', { name: 'Mark as insight' }).click();
  await expect(card(mark).getByText('Insight', { exact: true })).toBeVisible();
  await card(hide).getByRole('button', { name: 'Hide' }).click();
  await expect(page.getByRole('region', { name: 'Hidden' }).getByText(hide)).toBeVisible();
  await audit(page);

  const csv = await csvText(await request.get('/api/forms/demo/quotes.csv', { headers: { Authorization: `Bearer ${TOKEN}` } }));
  const row = (text) => csv.split('\n').find((line) => line.includes(text));
  expect(row(move)).toContain(',ideas,');
  expect(row(move)).toContain('Getting outdoors');
  expect(row(mark)).toMatch(/,yes\s*$/);
  expect(row(hide), 'a hidden quote is downloaded').toBeUndefined();

  await page.getByRole('link', { name: 'Who changed what' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who changed what: Mental health support in our community');
  await audit(page);
  for (const action of ['move', 'tag', 'mark-insight', 'hide']) {
    await expect(page.getByRole('cell', { name: action, exact: true }).first()).toBeVisible();
  }
  await expect(page.getByRole('cell', { name: 'coordinator@example.org' }).first()).toBeVisible();
  await context.close();
});

test('a coordinator reads results as tables with charts beside them, by channel, and diversity apart', async ({ browser, request, baseURL }) => {
  await seed(request, baseURL);
  const context = await coordinatorContext(browser);
  const page = await context.newPage();
  await page.goto('/coordinator');
  await page.getByRole('link', { name: 'Results: charts and tables' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results: Mental health support in our community');
  await audit(page);
  // The table is the accessible version; the chart beside it is hidden from screen readers.
  const table = page.getByRole('table', { name: 'How well do local mental health services support you?' });
  await expect(table.getByRole('rowheader', { name: 'Very well', exact: true })).toBeVisible();
  await expect(page.locator('svg.chart').first()).toHaveAttribute('aria-hidden', 'true');
  await expect(page.getByRole('table', { name: 'How old are you?' })).toHaveCount(0);
  // Same numbers as the download.
  const json = await (await request.get('/api/forms/demo/export.json', { headers: { Authorization: `Bearer ${TOKEN}` } })).json();
  const all = json.slices.find((s) => s.id === 'all');
  const veryWell = String(all.rows.find((r) => r.question === 'support' && r.option === 'very-well').count);
  await expect(table.getByRole('row', { name: /^Very well/ }).getByRole('cell')).toHaveText(veryWell);
  await page.getByRole('link', { name: 'Who answered (diversity monitoring), on its own page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who answered: Mental health support in our community');
  await audit(page);
  await expect(page.getByRole('table', { name: 'How old are you?' })).toBeVisible();
  await context.close();
});

test('a coordinator writes "you said, we did", and the form shows it before and after answering', async ({ browser, page, problems }) => {
  const stamp = Date.now().toString(36);
  const said = `The drop-in closes too early ${stamp}`;
  const did = `We now stay open until 8pm on Thursdays ${stamp}`;
  const context = await coordinatorContext(browser);
  const coordinator = await context.newPage();
  await coordinator.goto('/coordinator');
  await coordinator.getByRole('link', { name: 'You said, we did' }).first().click();
  await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText('You said, we did: Mental health support in our community');
  await audit(coordinator);
  const english = coordinator.getByRole('group', { name: 'In English' });
  await english.getByLabel('You said').fill(said);
  await english.getByLabel('We did').fill(did);
  await coordinator.getByRole('button', { name: 'Publish this entry' }).click();
  await expect(coordinator.getByText(did)).toBeVisible();
  await context.close();

  // Someone opens the form: the entry is on the start page, rendered by the server and kept by
  // the wasm; after answering, on the confirmation page the wasm drew.
  await page.goto('/f/demo');
  await page.locator('html[data-chorus-hydrated]').waitFor();
  const section = page.getByRole('region', { name: 'You said, we did' });
  await expect(section.getByText(did)).toBeVisible();
  await expect(section.getByRole('link', { name: 'See everything we did after listening' })).toHaveAttribute('href', '/f/demo/you-said-we-did');
  await audit(page);
  await page.getByRole('button', { name: 'Start now' }).click();
  while (!(await page.getByRole('button', { name: 'Send your answers' }).isVisible())) {
    await page.getByRole('button', { name: /Continue|Skip this question/ }).first().click();
  }
  await page.getByRole('button', { name: 'Send your answers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you, your answers have been counted');
  await expect(page.getByRole('region', { name: 'You said, we did' }).getByText(said)).toBeVisible();
  await page.getByRole('link', { name: 'See everything we did after listening' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You said, we did');
  await expect(page.getByText(did)).toBeVisible();
  await audit(page);
  expect(problems).toEqual([]);
});
