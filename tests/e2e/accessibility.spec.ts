import AxeBuilder from '@axe-core/playwright';
import { LANGUAGES, langOfPath, pathInLanguage, ui } from '../../src/i18n/index.ts';
import { listPages } from '../support/built-site.ts';
import { expect, test } from './fixtures.ts';

/** WCAG 2.2 A and AA, and the 2.0/2.1 criteria it builds on. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The rules among those whose outcome depends on the colours: all that the dark scheme can
 * change, since the markup is the same in both. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Every page the sitemap lists, in both editions (issue 28), plus each edition's 404 and
 * search page (with results open, where axe sees the live results list too). Read from the
 * build, so the tests are listed per page. The Japanese 404 page is a page of its own
 * (/ja/404/); the sitemap lists neither edition's. */
const PAGES = [...listPages().map((page) => page.url), '/ja/search/', '/ja/404/'].map((url) => (/^\/(ja\/)?search\/$/.test(url) ? `${url}?q=JIMEX` : url));

/** One line per violation: rule, impact, the elements at fault and how to fix them. */
function describeViolations(path: string, violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string {
  return violations
    .map((violation) => `${path}: ${violation.id} (${violation.impact ?? 'n/a'}) ${violation.help}\n${violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in the ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    for (const path of PAGES) {
      const what = colorScheme === 'light' ? 'WCAG 2.2 A or AA violation' : 'colour violation of WCAG 2.2 A or AA';
      test(`${path} has no ${what} (${colorScheme}) @sweep`, async ({ page }) => {
        // axe reads every node: on the largest pages (a bibliography page, about 20 s alone on
        // this machine's two cores) the default 30 s leaves no room when the machine is busy.
        test.slow();
        await page.goto(path);
        const t = ui(langOfPath(path, '/'));
        if (/^\/(ja\/)?search\//.test(path)) await expect(page.getByRole('list', { name: t.search.results }).getByRole('listitem').first()).toBeVisible();
        const axe = new AxeBuilder({ page });
        const { violations } = await (colorScheme === 'light' ? axe.withTags(WCAG_TAGS) : axe.withRules(COLOUR_RULES)).analyze();
        expect(describeViolations(path, violations), 'axe-core found violations').toBe('');
      });
    }
  });
}

test('the colour rules are WCAG 2.2 A or AA rules axe runs in the light sweep', async ({ page }) => {
  await page.goto('/');
  const { passes, violations, incomplete, inapplicable } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const ran = new Set([...passes, ...violations, ...incomplete, ...inapplicable].map((rule) => rule.id));
  for (const rule of COLOUR_RULES) expect(ran.has(rule), rule).toBe(true);
});

test('the sweep covers every page the sitemap lists in both editions, 404 and search', () => {
  expect(PAGES.length).toBeGreaterThanOrEqual(30);
  expect(PAGES).toEqual(expect.arrayContaining(['/', '/articles/', '/sources/', '/404.html', '/search/?q=JIMEX', '/ja/', '/ja/articles/', '/ja/sources/', '/ja/404/', '/ja/search/?q=JIMEX']));
  // Every English page of the sitemap has its Japanese twin in the sweep, and the other way.
  const listed = listPages().map((page) => page.url).filter((url) => !/^\/(404\.html|search\/)$/.test(url));
  for (const url of listed) for (const lang of LANGUAGES) expect(PAGES, `${url} in ${lang}`).toContain(pathInLanguage(url, '/', lang));
});

/** Each edition's parts that scripts open: a note preview, a linked article's card, the search
 * dialog with results (a misspelt name in English, which shows the correction too). */
for (const lang of LANGUAGES) {
  const prefix = lang === 'en' ? '/' : `/${lang}/`;
  const t = ui(lang);
  const query = lang === 'en' ? 'Malabaar' : 'マラバール';

  test(`${prefix}articles/jimex/ with a note preview open has no WCAG 2.2 A or AA violation`, async ({ page }) => {
    // axe on a whole article: slow on a busy machine, as in the sweep (30 s was not enough for
    // /articles/jimex/ in the sub-path run on 6 December 2026).
    test.slow();
    await page.goto(`${prefix}articles/jimex/`);
    await page.locator('a[data-footnote-ref]').first().focus();
    await expect(page.locator('#note-preview')).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(describeViolations(`${prefix}articles/jimex/ (preview open)`, violations)).toBe('');
  });

  test(`${prefix}articles/glossary/ with a linked article's card open has no WCAG 2.2 A or AA violation`, async ({ page }) => {
    // axe on a whole article: slow on a busy machine, as in the sweep (30 s was not enough for
    // /articles/jimex/ in the sub-path run on 6 December 2026).
    test.slow();
    await page.goto(`${prefix}articles/glossary/`);
    await page.locator(`.article-body a[href$="${prefix}articles/jimex/"]`).first().focus();
    await expect(page.getByRole('dialog', { name: 'JIMEX' })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(describeViolations(`${prefix}articles/glossary/ (card open)`, violations)).toBe('');
  });

  test(`the search dialog on ${prefix}, open with results, has no WCAG 2.2 A or AA violation`, async ({ page }) => {
    // axe on a whole article: slow on a busy machine, as in the sweep (30 s was not enough for
    // /articles/jimex/ in the sub-path run on 6 December 2026).
    test.slow();
    await page.goto(prefix);
    await page.keyboard.press('Control+k');
    await page.keyboard.type(query);
    await expect(page.getByRole('dialog', { name: t.search.title }).getByRole('list', { name: t.search.results }).getByRole('listitem').first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(describeViolations(`${prefix} (search dialog open)`, violations)).toBe('');
  });
}
