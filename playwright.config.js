// Browser tests in Debian's headless Chromium against real Chorus servers (real HTTP, real
// SQLite). scripts/test builds everything first; CHORUS_BIN says which binary to run.
import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = process.env.CHORUS_BIN || 'target/debug/chorus';
const base = Number(process.env.CHORUS_TEST_PORT || 18080);
export const TOKEN = 'e2e-coordinator-token';
// Each server has this coordinator (tests/e2e/fixtures.js signs in as them).
const PASSWORD = 'e2e coordinator password';

// Servers with their own databases (the general one, and one each for the exact-count, offline,
// with/without-JavaScript, phone, languages and channels tests), so counts from one test never
// leak into another's.
// Each server's data folder, under one folder made once per run: tests may search the files
// for what must never be stored. The test workers inherit the same folder through the environment.
process.env.CHORUS_E2E_DATA ||= mkdtempSync(join(tmpdir(), 'chorus-e2e-'));
export const dataDir = (port) => join(process.env.CHORUS_E2E_DATA, String(port));

const server = (port, perHour = '10000') => ({
  // A coordinator to sign in as, made before the server starts (a second run finds it made).
  command: `sh -c 'printf "%s\\n" "$E2E_PASSWORD" | ${bin} admin create-coordinator --organisation default --organisation-name "Test organisation" --email coordinator@example.org --name "Sam Coordinator" >/dev/null 2>&1; exec ${bin} serve'`,
  url: `http://127.0.0.1:${port}/healthz`,
  reuseExistingServer: false,
  timeout: 60_000,
  stdout: 'ignore',
  stderr: 'pipe',
  env: {
    CHORUS_ADDR: `127.0.0.1:${port}`,
    CHORUS_DATA_DIR: dataDir(port),
    CHORUS_COORDINATOR_TOKEN: TOKEN,
    E2E_PASSWORD: PASSWORD,
    // Every test browser answers from 127.0.0.1, like a whole venue on one Wi-Fi: the highest
    // allowance, except on the server that shows what a limited person meets.
    CHORUS_SUBMISSIONS_PER_HOUR: perHour,
    // Every test signs in from 127.0.0.1 too.
    CHORUS_SIGN_IN_PER_HOUR: '10000',
    RUST_LOG: 'warn',
  },
});

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${base}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  // +7 allows 3 an hour (a burst of 1): the second answer from this machine is limited.
  webServer: [...[0, 1, 2, 3, 4, 5, 6].map((n) => server(base + n)), server(base + 7, '3')],
});
