import { describe, expect, it } from 'vitest';
import { articleParser } from '../../src/content-lint/processor.ts';
import { citedNotes, editionDates, editionId, groupByService, ordinal, recordCheckedTo } from '../../src/pure/exercises.ts';
import { editionWithDates, forceNames, latestDate, namesToShow, seriesOtherNames, participantsText, placesText, venuesWithYears, whyNoneJoint, yearSpan } from '../../src/pure/exercise-text.ts';
import { searchFilters, serviceNames } from '../../src/pure/facets.ts';
import { roleWords } from '../../src/pure/roles.ts';
import type { Edition } from '../../src/schemas/exercise.ts';
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
    expect([1, 2, 3, 4, 11, 22, 27, 28].map((position) => ordinal(position))).toEqual(['1st', '2nd', '3rd', '4th', '11th', '22nd', '27th', '28th']);
    expect(ordinal(28, 'ja')).toBe('第28回');
  });

  it('lists every cited note once, alternatives included', () => {
    const editions = [
      { notes: ['a', 'b'], alternatives: [] },
      { notes: ['b'], alternatives: [{ notes: ['c', 'a'] }] },
    ];
    expect(citedNotes({ editions } as never)).toEqual(['a', 'b', 'c']);
  });

  it('lists the notes of the series’ own facts and of explained names too', () => {
    const named = (notes: string[]) => [{ name: 'X', explain: 'why', notes }];
    const editions = [{ notes: ['a'], aliases: named(['e']), alternatives: [] }];
    expect(citedNotes({ editions, aliases: named(['s']), cite: { format: ['f'], participants: ['a', 'p'] } } as never)).toEqual(['f', 'a', 'p', 's', 'e']);
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

describe('exercise text', () => {
  const edition = (year: number, more: Partial<Edition> = {}): Edition =>
    ({ label: `E-${year}`, year, notes: ['n'], alternatives: [], places: [], units: [], ships: [], aircraft: [], people: [], aliases: [], ...more }) as Edition;
  const series = { participants: [{ country: 'India', force: 'Indian Navy', short: 'IN' }, { country: 'Japan', force: 'Japan Maritime Self-Defense Force' }], editions: [edition(2018), edition(2020, { end: '2020-09-28' })] };

  it('lists participants short or in full, and an edition\'s forces and places', () => {
    expect(participantsText(series, 'short')).toBe('IN, Japan Maritime Self-Defense Force');
    expect(participantsText(series, 'full')).toBe('Indian Navy, Japan Maritime Self-Defense Force');
    expect(forceNames(edition(2024, { units: ['4th Battalion'], ships: ['INS Sahyadri'], people: [{ name: 'Adm. A' }, { name: '池内出', lang: 'ja' }] as Edition['people'] }))).toEqual([
      { name: '4th Battalion' },
      { name: 'INS Sahyadri' },
      { name: 'Adm. A', lang: undefined },
      { name: '池内出', lang: 'ja' },
    ]);
    const places = [{ name: 'Off Visakhapatnam, Bay of Bengal' }, { name: 'Yokosuka' }] as Edition['places'];
    expect(placesText(edition(2024, { places }))).toBe('Off Visakhapatnam, Bay of Bengal; Yokosuka');
    const twice = [edition(2023, { places }), edition(2024, { places: places.slice(1) }), edition(2024, { places: places.slice(1) })];
    expect(venuesWithYears({ editions: twice })).toEqual([
      { name: 'Off Visakhapatnam, Bay of Bengal', years: [{ year: 2023, id: editionId({ label: 'E-2023' }) }] },
      { name: 'Yokosuka', years: [{ year: 2023, id: editionId({ label: 'E-2023' }) }, { year: 2024, id: editionId({ label: 'E-2024' }) }] },
    ]);
  });

  it('shows the other names that differ from the label, each once; mere spellings are left to search', () => {
    const names = (...list: (string | { name: string; lang?: string; explain?: string })[]) => list.map((each) => (typeof each === 'string' ? { name: each, notes: [] } : { notes: ['n'], ...each }));
    const shown = namesToShow(edition(2025, { label: 'JAIMEX-25', aliases: names('JAIMEX 2025', 'Ex JAIMEX 25', 'JIMEX-25', 'JIMEX 2025', { name: 'ジャイメックス25', lang: 'ja' }) }));
    expect(shown.map(({ name }) => name)).toEqual(['JIMEX-25', 'ジャイメックス25']);
    // A name that needs explaining is shown even when it looks like a spelling of another.
    const fiscal = namesToShow(edition(2024, { label: 'Guardian 2024', aliases: names('Guardian 24', { name: 'Guardian 23', explain: 'the fiscal-year name' }, 'Guardian-23') }));
    expect(fiscal.map(({ name }) => name)).toEqual(['Guardian 23']);
  });

  it('gives a series its full name and aliases once each, ignoring case, its own name left out', () => {
    const aliases = [{ name: 'jimex', notes: [] }, { name: 'JAIMEX', notes: [] }, { name: 'japan-india maritime exercise', notes: [] }, { name: 'ジャイメックス', lang: 'ja', notes: [] }];
    expect(seriesOtherNames({ name: 'JIMEX', fullName: 'Japan-India Maritime Exercise', aliases })).toEqual([{ name: 'Japan-India Maritime Exercise', notes: [] }, aliases[1], aliases[3]]);
  });

  it('spans the years, and sorts a page by its latest edition', () => {
    expect(yearSpan(series)).toBe('2018–2020');
    expect(yearSpan({ editions: [edition(2024)] })).toBe('2024');
    expect(latestDate(series)).toBe('2020-09-28');
    expect(latestDate({ editions: [edition(2019, { start: '2019-10-19' })] })).toBe('2019-10-19');
    expect(latestDate({ editions: [edition(2012)] })).toBe('2012-12-31');
  });

  it('says why no edition was joint only when one country held one role throughout, or none was held', () => {
    const indiaWatched = edition(2025, { roles: { india: 'observer', japan: 'participant' } } as Partial<Edition>);
    expect(whyNoneJoint({ editions: [indiaWatched] })).toBe('India: observer only');
    expect(whyNoneJoint({ editions: [edition(2026, { status: 'planned' } as Partial<Edition>)] })).toBe('planned, not yet reported held');
    expect(editionWithDates(edition(2026, { label: 'Kakadu 2026', status: 'planned' } as Partial<Edition>))).toBe('Kakadu 2026 (2026; planned, not yet reported held)');
    expect(recordCheckedTo([{ reviewed: '2026-12-04' }, { reviewed: '2026-11-27' }])).toBe('2026-11-27');
    expect(recordCheckedTo([])).toBeUndefined();
    const observed = (year: number) => edition(year, { roles: { india: 'participant', japan: 'observer' } } as Partial<Edition>);
    expect(whyNoneJoint({ editions: [observed(2020), observed(2022)] })).toBe(`Japan: ${roleWords('observer')}`);
    const absent = edition(2023, { roles: { india: 'participant', japan: 'absent' } } as Partial<Edition>);
    expect(whyNoneJoint({ editions: [observed(2020), absent] })).toBe('see the article');
  });
});

describe('facets and groups', () => {
  it('marks an exercise page with a filter per service, its format and each year', () => {
    const editions = [{ year: 2018 }, { year: 2018 }, { year: 2020 }];
    expect(searchFilters({ services: ['army', 'air-force'], format: 'bilateral', editions })).toEqual(['service:army', 'service:air-force', 'format:bilateral', 'year:2018', 'year:2020']);
  });

  it('groups series by their first service, in the site\'s order, without empty groups', () => {
    const groups = groupByService([{ id: 'dg', services: ['navy'] as const }, { id: 'sm', services: ['air-force', 'army'] as const }, { id: 'jx', services: ['navy'] as const }]);
    expect(groups.map((group) => [group.heading, group.exercises.map((exercise) => exercise.id)])).toEqual([
      ['Navy', ['dg', 'jx']],
      ['Air force', ['sm']],
    ]);
  });
});

describe('edge cases of the exercise text', () => {
  it('has nothing to say of a series with no editions or services', () => {
    expect(yearSpan({ editions: [] })).toBe('');
    expect(latestDate({ editions: [] })).toBe('');
    expect(serviceNames([])).toBe('');
  });
});
