/**
 * Time and bytes from a reader's first keystroke to the first search result, on a cold page
 * (a fresh browser context, so nothing is cached) of the built site served on 127.0.0.1.
 * The keystrokes are "/" (opens the search dialog) and then an exercise's name typed without
 * pause: the figure is what a fast typist waits for, loading of the search code included.
 */
import { chromium } from '@playwright/test';
import { gzipSize } from '../support/page-figures.ts';

export interface SearchFigures {
  /** From the "/" keydown to the first result in the list, as the page's clock measures it. */
  firstResultMs: number;
  /** Requests made after the first keystroke. */
  requests: number;
  /** Their response bodies gzipped (level 9), as a host serving compressed files would send them. */
  gzippedBytes: number;
  /** Their response bodies as this server sent them (uncompressed). */
  bytes: number;
}

const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Chosen so no measurement can hang the benchmark. */
const TIMEOUT_MS = 30_000;

interface Marks {
  key?: number;
  result?: number;
}

/** Runs in the page: notes the first keydown and the moment a result appears. */
function recordTimes(): void {
  const marks: Marks = {};
  (window as unknown as { benchMarks: Marks }).benchMarks = marks;
  document.addEventListener('keydown', () => void (marks.key ??= performance.now()), { capture: true });
  new MutationObserver(() => {
    if (marks.key !== undefined && marks.result === undefined && document.querySelector('#search-dialog [aria-label="Search results"] li a')) {
      marks.result = performance.now();
    }
  }).observe(document, { subtree: true, childList: true });
}

export async function timeFirstResult(executablePath: string, pageUrl: string, query: string): Promise<SearchFigures> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: TIMEOUT_MS });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    await page.addInitScript(recordTimes);
    await page.goto(pageUrl, { waitUntil: 'load' });
    const bodies: Promise<Buffer | undefined>[] = [];
    page.on('requestfinished', (request) => bodies.push(request.response().then((response) => response?.body())));
    await page.keyboard.press('/');
    await page.keyboard.type(query);
    await page.locator('#search-dialog [aria-label="Search results"] li a').first().waitFor();
    const marks = await page.evaluate(() => (window as unknown as { benchMarks: Marks }).benchMarks);
    if (marks.key === undefined || marks.result === undefined) throw new Error('The page did not record the keystroke or the first result.');
    const loaded = (await Promise.all(bodies)).filter((body) => body !== undefined);
    return {
      firstResultMs: Math.round(marks.result - marks.key),
      requests: loaded.length,
      gzippedBytes: loaded.reduce((sum, body) => sum + gzipSize(body), 0),
      bytes: loaded.reduce((sum, body) => sum + body.length, 0),
    };
  } finally {
    await browser.close();
  }
}
