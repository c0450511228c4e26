import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { toCsv } from '../../src/pure/dataset.ts';
import { at, expect, test } from './fixtures.ts';

type Row = Record<string, string>;

const EXPLORER = '/exercises/explorer/';

/** editions.csv as the build publishes it: its text, its header and its rows as objects. */
async function publishedCsv(page: Page, basePath: string): Promise<{ header: string[]; rows: Row[] }> {
  const text = await (await page.request.get(at(basePath, '/data/editions.csv'))).text();
  const [header = [], ...records] = parse(text) as string[][];
  return { header, rows: records.map((record) => Object.fromEntries(header.map((name, index) => [name, record[index] ?? '']))) };
}

/** The text of the file a download button gives. */
async function download(page: Page, format: 'CSV' | 'JSON'): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download these rows (${format})` }).click()]);
  return readFileSync(await file.path(), 'utf8');
}

/** The ids of the editions the table shows, in its order (each row's link to its edition). */
function shownIds(page: Page): Promise<string[]> {
  return page.locator('.explorer-table tbody tr:not([hidden]) th a').evaluateAll((links) => links.map((link) => link.getAttribute('href')?.split('#')[1] ?? ''));
}

const services = (row: Row) => row['services']?.split('; ') ?? [];
const year = (row: Row) => Number(row['year']);

/** Filter combinations: how a reader sets them, the query they leave in the URL, and which rows of
 * editions.csv they must give (read from its columns, independently of the page's code). */
const COMBINATIONS: { name: string; set: (page: Page) => Promise<void>; query: string; rows: (row: Row) => boolean }[] = [
  {
    name: 'a service and a format',
    set: async (page) => {
      await page.getByLabel('Service').selectOption('navy');
      await page.getByLabel('Format').selectOption('multilateral');
    },
    query: 'service=navy&format=multilateral',
    rows: (row) => services(row).includes('navy') && row['format'] === 'multilateral',
  },
  {
    name: 'India’s role and a first year typed',
    set: async (page) => {
      await page.getByLabel('India’s role').selectOption('host');
      await page.getByLabel('From year').pressSequentially('2015');
    },
    query: 'india=host&from=2015',
    rows: (row) => row['india_role'] === 'host' && year(row) >= 2015,
  },
  {
    name: 'a place typed in lower case and a last year',
    set: async (page) => {
      await page.getByLabel('Place (any part of its name)').pressSequentially('visakhapatnam');
      await page.getByLabel('To year').fill('2022');
    },
    query: 'place=visakhapatnam&to=2022',
    rows: (row) => (row['places'] ?? '').toLowerCase().includes('visakhapatnam') && year(row) <= 2022,
  },
  {
    name: 'Japan’s role and a host, matching no edition',
    set: async (page) => {
      await page.getByLabel('Japan’s role').selectOption('host');
      await page.getByLabel('Host', { exact: true }).selectOption('India');
    },
    query: 'japan=host&host=India',
    rows: () => false,
  },
];

test.describe('the explorer of every edition', () => {
  for (const { name, set, query, rows } of COMBINATIONS) {
    test(`downloads exactly the rows it shows, filtered by ${name}`, async ({ page, basePath }) => {
      const csv = await publishedCsv(page, basePath);
      await page.goto(EXPLORER);
      await set(page);
      const expected = csv.rows.filter(rows);
      await expect(page.getByRole('status')).toHaveText(`${expected.length} of ${csv.rows.length} editions`);
      await expect(page).toHaveURL((url) => url.search === `?${query}`);
      expect(await shownIds(page)).toEqual(expected.map((row) => row['edition_id']));
      const downloaded = await download(page, 'CSV');
      expect(downloaded).toBe(toCsv([csv.header, ...expected.map((row) => csv.header.map((column) => row[column] ?? ''))]));
      expect(JSON.parse(await download(page, 'JSON'))).toEqual(expected);
    });
  }

  test('opens a shared address on its view, its unknown parameters dropped', async ({ page, basePath }) => {
    const csv = await publishedCsv(page, basePath);
    await page.goto(`${EXPLORER}?utm_source=mail&host=India&service=army&from=2019&to=2024`);
    await expect(page.getByLabel('Service')).toHaveValue('army');
    await expect(page.getByLabel('Host', { exact: true })).toHaveValue('India');
    await expect(page.getByLabel('From year')).toHaveValue('2019');
    await expect(page.getByLabel('To year')).toHaveValue('2024');
    await expect(page).toHaveURL((url) => url.search === '?service=army&host=India&from=2019&to=2024');
    const expected = csv.rows.filter((row) => services(row).includes('army') && row['host'] === 'India' && year(row) >= 2019 && year(row) <= 2024);
    expect(expected.length).toBeGreaterThan(0);
    await expect(page.getByRole('status')).toHaveText(`${expected.length} of ${csv.rows.length} editions`);
    expect(await shownIds(page)).toEqual(expected.map((row) => row['edition_id']));
    const downloaded = parse(await download(page, 'CSV'), { columns: true }) as Row[];
    expect(downloaded).toEqual(expected);
    expect(JSON.parse(await download(page, 'JSON'))).toEqual(downloaded);
    await page.getByLabel('Place (any part of its name)').press('Enter');
    await expect(page.getByRole('region', { name: 'Editions' }), 'Enter in a filter goes to the table').toBeFocused();
    await expect(page).toHaveURL((url) => url.search === '?service=army&host=India&from=2019&to=2024');
  });

  test('filters by a participant country, and a reset shows every edition again', async ({ page, basePath }) => {
    const csv = await publishedCsv(page, basePath);
    await page.goto(EXPLORER);
    await page.getByLabel('Participant country').selectOption('Australia');
    const ids = await shownIds(page);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(csv.rows.length);
    const downloaded = parse(await download(page, 'CSV'), { columns: true }) as Row[];
    expect(downloaded.map((row) => row['edition_id'])).toEqual(ids);
    expect(downloaded).toEqual(csv.rows.filter((row) => ids.includes(row['edition_id'] ?? '')));
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await expect(page.getByRole('status')).toHaveText(`${csv.rows.length} of ${csv.rows.length} editions`);
    await expect(page).toHaveURL((url) => url.search === '');
    expect(await shownIds(page)).toEqual(csv.rows.map((row) => row['edition_id']));
  });

  test('has no WCAG 2.2 A or AA violation with filters set and no row shown', async ({ page }) => {
    await page.goto(`${EXPLORER}?place=nowhere-at-all`);
    await expect(page.getByRole('status')).toHaveText(/^0 of \d+ editions$/);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('is linked from the exercises page and from the data page’s downloads', async ({ page }) => {
    for (const path of ['/exercises/', '/data/']) {
      await page.goto(path);
      await page.locator(`main a[href$="${EXPLORER}"]`).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explore every edition');
    }
  });
});

test.describe('the explorer without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows every edition, and says the filters need JavaScript instead of showing dead controls', async ({ page, basePath }) => {
    const csv = await publishedCsv(page, basePath);
    await page.goto(`${EXPLORER}?service=army`);
    await expect(page.locator('.explorer-table tbody tr')).toHaveCount(csv.rows.length);
    for (const row of await page.locator('.explorer-table tbody tr').all()) await expect(row).toBeVisible();
    expect(await shownIds(page)).toEqual(csv.rows.map((row) => row['edition_id']));
    await expect(page.getByText('Filtering the table and downloading only the rows shown need JavaScript')).toBeVisible();
    await expect(page.getByRole('form')).toBeHidden();
    await expect(page.getByLabel('Service')).toBeHidden();
  });
});

test('keeps the page to the phone’s width: the table scrolls sideways in its own box @phone', async ({ page }) => {
  await page.goto(EXPLORER);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  const region = page.getByRole('region', { name: 'Editions' });
  expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
});
