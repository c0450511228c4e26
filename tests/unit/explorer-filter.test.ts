import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvObjects, csvRecords, pickCsvRecords } from '../../src/pure/csv-records.ts';
import { buildDataset, editionsCsv, editionRows, toCsv } from '../../src/pure/dataset.ts';
import { HOST_NOT_RECORDED, matchesFilter, MAX_PLACE_QUERY, NO_FILTER, parseExplorerQuery, readRowFacts, serialiseExplorerFilter, type ExplorerFilter, type RowFacts } from '../../src/pure/explorer-filter.ts';
import { rowFacts } from '../../src/pure/explorer-rows.ts';
import { loadExercises, loadSeries } from '../support/exercise-data.ts';

const row: RowFacts = {
  id: 'edition-malabar-2020',
  services: ['navy'],
  format: 'multilateral',
  countries: ['India', 'Japan', 'United States', 'Australia'],
  india: 'host',
  japan: 'participant',
  host: 'India',
  places: ['Bay of Bengal, off Chennai', 'Arabian Sea'],
  year: 2020,
};
const only = (filter: Partial<ExplorerFilter>): ExplorerFilter => ({ ...NO_FILTER, ...filter });

describe('the explorer’s filters in the URL', () => {
  it('read every filter from the query and write the same query back', () => {
    const query = 'service=navy&format=multilateral&country=United+States&india=host&japan=observer&host=India&place=Bay+of&from=2018&to=2021';
    const filter = parseExplorerQuery(query);
    expect(filter).toEqual({ service: 'navy', format: 'multilateral', country: 'United States', india: 'host', japan: 'observer', host: 'India', place: 'Bay of', from: 2018, to: 2021 });
    expect(serialiseExplorerFilter(filter)).toBe(query);
    expect(parseExplorerQuery(serialiseExplorerFilter(filter))).toEqual(filter);
  });

  it('write the filters in one order whatever order the query gave, and nothing for no filter', () => {
    expect(serialiseExplorerFilter(parseExplorerQuery('to=2020&service=army'))).toBe('service=army&to=2020');
    expect(serialiseExplorerFilter(NO_FILTER)).toBe('');
    expect(parseExplorerQuery('')).toEqual(NO_FILTER);
  });

  it('ignore unknown parameters and values no filter takes', () => {
    expect(parseExplorerQuery('q=JIMEX&sort=newest&utm_source=x')).toEqual(NO_FILTER);
    expect(parseExplorerQuery('service=cavalry&format=trilateral&india=commander&japan=&from=20&to=2020a')).toEqual(NO_FILTER);
    expect(parseExplorerQuery(new URLSearchParams({ from: ' 2019 ', place: '  Sasebo ' }))).toEqual(only({ from: 2019, place: 'Sasebo' }));
  });

  it('cut a place query to the longest the matching reads', () => {
    expect(parseExplorerQuery(new URLSearchParams({ place: 'x'.repeat(5000) })).place).toHaveLength(MAX_PLACE_QUERY);
  });
});

describe('a row against the filters', () => {
  it('matches with no filter set', () => {
    expect(matchesFilter(row, NO_FILTER)).toBe(true);
  });

  it.each<[string, Partial<ExplorerFilter>, Partial<ExplorerFilter>]>([
    ['service', { service: 'navy' }, { service: 'army' }],
    ['format', { format: 'multilateral' }, { format: 'bilateral' }],
    ['country', { country: 'Australia' }, { country: 'France' }],
    ['India’s role', { india: 'host' }, { india: 'participant' }],
    ['Japan’s role', { japan: 'participant' }, { japan: 'host' }],
    ['host', { host: 'India' }, { host: 'Japan' }],
    ['place, any part of any place’s name, in any case', { place: 'ARABIAN' }, { place: 'Sasebo' }],
  ])('answers the %s filter', (_, matching, failing) => {
    expect(matchesFilter(row, only(matching))).toBe(true);
    expect(matchesFilter(row, only(failing))).toBe(false);
  });

  it('matches a place query without its accents or extra spaces', () => {
    const accented = { ...row, places: ['Hawaiʻi, Pearl Harbor', 'Île Amsterdam'] };
    expect(matchesFilter(accented, only({ place: 'ile  amsterdam' }))).toBe(true);
    expect(matchesFilter(accented, only({ place: 'île' }))).toBe(true);
  });

  it('finds an edition without a recorded host under “not recorded”, and only such an edition', () => {
    expect(matchesFilter({ ...row, host: '' }, only({ host: HOST_NOT_RECORDED }))).toBe(true);
    expect(matchesFilter(row, only({ host: HOST_NOT_RECORDED }))).toBe(false);
    expect(matchesFilter({ ...row, host: '' }, only({ host: 'India' }))).toBe(false);
  });

  it('counts both ends of a year range in it', () => {
    expect(matchesFilter(row, only({ from: 2020, to: 2020 }))).toBe(true);
    expect(matchesFilter(row, only({ from: 2020 }))).toBe(true);
    expect(matchesFilter(row, only({ to: 2020 }))).toBe(true);
    expect(matchesFilter(row, only({ from: 2021 }))).toBe(false);
    expect(matchesFilter(row, only({ to: 2019 }))).toBe(false);
    expect(matchesFilter(row, only({ from: 2021, to: 2019 }))).toBe(false);
  });

  it('needs every filter set to match', () => {
    expect(matchesFilter(row, only({ service: 'navy', india: 'host', from: 2019 }))).toBe(true);
    expect(matchesFilter(row, only({ service: 'navy', india: 'host', from: 2021 }))).toBe(false);
  });
});

describe('the facts a row carries', () => {
  const series = loadExercises();

  it('read back from the row’s attribute as written, and nothing from anything else', () => {
    expect(readRowFacts(JSON.stringify(row))).toEqual(row);
    expect(readRowFacts(undefined)).toBeUndefined();
    expect(readRowFacts('{')).toBeUndefined();
    expect(readRowFacts('{"id":"x"}')).toBeUndefined();
  });

  it('name India or Japan as a participant country only in an edition it took part in', () => {
    const observed = series.flatMap((exercise) => exercise.editions.map((edition) => ({ exercise, edition }))).find(({ edition }) => edition.roles?.japan === 'observer');
    expect(observed, 'an edition Japan only observed').toBeDefined();
    if (!observed) return;
    const facts = rowFacts(observed.exercise, observed.edition);
    expect(facts.countries).not.toContain('Japan');
    expect(facts.japan).toBe('observer');
  });

  it('give every edition its own id, the edition_id of its row in editions.csv', () => {
    const dataset = buildDataset({ series: series.map((exercise, index) => ({ id: `series-${index}`, ...exercise })), version: '2.1', notesOf: () => [], generated: '2026-12-06', commit: 'abcdef0', url: 'https://example.org/data/', title: 'Test' });
    const ids = series.flatMap((exercise) => exercise.editions.map((edition) => rowFacts(exercise, edition).id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(editionRows(dataset).map((csvRow) => csvRow[2])).toEqual(ids);
  });
});

describe('CSV records', () => {
  const rows = [
    ['edition_id', 'places', 'remark'],
    ['a', 'Bay of Bengal, off Chennai', 'He said "go"'],
    ['b', 'two\r\nlines', 'India–Japan 日本'],
    ['c', '', ''],
  ];
  const csv = toCsv(rows);

  it('read fields as a CSV parser does, keeping each record’s own text', () => {
    const records = csvRecords(csv);
    expect(records.map((record) => record.fields)).toEqual(parse(csv));
    expect(records.map((record) => `${record.text}\r\n`).join('')).toBe(csv);
  });

  it('read records that end in a bare line feed, as a file saved on another system may', () => {
    expect(csvRecords('a,b\nc,d\n').map((record) => record.fields)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('pick the header and the chosen records, in the file’s order, byte for byte', () => {
    expect(pickCsvRecords(csv, 'edition_id', new Set(['c', 'a']))).toBe(toCsv([rows[0] ?? [], rows[1] ?? [], rows[3] ?? []]));
    expect(pickCsvRecords(csv, 'edition_id', new Set())).toBe(toCsv([rows[0] ?? []]));
    expect(pickCsvRecords('', 'edition_id', new Set(['a']))).toBe('');
  });

  it('give the same records as objects keyed by column name', () => {
    expect(csvObjects(csv)[1]).toEqual({ edition_id: 'b', places: 'two\r\nlines', remark: 'India–Japan 日本' });
  });

  it('read the whole editions.csv back into its rows', () => {
    const dataset = buildDataset({ series: loadSeries(), version: '2.1', notesOf: () => [], generated: '2026-12-06', commit: 'abcdef0', url: 'https://example.org/data/', title: 'Test' });
    expect(csvRecords(editionsCsv(dataset)).slice(1).map((record) => record.fields)).toEqual(editionRows(dataset));
  });
});
