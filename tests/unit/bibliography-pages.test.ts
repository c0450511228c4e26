import { describe, expect, it } from 'vitest';
import type { PublicationGroup, SourceEntry } from '../../src/pure/bibliography.ts';
import { linkSourceEntries, paginateBibliography, sourcePages, sourcesPagePath } from '../../src/pure/bibliography-pages.ts';

/** A source `id` cited by `notes` notes. */
const entry = (id: string, notes = 1): SourceEntry => ({
  id,
  citation: { text: id },
  citedIn: Array.from({ length: notes }, (_, n) => ({ articleId: 'a', articleTitle: 'A', label: `n${n}`, number: n + 1 })),
});
const group = (publication: string, ...sources: SourceEntry[]): PublicationGroup => ({ publication, sources });

describe('the bibliography in pages', () => {
  const groups = [group('Alpha', entry('a1'), entry('a2')), group('Beta', entry('b1', 9), entry('b2'), entry('b3')), group('Gamma', entry('c1'))];

  it('keeps everything on one page while it fits', () => {
    const [page, ...others] = paginateBibliography(groups);
    expect(others).toEqual([]);
    expect(page?.parts.map((part) => [part.publication, part.sources.length, part.continued])).toEqual([['Alpha', 2, false], ['Beta', 3, false], ['Gamma', 1, false]]);
  });

  it('fills pages up to the budget, an entry weighing three plus one per note citing it; a publication continues on the next page', () => {
    // a1, a2: 4 each; b1: 12; b2, b3: 4 each; c1: 4. Budget 20: [a1 a2 b1] [b2 b3 c1].
    const pages = paginateBibliography(groups, 20);
    expect(pages.map((page) => page.parts.map((part) => `${part.publication}${part.continued ? '+' : ''}:${part.sources.map((source) => source.id).join(',')}`))).toEqual([
      ['Alpha:a1,a2', 'Beta:b1'],
      ['Beta+:b2,b3', 'Gamma:c1'],
    ]);
    expect(sourcePages(pages)).toEqual(new Map([['a1', '/sources/'], ['a2', '/sources/'], ['b1', '/sources/'], ['b2', '/sources/2/'], ['b3', '/sources/2/'], ['c1', '/sources/2/']]));
  });

  it('weighs a note that quotes the source seven: its link and its share of the words', () => {
    const quoted: SourceEntry = { ...entry('q', 4), citedIn: entry('q', 4).citedIn.map((note) => ({ ...note, excerpts: [0] })) };
    // q: 3 + 4 × 7 = 31; with a1 (4) it passes a budget of 34.
    expect(paginateBibliography([group('Q', entry('a1'), quoted)], 34).map((page) => page.parts[0]?.sources.map((source) => source.id))).toEqual([['a1'], ['q']]);
    expect(paginateBibliography([group('Q', entry('a1'), quoted)], 35)).toHaveLength(1);
  });

  it('gives an entry heavier than the budget a page of its own, and an empty bibliography one page', () => {
    expect(paginateBibliography([group('Big', entry('x', 50), entry('y'))], 20).map((page) => page.parts[0]?.sources.map((source) => source.id))).toEqual([['x'], ['y']]);
    expect(paginateBibliography([])).toEqual([{ number: 1, parts: [] }]);
  });

  it('names page 1 /sources/ and page n /sources/n/', () => {
    expect([1, 2, 12].map(sourcesPagePath)).toEqual(['/sources/', '/sources/2/', '/sources/12/']);
  });
});

describe('source entry links', () => {
  const pages = new Map([['source-a', '/sources/'], ['source-b', '/sources/3/']]);
  const html = '<a href="/india-japan/sources/#source-a" class="source-entry">Source entry</a> <a href="/india-japan/sources/#source-b" class="source-entry">Source entry</a> <a href="https://example.org/sources/#source-b">x</a>';

  it('point at the page each entry is on, under the base path, and leave other links alone', () => {
    expect(linkSourceEntries(html, '/india-japan/', pages)).toBe(
      '<a href="/india-japan/sources/#source-a" class="source-entry">Source entry</a> <a href="/india-japan/sources/3/#source-b" class="source-entry">Source entry</a> <a href="https://example.org/sources/#source-b">x</a>',
    );
    expect(linkSourceEntries('<a href="/sources/#source-b">', '/', pages)).toBe('<a href="/sources/3/#source-b">');
  });
});
