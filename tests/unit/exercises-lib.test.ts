import { describe, expect, it } from 'vitest';
import { articleParser } from '../../src/content-lint/processor.ts';
import { citedNotes, editionDates, editionId, ordinal } from '../../src/pure/exercises.ts';
import { serviceNames } from '../../src/pure/facets.ts';
import { footnoteNumbers } from '../../src/pure/footnote-numbers.ts';

describe('edition dates', () => {
  it('writes a range within a month, across months and across years', () => {
    expect(editionDates({ year: 2018, start: '2018-11-01', end: '2018-11-14' })).toBe('1–14 November 2018');
    expect(editionDates({ year: 2019, start: '2019-10-19', end: '2019-11-02' })).toBe('19 October – 2 November 2019');
    expect(editionDates({ year: 2024, start: '2024-12-30', end: '2025-01-03' })).toBe('30 December 2024 – 3 January 2025');
  });

  it('falls back to the text given, then to a single day, then to the year', () => {
    expect(editionDates({ year: 2024, when: 'June 2024', start: '2024-06-01' })).toBe('June 2024');
    expect(editionDates({ year: 2022, start: '2022-09-11' })).toBe('11 September 2022');
    expect(editionDates({ year: 2012 })).toBe('2012');
  });
});

describe('exercise helpers', () => {
  it('makes ids that survive in a URL fragment', () => {
    expect(editionId({ label: 'JIMEX-24' })).toBe('edition-jimex-24');
    expect(editionId({ label: 'Dharma Guardian 2018' })).toBe('edition-dharma-guardian-2018');
  });

  it('names services as a reader writes them', () => {
    expect(serviceNames(['army'])).toBe('army');
    expect(serviceNames(['navy', 'air-force'])).toBe('navy and air force');
    expect(serviceNames(['army', 'navy', 'coast-guard'])).toBe('army, navy and coast guard');
  });

  it('writes ordinals', () => {
    expect([1, 2, 3, 4, 11, 22, 27, 28].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '22nd', '27th', '28th']);
  });

  it('lists every cited note once, alternatives included', () => {
    const editions = [
      { notes: ['a', 'b'], alternatives: [] },
      { notes: ['b'], alternatives: [{ notes: ['c', 'a'] }] },
    ];
    expect(citedNotes({ editions } as never)).toEqual(['a', 'b', 'c']);
  });
});

describe('footnote numbers', () => {
  it('numbers labels by first reference, as the rendered page does', () => {
    const tree = articleParser().parse('B.[^b] A.[^a] B again.[^b] C.[^c]\n\n[^a]: a\n[^b]: b\n[^c]: c\n');
    expect([...footnoteNumbers(tree)]).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
    ]);
  });

  it('numbers nothing when nothing is cited', () => {
    expect(footnoteNumbers(articleParser().parse('No notes.')).size).toBe(0);
  });
});
