// Each of the site's remark and rehype plugins run alone, as the unified plugin packages test
// theirs: Markdown parsed with remark-parse and remark-gfm (footnotes and tables are GFM),
// the one plugin, and HTML out. markdown.test.ts renders through the whole configuration.
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeBaseLinks } from '../../src/markdown/rehype-base-links.ts';
import { rehypeFootnoteBacklinks, referenceLetter } from '../../src/markdown/rehype-footnote-backlinks.ts';
import { rehypeHeadingLinks } from '../../src/markdown/rehype-heading-links.ts';
import { rehypeSidenotes } from '../../src/markdown/rehype-sidenotes.ts';
import { rehypeTableAlign } from '../../src/markdown/rehype-table-align.ts';
import { remarkArchiveLinks } from '../../src/markdown/remark-archive-links.ts';
import { remarkNoteFacts } from '../../src/markdown/remark-note-facts.ts';
import { remarkReadingTime } from '../../src/markdown/remark-reading-time.ts';
import { remarkSourceLinks } from '../../src/markdown/remark-source-links.ts';

/** HTML from `markdown` with one rehype plugin (and its options) after remark-rehype. */
function withRehype<Options>(plugin: Plugin<[Options], HastRoot>, options: Options, markdown: string): string {
  return String(unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(plugin, options).use(rehypeStringify).processSync(markdown));
}

/** What a remark plugin records on the file, and the HTML. */
function withRemark<Options>(plugin: Plugin<[Options], MdastRoot>, options: Options, markdown: string) {
  const file = unified().use(remarkParse).use(remarkGfm).use(plugin, options).use(remarkRehype).use(rehypeStringify).processSync(markdown);
  return { html: String(file), data: file.data };
}

const NOTES = 'Text[^a] and again[^a], then[^b].\n\n[^a]: PIB, "Dharma Guardian", <https://pib.gov.in/x>, accessed 2026-11-20.\n[^b]: Second note.\n';

describe('remark-reading-time alone', () => {
  it('counts the body and leaves the notes out', () => {
    const words = Array.from({ length: 460 }, () => 'word').join(' ');
    const { data } = withRemark(remarkReadingTime, undefined, `${words}[^n]\n\n[^n]: ${words}\n`);
    expect(data.readingTime).toEqual({ words: 460, minutes: 2 });
  });
});

describe('remark-note-facts alone', () => {
  it('numbers the notes in order of first reference and lists each note with its source', () => {
    const facts = withRemark(remarkNoteFacts, undefined, NOTES).data.noteFacts;
    expect(facts?.noteNumbers).toEqual({ a: 1, b: 2 });
    expect(facts?.notes.map((note) => note.label)).toEqual(['a', 'b']);
    expect(JSON.stringify(facts?.citations)).toContain('https://pib.gov.in/x');
  });
});

describe('remark-source-links alone', () => {
  it('ends every note with a link to its entry on the bibliography page', () => {
    const { html } = withRemark(remarkSourceLinks, { sourcesPath: '/sources/' }, NOTES);
    expect(html.match(/class="source-entry"/g)).toHaveLength(2);
    expect(html).toMatch(/<a href="\/sources\/#[^"]+" class="source-entry">Source entry<\/a>/);
  });
});

describe('rehype-base-links alone', () => {
  it('puts the base before root links only', () => {
    const html = withRehype(rehypeBaseLinks, { base: '/india-japan/' }, '[a](/articles/jimex/) [b](#x) [c](//cdn.example/y) [d](https://example.org/)');
    expect(html).toContain('href="/india-japan/articles/jimex/"');
    expect(html).toContain('href="#x"');
    expect(html).toContain('href="//cdn.example/y"');
    expect(html).toContain('href="https://example.org/"');
  });

  it('changes nothing at the root', () => {
    expect(withRehype(rehypeBaseLinks, { base: '/' }, '[a](/articles/)')).toContain('href="/articles/"');
  });
});

describe('rehype-footnote-backlinks alone', () => {
  it('letters the back-links of a note cited twice after one arrow, and names each', () => {
    const html = withRehype(rehypeFootnoteBacklinks, undefined, NOTES);
    expect(html).toContain('<span class="backref-arrow" aria-hidden="true">↑</span>');
    expect(html).toMatch(/aria-label="Back to reference a, the first, to note 1"[^>]*>a<\/a>/);
    expect(html).toMatch(/aria-label="Back to reference b, the second, to note 1"[^>]*>b<\/a>/);
    expect(html).toMatch(/aria-label="Back to the reference to note 2"[^>]*>↑<\/a>/);
  });

  it('letters past z as spreadsheets number columns', () => {
    expect([0, 25, 26, 27, 52].map(referenceLetter)).toEqual(['a', 'z', 'aa', 'ab', 'ba']);
  });
});

describe('rehype-heading-links alone', () => {
  it('wraps an h2 that has an id with a self-link beside it, and leaves one without an id', () => {
    const html = String(
      unified()
        .use(remarkParse)
        .use(remarkRehype)
        .use(() => (tree: HastRoot) => {
          const first = tree.children.find((node) => node.type === 'element');
          if (first?.type === 'element') first.properties['id'] = 'aims';
        })
        .use(rehypeHeadingLinks)
        .use(rehypeStringify)
        .processSync('## Aims\n\n## No id'),
    );
    expect(html).toContain('<div class="heading-wrapper level-h2"><h2 id="aims">Aims</h2><a class="heading-link" href="#aims" data-pagefind-ignore="">');
    expect(html).toContain('<span class="sr-only">Link to section: Aims</span>');
    expect(html).toContain('<h2>No id</h2>');
    expect(html.match(/heading-wrapper/g)).toHaveLength(1);
  });
});

describe('rehype-sidenotes alone', () => {
  it('copies each note once, beside its first reference, hidden from screen readers and search', () => {
    const html = withRehype(rehypeSidenotes, undefined, NOTES);
    expect(html.match(/class="sidenote"/g)).toHaveLength(2);
    expect(html).toContain('<span class="sidenote" aria-hidden="true" data-pagefind-ignore=""><span class="sidenote-number">1.</span>');
  });

  it('gives a reference inside a table no copy', () => {
    const html = withRehype(rehypeSidenotes, undefined, '| a |\n| - |\n| x[^t] |\n\n[^t]: In a table.\n');
    expect(html).not.toContain('class="sidenote"');
  });
});

describe('rehype-table-align alone', () => {
  it('turns align attributes into classes', () => {
    const html = withRehype(rehypeTableAlign, undefined, '| a | b |\n| :- | -: |\n| 1 | 2 |\n');
    expect(html).toContain('class="align-right"');
    expect(html).not.toContain('align="');
  });
});

describe('remark-archive-links alone', () => {
  it('adds an archived copy to a note with an address and an access day, with Robust Links on both links', () => {
    const { html } = withRemark(remarkArchiveLinks, undefined, 'Text[^a][^b].\n\n[^a]: "T", <https://pib.gov.in/x>, accessed 13 February 2025.\n[^b]: "U", *Paper*, 2019, <https://example.org/u>, stored copy.\n');
    expect(html).toContain('<a href="https://pib.gov.in/x" data-versionurl="https://web.archive.org/web/20250213/https://pib.gov.in/x" data-versiondate="2025-02-13">');
    expect(html).toContain('<a href="https://web.archive.org/web/20250213/https://pib.gov.in/x" class="archived-copy" data-originalurl="https://pib.gov.in/x" data-versiondate="2025-02-13">Archived copy</a>');
    expect(html.match(/Archived copy/g)).toHaveLength(1);
  });
});

describe('note plugins on notes whose citation is followed by more', () => {
  const listNote = 'Text[^l].\n\n[^l]: Sources, <https://pib.gov.in/x>, accessed 13 February 2025:\n\n    - one\n    - two\n';
  const listOnly = 'Text[^l].\n\n[^l]:\n    - <https://pib.gov.in/x>, accessed 13 February 2025\n';

  it('put the links at the end of the citation, the note’s first paragraph', () => {
    expect(withRemark(remarkSourceLinks, { sourcesPath: '/sources/' }, listNote).html).toMatch(/Source entry<\/a><\/p>\s*<ul>/);
    expect(withRemark(remarkArchiveLinks, undefined, listNote).html).toMatch(/Archived copy<\/a><\/p>\s*<ul>/);
  });

  it('leave a note that does not start with a paragraph as it is', () => {
    expect(withRemark(remarkSourceLinks, { sourcesPath: '/sources/' }, listOnly).html).not.toContain('Source entry');
    expect(withRemark(remarkArchiveLinks, undefined, listOnly).html).not.toContain('Archived copy');
  });
});

describe('back-link labels past the tenth reference', () => {
  it('use numeric ordinals with the right suffix: 11th, 21st, 22nd, 23rd', () => {
    const references = Array.from({ length: 23 }, (_, index) => `r${index}[^a]`).join(' ');
    const html = withRehype(rehypeFootnoteBacklinks, undefined, `${references}\n\n[^a]: A note.\n`);
    for (const label of ['the 11th,', 'the 21st,', 'the 22nd,', 'the 23rd,']) expect(html).toContain(label);
    expect(html).not.toMatch(/\b(21|22|23)th\b/);
  });
});
