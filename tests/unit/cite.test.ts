import { describe, expect, it } from 'vitest';
import { apa, bibtex, chicago } from '../../src/pure/cite.ts';

const input = {
  title: 'Dharma Guardian',
  url: 'https://example.org/articles/dharma-guardian/',
  published: new Date('2026-11-01T00:00:00Z'),
  updated: new Date('2026-11-22T00:00:00Z'),
  accessed: new Date('2026-12-03T15:00:00Z'),
  siteName: 'India–Japan Defence Exercises',
  slug: 'dharma-guardian',
};

describe('citations of an article', () => {
  it('writes Chicago with the last-modified and accessed dates and the permanent URL', () => {
    expect(chicago(input)).toBe(
      '“Dharma Guardian.” India–Japan Defence Exercises. Last modified November 22, 2026. Accessed December 3, 2026. https://example.org/articles/dharma-guardian/.',
    );
  });

  it('writes APA with the update date and a retrieval date', () => {
    expect(apa(input)).toBe(
      'Dharma Guardian. (2026, November 22). India–Japan Defence Exercises. Retrieved December 3, 2026, from https://example.org/articles/dharma-guardian/',
    );
  });

  it('writes BibTeX with escaped text and ISO dates', () => {
    const entry = bibtex({ ...input, title: 'Budgets & 100% of R_D {x}' });
    expect(entry).toContain('@misc{ijde-dharma-guardian,');
    expect(entry).toContain('title        = {Budgets \\& 100\\% of R\\_D \\{x\\}},');
    expect(entry).toContain('howpublished = {India--Japan Defence Exercises},');
    expect(entry).toContain('urldate      = {2026-12-03},');
    expect(entry).toContain('note         = {Last updated 2026-11-22; accessed 2026-12-03}');
    expect(entry.endsWith('\n}')).toBe(true);
  });
});
