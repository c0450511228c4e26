import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../support/render-markdown.ts';
import { markdownConfig, markdownProcessorOptions } from '../../src/markdown/index.ts';

const twoNotes = `Held first in 2018.[^first] Held again in 2019.[^second] Still held.[^first]

[^first]: First source, <https://example.org/first>.
[^second]: Second source.
`;

describe('footnotes', () => {
  it('links each reference to its note', async () => {
    const { tree } = await renderMarkdown(twoNotes);
    const refs = selectAll('a[data-footnote-ref]', tree);
    expect(refs.map((ref) => ref.properties['href'])).toEqual(['#user-content-fn-first', '#user-content-fn-second', '#user-content-fn-first']);
    for (const ref of refs) {
      const id = String(ref.properties['href']).slice(1);
      expect(select(`li[id="${id}"]`, tree), `note ${id}`).toBeDefined();
    }
  });

  it('gives a note a back-link to every place that cites it, each with its own label', async () => {
    const { tree } = await renderMarkdown(twoNotes);
    const backlinks = selectAll('li#user-content-fn-first a[data-footnote-backref]', tree);
    expect(backlinks.map((link) => link.properties['href'])).toEqual(['#user-content-fnref-first', '#user-content-fnref-first-2']);
    expect(backlinks.map((link) => link.properties['ariaLabel'])).toEqual([
      'Back to reference a, the first, to note 1',
      'Back to reference b, the second, to note 1',
    ]);
    for (const link of backlinks) {
      const id = String(link.properties['href']).slice(1);
      expect(select(`[id="${id}"][data-footnote-ref]`, tree), `reference ${id}`).toBeDefined();
    }
  });

  it('letters the back-links of a note cited several times, after one arrow, as Wikipedia does', async () => {
    const { tree } = await renderMarkdown(twoNotes);
    const first = select('li#user-content-fn-first p', tree);
    expect(first && toString(first)).toMatch(/↑ab$/);
    expect(selectAll('li#user-content-fn-first a[data-footnote-backref]', tree).map((link) => toString(link))).toEqual(['a', 'b']);
  });

  it('gives a note cited once a single arrow that names its reference', async () => {
    const { tree } = await renderMarkdown(twoNotes);
    const links = selectAll('li#user-content-fn-second a[data-footnote-backref]', tree);
    expect(links.map((link) => [toString(link), link.properties['ariaLabel']])).toEqual([['↑', 'Back to the reference to note 2']]);
    expect(select('li#user-content-fn-second .backref-arrow', tree)).toBeUndefined();
  });

  it('numbers notes in order of first reference and lists them under a visible "Notes" heading', async () => {
    const { tree } = await renderMarkdown(twoNotes);
    expect(selectAll('a[data-footnote-ref]', tree).map((ref) => toString(ref))).toEqual(['1', '2', '1']);
    const heading = select('section[data-footnotes] h2', tree);
    expect(heading && toString(heading)).toBe('Notes');
    expect(heading?.properties['className']).not.toContain('sr-only');
  });

  it('renders no notes section when the text cites nothing', async () => {
    const { tree } = await renderMarkdown('Plain text with no notes.');
    expect(select('section[data-footnotes]', tree)).toBeUndefined();
  });
});

describe('headings', () => {
  it('gives headings ids from their text and reports them for the table of contents', async () => {
    const { tree, metadata } = await renderMarkdown('## Editions and venues\n\n### JIMEX-24 (2024)\n\nText.');
    expect(select('h2', tree)?.properties['id']).toBe('editions-and-venues');
    expect(select('h3', tree)?.properties['id']).toBe('jimex-24-2024');
    expect(metadata.headings).toEqual([
      { depth: 2, slug: 'editions-and-venues', text: 'Editions and venues' },
      { depth: 3, slug: 'jimex-24-2024', text: 'JIMEX-24 (2024)' },
    ]);
  });

  it('gives repeated headings distinct ids', async () => {
    const { tree } = await renderMarkdown('## Aims\n\n## Aims');
    expect(selectAll('h2', tree).map((h) => h.properties['id'])).toEqual(['aims', 'aims-1']);
  });

  it('puts a self-link beside each section heading, outside the heading text', async () => {
    const { tree } = await renderMarkdown('## Background\n\nText.');
    const link = select('.heading-wrapper > a.heading-link', tree);
    expect(link?.properties['href']).toBe('#background');
    expect(selectAll('h2', tree).map((h) => toString(h))).toEqual(['Background']);
    expect(link && toString(link)).toContain('Link to section: Background');
  });

  it('leaves h5 and h6 without self-links', async () => {
    const { tree } = await renderMarkdown('##### Minor\n\nText.');
    expect(select('a.heading-link', tree)).toBeUndefined();
    expect(select('h5', tree)?.properties['id']).toBe('minor');
  });
});

describe('reading time', () => {
  it('counts the body and leaves footnote definitions out', async () => {
    const body = Array.from({ length: 400 }, () => 'word').join(' ');
    const notes = Array.from({ length: 600 }, () => 'source').join(' ');
    const { metadata } = await renderMarkdown(`${body}[^n]\n\n[^n]: ${notes}`);
    expect(metadata.wordCount).toBe(400);
    expect(metadata.readingTime).toBe(2);
  });
});

describe('typography and GFM', () => {
  it('curls quotation marks and renders tables', async () => {
    const { tree } = await renderMarkdown('"Quoted"\n\n| a | b |\n| - | - |\n| 1 | 2 |');
    expect(selectAll('p', tree).map((p) => toString(p))).toEqual(['“Quoted” ¶Link to this paragraph']);
    expect(selectAll('td', tree)).toHaveLength(2);
  });

  it('aligns table columns with classes, not the obsolete align attribute', async () => {
    const { tree } = await renderMarkdown('| a | b | c |\n| :-- | :-: | --: |\n| 1 | 2 | 3 |');
    const cells = selectAll('th, td', tree);
    expect(cells.map((cell) => cell.properties['align'])).toEqual(Array(6).fill(undefined));
    expect(cells.map((cell) => cell.properties['className'])).toEqual([...Array(2)].flatMap(() => [['align-left'], ['align-center'], ['align-right']]));
  });

  it('drops raw HTML instead of rendering it', async () => {
    const { html } = await renderMarkdown('Text <script>alert(1)</script> and <img src=x onerror=alert(1)>.\n\n<iframe src="https://example.org/"></iframe>');
    expect(html).not.toMatch(/<script|<img|<iframe|onerror/);
    expect(html).toContain('Text');
  });
});

describe('reference letters', () => {
  it('runs a to z, then aa, ab', async () => {
    const { referenceLetter } = await import('../../src/markdown/rehype-footnote-backlinks.ts');
    expect([0, 1, 25, 26, 27, 51, 52].map(referenceLetter)).toEqual(['a', 'b', 'z', 'aa', 'ab', 'az', 'ba']);
  });
});

describe('margin notes', () => {
  it('copies each note beside its first reference, hidden from assistive technology and search', async () => {
    const { tree } = await renderMarkdown(twoNotes);
    const copies = selectAll('p > span.sidenote', tree);
    expect(copies.map((copy) => toString(copy).replace(/\s+/g, ' ').trim())).toEqual(['1. First source, https://example.org/first. Source entry', '2. Second source. Source entry']);
    for (const copy of copies) {
      expect(copy.properties['ariaHidden']).toBe('true');
      expect(copy.properties['dataPagefindIgnore']).toBe('');
    }
  });

  it('keeps the copy out of the tab order and free of ids and back-links', async () => {
    const { tree } = await renderMarkdown(twoNotes);
    expect(selectAll('.sidenote a', tree).map((link) => link.properties['tabIndex'])).toEqual([-1, -1, -1]);
    expect(selectAll('.sidenote [id], .sidenote [data-footnote-backref], .sidenote .backref-arrow', tree)).toEqual([]);
    expect(selectAll('section[data-footnotes] li', tree)).toHaveLength(2);
  });

  it('makes no copy for a reference inside a table cell', async () => {
    const { tree } = await renderMarkdown('| a |\n| - |\n| x[^n] |\n\n[^n]: Note.');
    expect(selectAll('.sidenote', tree)).toEqual([]);
  });
});

describe("Astro's markdown setting", () => {
  it('is the same configuration as the article renderer, syntax highlighting off', () => {
    const config = markdownConfig('/india-japan/');
    const options = markdownProcessorOptions('/india-japan/');
    expect(config.syntaxHighlight).toBe(false);
    expect(config.processor.options.remarkPlugins.map(String)).toEqual(options.remarkPlugins.map(String));
    expect(config.processor.options.rehypePlugins.map(String)).toEqual(options.rehypePlugins.map(String));
  });
});
