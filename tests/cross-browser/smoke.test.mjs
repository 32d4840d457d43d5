// Smoke test of the journey in the other engines people use: WebKit (as on iPhones, through
// Debian's WebKitGTK WebDriver) and Firefox ESR (through geckodriver). Start, answer, skip,
// send, and the answer is counted. Run by scripts/test under xvfb-run:
//   node --test tests/cross-browser/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Builder, By, until } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';

const PORT = Number(process.env.CHORUS_TEST_PORT || 18080) + 10;
const BASE = `http://127.0.0.1:${PORT}`;
const TOKEN = 'cross-browser-token';
let server;

before(async () => {
  server = spawn(process.env.CHORUS_BIN || 'target/debug/chorus', ['serve'], {
    env: { ...process.env, CHORUS_ADDR: `127.0.0.1:${PORT}`, CHORUS_DATA_DIR: mkdtempSync(join(tmpdir(), 'chorus-xb-')), CHORUS_COORDINATOR_TOKEN: TOKEN, CHORUS_SUBMISSIONS_PER_HOUR: '10000', RUST_LOG: 'warn' },
    stdio: 'ignore',
  });
  let up = false;
  for (let i = 0; i < 100 && !up; i++) {
    try { up = (await fetch(`${BASE}/healthz`)).ok; } catch { /* not up yet */ }
    if (!up) await sleep(100);
  }
  if (!up) throw new Error('chorus did not start');
  // Ten earlier responses, so the form passes the release's base and counts can be read.
  for (let i = 0; i < 10; i++) {
    const r = await fetch(`${BASE}/api/forms/demo/responses`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"answers":{"support":"do-not-know"}}',
    });
    assert.equal(r.status, 201);
  }
});

after(() => server?.kill());

/** WebKitGTK's test browser, wherever this machine's architecture keeps it. */
function miniBrowser() {
  const lib = '/usr/lib';
  for (const dir of readdirSync(lib)) {
    const path = join(lib, dir, 'webkit2gtk-4.1', 'MiniBrowser');
    if (existsSync(path)) return path;
  }
  throw new Error('MiniBrowser not found: apt-get install webkit2gtk-driver');
}

async function webkit() {
  const port = PORT + 1;
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  await sleep(1000);
  const browser = await new Builder()
    .usingServer(`http://127.0.0.1:${port}`)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: miniBrowser(),
        args: ['--automation'],
      },
    })
    .build();
  return { browser, stop: () => driver.kill() };
}

async function firefoxEsr() {
  const service = new firefox.ServiceBuilder(process.env.GECKODRIVER || 'geckodriver');
  const options = new firefox.Options().setBinary('/usr/bin/firefox-esr').addArguments('-headless');
  const browser = await new Builder().forBrowser('firefox').setFirefoxService(service).setFirefoxOptions(options).build();
  return { browser, stop: () => {} };
}

async function journey(open, option) {
  const { browser, stop } = await open();
  try {
    const click = async (css) => (await browser.wait(until.elementLocated(By.css(css)), 10_000)).click();
    // Read in the page: pages are replaced as people move on, so a held element goes stale.
    const heading = () => browser.executeScript("return (document.querySelector('main h1') || {}).textContent || ''");
    await browser.get(`${BASE}/f/demo`);
    await browser.wait(until.elementLocated(By.css('html[data-chorus-hydrated]')), 20_000);
    await click('.chorus-button--start');
    await click(`label[for="support-${option}"]`);
    await click('.chorus-button-group .chorus-button:not(.chorus-button--secondary)');
    await browser.wait(async () => (await heading()).startsWith('Which of these'), 10_000);
    await click('button[name="_skip"]');
    for (let i = 0; i < 7; i++) {
      const before = await heading();
      await click('.chorus-button-group .chorus-button:not(.chorus-button--secondary)');
      await browser.wait(async () => (await heading()) !== before, 10_000);
    }
    assert.equal(await heading(), 'Check your answers before sending them');
    await click('#chorus-send');
    await browser.wait(async () => (await heading()) === 'Thank you, your answers have been counted', 10_000);
    assert.match(await browser.getCurrentUrl(), /\/f\/demo\/done$/);
  } finally {
    await browser.quit().catch(() => {});
    stop();
  }
}

async function counted(option) {
  const csv = await (await fetch(`${BASE}/api/forms/demo/export.csv`, { headers: { Authorization: `Bearer ${TOKEN}` } })).text();
  return csv.split('\n').find((l) => l.startsWith(`demo,support,${option},`))?.split(',')[3];
}

test('WebKit: start, answer, skip, send, counted', async () => {
  await journey(webkit, 'not-very-well');
  assert.equal(await counted('not-very-well'), '<5');
});

test('Firefox ESR: start, answer, skip, send, counted', async () => {
  await journey(firefoxEsr, 'not-at-all');
  // Views move in steps of ten new responses: nine more after the WebKit test's view.
  for (let i = 0; i < 9; i++) {
    await fetch(`${BASE}/api/forms/demo/responses`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"answers":{"support":"do-not-know"}}',
    });
  }
  assert.equal(await counted('not-at-all'), '<5');
});
