import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { BASE_PATH, BASE_PATH_DIST } from './support/base-path.ts';
import { findChromium } from './support/find-browser.ts';

const PORT = Number(process.env['TEST_PORT'] ?? 4399);
const BASE_URL = `http://127.0.0.1:${PORT}`;
// The second server serves the sub-path build (npm run build:base-path) under its base.
const BASE_PATH_PORT = PORT + 1;
const BASE_PATH_URL = `http://127.0.0.1:${BASE_PATH_PORT}${BASE_PATH}`;
// One seed for the run's hostile queries (tests/e2e/hostile-search.spec.ts): set here, in the
// main process, so every worker draws the same sample and finds the same test names.
process.env['HOSTILE_SEED'] ??= String(Math.floor(Math.random() * 2 ** 31));
const executablePath = findChromium();
if (!executablePath) {
  throw new Error(
    'No Chromium found for the browser tests. Install one (Debian/Ubuntu: apt-get install chromium; ' +
      'elsewhere: npx playwright install chromium) or set CHROMIUM_PATH to a Chrome or Chromium binary.',
  );
}

const launchOptions = {
  executablePath,
  // Chromium's background services would call out to the network; the tests stay on 127.0.0.1.
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

export default defineConfig({
  testDir: './e2e',
  outputDir: './.output/results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: { baseURL: BASE_URL, trace: 'retain-on-failure', launchOptions },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions }, grepInvert: /@phone/ },
    { name: 'phone', use: { ...devices['Pixel 7'], launchOptions }, grep: /@phone/ },
    // Every desktop test again, against the site served under a sub-path, but for the page-by-page
    // accessibility sweep (@sweep): a sub-path changes addresses, not markup or styles, which the
    // sweep's first run has checked (and on 4 December 2026 it was 1,230 s of the suite's 1,670 s).
    // Nor the layout checks at set widths (charts, article layout, header: 148 s of test time on
    // 5 December 2026), whose links are fragments of the page or are followed by the other tests.
    {
      name: 'base-path',
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: BASE_PATH_URL },
      grepInvert: /@phone|@sweep/,
      testIgnore: ['**/charts.spec.ts', '**/article-layout.spec.ts', '**/header.spec.ts'],
    },
  ],
  webServer: [
    {
      command: 'node src/server/serve.ts',
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: { PORT: String(PORT), HOST: '127.0.0.1' },
      url: `${BASE_URL}/`,
      timeout: 20_000,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: 'node src/server/serve.ts',
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: { PORT: String(BASE_PATH_PORT), HOST: '127.0.0.1', SITE_DIR: BASE_PATH_DIST, BASE_PATH },
      url: BASE_PATH_URL,
      timeout: 20_000,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
