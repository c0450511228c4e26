import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { VFile } from 'vfile';
import { lintArticles } from '../../src/corpus/lint-content.ts';
import { FIXTURE_EVIDENCE } from '../support/fixture-evidence.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = await lintArticles('tests/fixtures/articles', root, FIXTURE_EVIDENCE);

/** "rule line:column message" for each message in the fixture named `name`. */
function found(name: string): string[] {
  const file = fixtures.find((candidate: VFile) => candidate.path.endsWith(`/${name}`));
  if (!file) throw new Error(`No fixture ${name}`);
  return file.messages.map((message) => `${message.ruleId} ${message.line}:${message.column} ${message.reason}`);
}

describe('content lint', () => {
  it.each([
    ['bad-undefined-footnote.md', 'no-undefined-references 7:28', /undefined definition.*`9`/],
    ['bad-unused-footnote.md', 'no-unused-definitions 10:1', /unused footnote definition.*`spare`/],
    ['bad-duplicate-footnote.md', 'no-duplicate-definitions 10:1', /already defined identifier \(`first`\)/],
    ['bad-raw-html.md', 'no-html 9:1', /Unexpected HTML/],
    ['bad-javascript-link.md', 'link-schemes 7:15', /`javascript:` scheme: use an https:\/\/ address/],
    ['bad-missing-article.md', 'internal-links 7:9', /No article `no-such-article`/],
    ['bad-missing-heading.md', 'internal-links 7:5', /No section `#no-such-section` in the article `good`/],
    ['bad-impossible-date.md', 'frontmatter 4:10', /`pubDate`: Write the date as YYYY-MM-DD/],
    ['bad-missing-date.md', 'frontmatter 2:1', /lacks the required field `pubDate`/],
    ['bad-unknown-field.md', 'frontmatter 5:1', /field `pubdate` is not one the site knows/],
    ['bad-footnote-in-heading.md', 'no-footnote-in-heading 7:12', /inside a heading: move it into the text/],
    ['bad-non-ascii-label.md', 'footnote-labels 7:14', /`日本` has characters other than ASCII/],
    ['bad-unsourced-note.md', 'note-evidence 12:1', /`\[\^hearsay\]` names no source record: write `\[\^hearsay\]: \[@key\] "the source's words"`/],
    ['bad-unknown-source.md', 'note-evidence 9:9', /cites `@no-such-source`, which is no source record: add tests\/fixtures\/sources\/no-such-source\.yaml or correct the key/],
    ['bad-unquoted-note.md', 'note-evidence 9:9', /quotes nothing of `@example-first`: after the key, give in quotation marks the words of the source/],
    ['bad-misquoted-note.md', 'note-evidence 9:24', /quotes words that are not among the excerpts of `@example-first` \(tests\/fixtures\/sources\/example-first\.yaml\): copy the words/],
    ['bad-nested-quote.md', 'note-evidence 9:50', /has a double quotation mark inside its quotation, which ends it for readers and tools that pair quotation marks: write the source's own quotation marks as single/],
    ['bad-nested-quote.md', 'note-evidence 10:50', /has a double quotation mark inside its quotation/],
    ['bad-weak-alone.md', 'note-evidence 7:22', /`\[\^weak\]`: a weak source never stands alone: cite a stronger source/],
    ['bad-footnote-references.md', 'footnote-references 7:14', /`\[\^a b\]` is not a footnote: a label has no spaces; write it as `\[\^a-b\]`/],
    ['bad-footnote-references.md', 'footnote-references 7:37', /Footnote `\[\^web\]` inside a link's text: move it after the link/],
    ['bad-footnote-references.md', 'footnote-references 10:86', /Note `\[\^loop\]` cites itself/],
    ['bad-page-ids.md', 'page-ids 9:1', /heading "Main" would have the id `main`, which the page already uses/],
    ['bad-page-ids.md', 'page-ids 11:1', /A second title: .* make this one `##`/],
    ['bad-page-ids.md', 'page-ids 13:1', /id `footnote-label`/],
    ['bad-page-ids.md', 'page-ids 15:1', /heading "Lead p1" would have the id `lead-p1`, which the page already uses/],
    ['bad-empty-note.md', 'note-evidence 10:1', /`\[\^dot\]` names no source record/],
    ['bad-future-date.md', 'frontmatter 4:10', /`pubDate` 2999-01-01 is after today \(\d{4}-\d{2}-\d{2}\): .* keep it `draft: true` until then/],
    ['bad-table-cells.md', 'table-cells 11:9', /This row has 3 cells and the table 2 columns: the cells past column 2 would not be shown/],
    ['bad-image.md', 'no-images 9:1', /Images are not published with articles/],
    ['bad-long-title.md', 'frontmatter 2:8', /`title`: Keep the title to 70 characters/],
    ['bad-deep-nesting.md', 'parse-limits 9:1', /Quotes or lists nested 40 deep: the site allows 32/],
    ['bad-unclosed-comment.md', 'lost-content 9:1', /comment opened with `<!--` is never closed with `-->`/],
    ['bad-empty-body.md', 'lost-content 7:1', /no text after its frontmatter: write the article, or delete the file/],
    ['bad-orphan.ja.md', 'translation 1:1', /This translates `bad-orphan`, but there is no article `bad-orphan` \(bad-orphan\.md\): name a translation after the article it translates/],
    ['bad-checked.md', 'translation 5:10', /`checked` is the day a translation was last checked against its English article: an English article has none; remove it/],
    ['bad-malformed-url.md', 'link-schemes 9:76', /Malformed address `https:\/\/exa%zz\.org\/a`: check it/],
  ])('fails %s at the line and column of the problem, saying what to do', (name, where, reason) => {
    const messages = found(name);
    expect(messages.find((message) => message.startsWith(`${where} `)), messages.join('\n')).toMatch(reason);
  });

  it('refuses in MDX what runs code or is raw HTML, each at its line: imports, exports, expressions, elements', () => {
    expect(found('bad-mdx.mdx')).toEqual([
      expect.stringMatching(/^mdx-components 7:1 MDX runs imports and exports as code at build time: remove the import of "\.\/chart\.astro"/),
      expect.stringMatching(/^mdx-components 9:18 MDX runs \{…\} as code/),
      expect.stringMatching(/^mdx-components 11:1 <div> is raw HTML/),
      expect.stringMatching(/^mdx-components 13:1 <Timeline> is not one of the site's components/),
      expect.stringMatching(/^mdx-components 15:1 <EditionsTable> belongs in a section: put it after a ## heading/),
      expect.stringMatching(/^mdx-components 15:1 <EditionsTable> takes one attribute, series="…"/),
      expect.stringMatching(/^mdx-components 17:8 <EditionsTable> draws a block/),
      expect.stringMatching(/^mdx-components 19:1 .*remove an export/),
    ]);
  });

  it('lets an MDX article import and place a site component', () => {
    expect(found('good-component.mdx')).toEqual([]);
  });

  it('reports every piece of raw HTML, not only the first', () => {
    expect(found('bad-raw-html.md').map((message) => message.split(' ')[1])).toEqual(['9:1', '11:11', '13:1']);
  });

  it('reports both a missing section in another article and in the same article', () => {
    expect(found('bad-missing-heading.md')).toHaveLength(2);
    expect(found('bad-missing-heading.md')[1]).toMatch(/^internal-links 7:55 No section `#nowhere` in this article/);
  });

  it('takes a source record with its words, or a pointer to another article, as a note’s source', () => {
    expect(found('bad-unsourced-note.md')).toHaveLength(1);
  });

  it('lets a weak source stand beside a stronger one, never alone', () => {
    expect(found('bad-weak-alone.md')).toHaveLength(1);
  });

  it('marks every problem as fatal, so the build stops', () => {
    const messages = fixtures.flatMap((file) => file.messages);
    expect(messages.length).toBeGreaterThan(12);
    expect(messages.every((message) => message.fatal === true)).toBe(true);
  });

  it('passes the good translation: the English notes and links kept, every English excerpt glossed in Japanese', () => {
    expect(found('good.ja.md')).toEqual([]);
  });

  it('passes the good fixture, whose links to itself and to notes resolve', () => {
    expect(found('good.md')).toEqual([]);
  });

  it('passes every real article', async () => {
    const articles = await lintArticles('content/articles', root);
    expect(articles.length).toBeGreaterThanOrEqual(3);
    expect(articles.flatMap((file) => file.messages.map((message) => `${file.path}:${message.line}:${message.column} ${message.reason}`))).toEqual([]);
  });
});
