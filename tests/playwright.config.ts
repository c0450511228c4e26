import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './support/find-browser.ts';

const PORT = Number(process.env['TEST_PORT'] ?? 4399);
const BASE_URL = `http://127.0.0.1:${PORT}`;
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
  ],
  webServer: {
    command: 'node src/server/serve.ts',
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: { PORT: String(PORT), HOST: '127.0.0.1' },
    url: `${BASE_URL}/`,
    timeout: 20_000,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
