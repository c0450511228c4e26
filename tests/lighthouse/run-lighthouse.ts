/**
 * Lighthouse gate: `npm run lighthouse [-- --assert]`. Serves the built site (dist/) with the
 * site's own static server on 127.0.0.1, audits four pages in headless Chromium with the
 * desktop preset, prints one table, and with --assert exits 1 unless accessibility,
 * best-practices and SEO score 100 on every page (performance is printed only).
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Flags } from 'lighthouse';
import { createStaticServer } from '../../src/server/static-server.ts';
import { findChromium } from '../support/find-browser.ts';
import {
  assertionFailures,
  CATEGORIES,
  failedRun,
  formatTable,
  summarise,
  type PageSummary,
} from './lighthouse-summary.ts';

/**
 * The pages audited. The not-found page is fetched as /404.html, which the server returns with
 * status 200: a real missing URL gets status 404, which Lighthouse's SEO audit fails by design.
 */
const PAGES = ['/', '/articles/dharma-guardian/', '/search/?q=JIMEX', '/404.html'];
const PAGE_TIMEOUT_MS = 60_000;
/** Runs per page when Lighthouse itself reports a failed run. */
const MAX_ATTEMPTS = 3;
const TOTAL_TIMEOUT_MS = 170_000;
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox', // CI runs as root, where Chromium's sandbox cannot start
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Lighthouse's desktop preset, with the throttling left to the machine ('provided'). */
const config: Config = {
  ...desktopConfig,
  settings: {
    ...desktopConfig.settings,
    throttlingMethod: 'provided',
    onlyCategories: [...CATEGORIES],
    maxWaitForLoad: 45_000,
  },
};

const { values } = parseArgs({ options: { assert: { type: 'boolean', default: false } } });
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)), 'dist');

class GateError extends Error {}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function closeServer(server: Server): Promise<void> {
  if (!server.listening) return;
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
}

async function auditPages(origin: string, port: number, deadline: number): Promise<PageSummary[]> {
  const flags: Flags = { port, logLevel: 'error', output: 'json' };
  const summaries: PageSummary[] = [];
  // After a timeout or crash the browser session is in an unknown state: skip the pages left.
  let aborted = false;
  for (const page of PAGES) {
    const remaining = deadline - Date.now();
    if (aborted || remaining <= 0) {
      summaries.push(failedRun(page, aborted ? 'not run: an earlier run failed' : 'not run: total time ran out'));
      continue;
    }
    try {
      let lhr;
      // Lighthouse sometimes fails to record a page load (NO_NAVSTART and the like) and says to
      // run it again; a run it reports as broken is retried, a low score never is.
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        const ms = Math.min(PAGE_TIMEOUT_MS, deadline - Date.now());
        const result = await withTimeout(lighthouse(origin + page, flags, config), ms, `Lighthouse on ${page}`);
        if (!result) throw new Error('Lighthouse returned no result');
        lhr = result.lhr;
        if (!lhr.runtimeError || attempt === MAX_ATTEMPTS || deadline - Date.now() < PAGE_TIMEOUT_MS / 2) break;
        console.log(`${page}: Lighthouse run failed (${lhr.runtimeError.code}); running it again.`);
      }
      if (!lhr) throw new Error('Lighthouse returned no result');
      summaries.push(summarise(page, lhr));
    } catch (error) {
      summaries.push(failedRun(page, error instanceof Error ? error.message : String(error)));
      aborted = true;
    }
  }
  return summaries;
}

async function main(): Promise<number> {
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new GateError(`No built site in ${root}: run npm run build first.`);
  }
  let chromePath: string | undefined;
  try {
    chromePath = findChromium();
  } catch (error) {
    throw new GateError(error instanceof Error ? error.message : String(error));
  }
  if (!chromePath) {
    throw new GateError(
      'No Chromium found for Lighthouse. Install one (Debian/Ubuntu: apt-get install chromium; ' +
        'elsewhere: npx playwright install chromium) or set CHROMIUM_PATH to a Chrome or Chromium binary.',
    );
  }
  const started = Date.now();
  const deadline = started + TOTAL_TIMEOUT_MS;
  const server = createStaticServer(root);
  let chrome: LaunchedChrome | undefined;
  try {
    const origin = await listen(server);
    chrome = await withTimeout(
      launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'error' }),
      30_000,
      'Launching Chromium',
    );
    console.log(`Lighthouse ${PAGES.length} pages on ${origin} (desktop preset, throttling: provided)\n`);
    const summaries = await auditPages(origin, chrome.port, deadline);
    console.log(formatTable(summaries));
    console.log(`\nTook ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    if (!values.assert) return 0;
    const reasons = summaries.flatMap(assertionFailures);
    if (reasons.length === 0) {
      console.log('Assert: accessibility, best-practices and SEO are 100 on every page.');
      return 0;
    }
    console.error(`\nAssert failed:\n${reasons.map((reason) => `  - ${reason}`).join('\n')}`);
    return 1;
  } finally {
    try {
      chrome?.kill();
    } catch (error) {
      console.error('Could not stop Chromium:', error);
    }
    await closeServer(server);
  }
}

let exitCode: number;
try {
  exitCode = await main();
} catch (error) {
  console.error(error instanceof GateError ? error.message : error);
  exitCode = 1;
}
// Lighthouse can leave timers or sockets behind after a timeout; exit rather than wait for them.
process.exit(exitCode);
