import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** WCAG 2.2 A and AA, and the 2.0/2.1 criteria it builds on. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every page the sitemap lists, plus the pages it leaves out on purpose. */
async function pagesToCheck(page: Page): Promise<string[]> {
  const index = await (await page.request.get('/sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  const listed: string[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await page.request.get(sitemap)).text();
    listed.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname));
  }
  return [...listed, '/search/?q=JIMEX', '/no-such-page/'];
}

/** One line per violation: rule, impact, the elements at fault and how to fix them. */
function describeViolations(path: string, violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string {
  return violations
    .map((violation) => `${path}: ${violation.id} (${violation.impact ?? 'n/a'}) ${violation.help}\n${violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in the ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme, allowedErrors: [/404 \(Not Found\)/] });

    test(`every page has no WCAG 2.2 A or AA violation (${colorScheme})`, async ({ page }) => {
      const paths = await pagesToCheck(page);
      expect(paths.length).toBeGreaterThanOrEqual(7);
      const report: string[] = [];
      for (const path of paths) {
        await page.goto(path);
        if (path.startsWith('/search/')) await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible();
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        if (violations.length > 0) report.push(describeViolations(path, violations));
      }
      expect(report.join('\n'), 'axe-core found violations').toBe('');
    });
  });
}

test('an article with a note preview open has no WCAG 2.2 A or AA violation', async ({ page }) => {
  await page.goto('/articles/jimex/');
  await page.locator('a[data-footnote-ref]').first().focus();
  await expect(page.locator('#note-preview')).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(describeViolations('/articles/jimex/ (preview open)', violations)).toBe('');
});
