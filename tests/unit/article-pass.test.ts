/**
 * The article pass: every article linted and rendered once, on worker threads when many
 * changed, and not again while it is unchanged; a failure names its file.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleKey, readEntry, readReaderTree } from '../../src/corpus/article-cache.ts';
import { articlePass } from '../../src/corpus/article-pass.ts';
import { siteRenderer } from '../../src/corpus/article-work.ts';
import { articleFile, renderFile } from '../../src/markdown/render-body.ts';
import { formatReport } from '../../src/content-lint/format-report.ts';
import { FIXTURE_EVIDENCE, GENERATED_EVIDENCE } from '../support/fixture-evidence.ts';

const scratch = mkdtempSync(join(tmpdir(), 'article-pass-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
// A fresh folder per run of the suite: its articles are new to the cache.
const dir = join(scratch, 'articles');
mkdirSync(dir);

const article = (n: number, body: string) =>
  `---\ntitle: Article ${n}\ndescription: A test article, written in ${scratch} for this run only.\npubDate: 2026-01-0${(n % 9) + 1}\n---\n\n## Part one\n\n${body}\n`;
const write = (n: number, body = `Text ${n}.[^a]\n\n[^a]: "A title", *A paper*, 2024, <https://example.org/${n}>.`) => writeFileSync(join(dir, `a${n}.md`), article(n, body));

// Enough articles for the worker pool; one links to a section another does not have.
for (let n = 0; n < 40; n++) write(n);
write(40, 'See [part one](/articles/a1/#part-one) and [part two](/articles/a2/#part-two).');

// Generated articles name their sources in prose, as the benchmarks' corpus does.
const options = { root: scratch, base: '/', render: true, evidence: GENERATED_EVIDENCE };

describe('the article pass', () => {
  it('lints every article on worker threads, checking links between articles once all are known', async () => {
    const { files, worked, articles } = await articlePass(dir, options);
    expect(worked).toBe(41);
    expect(articles.get('a1')?.has('part-one')).toBe(true);
    expect(formatReport(files)).toBe('articles/a40.md:9:44  No section `#part-two` in the article `a2`: link to one of its headings  [site/internal-links]\n\n1 problem');
  });

  it('leaves each rendered article in the cache for its page', () => {
    const entry = readEntry(articleKey('articles/a3.md', article(3, `Text 3.[^a]\n\n[^a]: "A title", *A paper*, 2024, <https://example.org/3>.`), '/', GENERATED_EVIDENCE));
    expect(entry?.rendered?.html).toContain('<h2 id="part-one">');
    expect(entry?.rendered?.notes).toEqual([{ label: 'a', number: 1, citation: expect.objectContaining({ publication: 'A paper' }) as unknown }]);
  });

  it('renders in the pass, where the lint reads the same tree, what a page renders by itself', async () => {
    const path = 'content/articles/jimex.md';
    const text = readFileSync(path, 'utf8');
    await articlePass('content/articles', { root: process.cwd(), base: '/india-japan/', render: true });
    const { readerTree, ...page } = await renderFile(siteRenderer('/india-japan/'), articleFile(text, path));
    const key = articleKey(path, text, '/india-japan/');
    expect(readEntry(key)?.rendered).toEqual(page);
    // The reader's Markdown tree is kept beside the entry, for the .md copy alone.
    expect(readReaderTree(key)).toEqual(readerTree);
  });

  it('works out again only the articles that changed, with the same findings', async () => {
    write(5, 'Changed text.');
    const { files, worked } = await articlePass(dir, options);
    expect(worked).toBe(1);
    expect(formatReport(files)).toMatch(/^articles\/a40\.md:9:44 {2}No section `#part-two`/);
  });

  it('finds in a build, where the render’s parse serves the lint, what the lint alone finds', async () => {
    const fixtures = { root: process.cwd(), base: '/', evidence: FIXTURE_EVIDENCE };
    const alone = await articlePass('tests/fixtures/articles', { ...fixtures, render: false });
    const built = await articlePass('tests/fixtures/articles', { ...fixtures, render: true });
    expect(formatReport(built.files)).toBe(formatReport(alone.files));
    expect(formatReport(built.files)).toMatch(/\n\n\d+ problems$/);
    expect([...built.articles]).toEqual([...alone.articles]);
  });

  it('refuses quotes nested deeper than any tree walk can follow, at the line, on any thread', async () => {
    for (let n = 41; n < 60; n++) write(n);
    write(60, `${'>'.repeat(5000)} Deep.`);
    const { files } = await articlePass(dir, options);
    expect(formatReport(files)).toContain('articles/a60.md:9:1  Quotes or lists nested 5000 deep: the site allows 32; flatten the nesting  [site/parse-limits]');
  }, 30_000);
});

describe('article files that cannot have a page of their own', () => {
  it('refuses a subfolder and names that are not URLs, each at its file, and reads the rest', async () => {
    const names = join(scratch, 'names');
    mkdirSync(join(names, 'sub'), { recursive: true });
    const text = article(1, 'Text.[^a]\n\n[^a]: "A title", <https://example.org/x>.');
    for (const name of ['x.md', 'x.MD', 'sub/y.md', 'z.md', 'a#b.md']) writeFileSync(join(names, name), text.replace('Article 1', `Article ${name}`));
    const { files, articles } = await articlePass(names, { ...options, render: false });
    const report = formatReport(files);
    expect(report).toContain('names/sub:1:1  A folder: articles sit directly in content/articles, one level deep; move its files up and remove the folder  [site/content-files]');
    expect(report).toContain('names/x.MD:1:1  content/articles holds articles only, named like `x.md` or `x.mdx`: this file would not be read; rename it x.md  [site/content-files]');
    expect(report).toContain('names/a#b.md:1:1  The name cannot be a URL or a key: use lowercase ASCII letters, digits and single hyphens; rename it a-b.md');
    expect([...articles.keys()].sort()).toEqual(['x', 'z']);
  });
});

describe('links checked once every article and data file is known', () => {
  it('refuse a link from a published article to a draft, and accept an edition row the data gives', async () => {
    const linked = join(scratch, 'linked');
    mkdirSync(linked);
    const page = (title: string, body: string, draft = false) =>
      `---\ntitle: ${title}\ndescription: A test article, written in ${scratch} for this run only.\npubDate: 2026-01-01\n${draft ? 'draft: true\n' : ''}---\n\n${body}\n`;
    writeFileSync(join(linked, 'plan.md'), page('Plan', 'Not yet published.', true));
    writeFileSync(join(linked, 'draft-note.md'), page('Draft note', 'Drafts may link to [the plan](/articles/plan/).', true));
    writeFileSync(join(linked, 'public.md'), page('Public', 'See [the plan](/articles/plan/), [the row](#edition-x-1) and [no row](#edition-x-2).'));
    writeFileSync(
      join(linked, 'sourced.md'),
      page('Sourced', 'Held.[^a] See [its entry](/sources/#source-example-org-a) and [none](/sources/#source-nowhere).\n\n[^a]: "A", <https://example.org/a>.'),
    );
    const dataIds = new Map([['public', new Set(['edition-x-1'])]]);
    const report = formatReport((await articlePass(linked, { ...options, render: false, dataIds })).files);
    expect(report).toContain('linked/public.md:7:5  `plan` is a draft, never published: link to it once it is, or remove the link  [site/internal-links]');
    expect(report).toContain('linked/public.md:7:62  No section `#edition-x-2` in the article `public`');
    expect(report).not.toContain('edition-x-1');
    expect(report).toContain('linked/sourced.md:7:63  No source entry `#source-nowhere` in the bibliography');
    expect(report).not.toContain('source-example-org-a');
    expect(report).not.toContain('draft-note.md');
  });
});
