import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildDataset, editionsCsv, EDITION_COLUMNS, toCsv } from '../../src/pure/dataset.ts';
import { datasetJsonSchema } from '../../src/schemas/dataset.ts';
import { editionId } from '../../src/pure/exercises.ts';
import { loadSeries } from '../support/exercise-data.ts';

describe('CSV writing', () => {
  it('round-trips commas, quotes, line breaks and non-ASCII text through a CSV parser', () => {
    const rows = [
      ['a', 'b'],
      ['Bay of Bengal, off Chennai', 'He said "go"'],
      ['two\nlines', 'India–Japan 日本'],
      ['', 'plain'],
    ];
    const csv = toCsv(rows);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parse(csv)).toEqual(rows);
  });
});

describe('the dataset', () => {
  const series = loadSeries();
  const dataset = buildDataset({
    series,
    version: '2.1',
    notesOf: () => [{ label: 'x', number: 1, citation: { text: 'A source', url: 'https://example.org/' } }],
    generated: '2026-11-27',
    commit: '0123456789abcdef',
    url: 'https://example.org/data/',
    title: 'Test',
  });

  it('carries its release version and the day the record was checked to, and keeps every series whole with its ids', () => {
    const reviewed = series.map((exercise, index) => ({ ...exercise, reviewed: index === 1 ? '2026-01-02' : '2026-12-04' }));
    const checked = buildDataset({ series: reviewed, version: '2.1+unreleased', notesOf: () => [], generated: '2026-11-27', commit: '0123456789abcdef', url: 'https://example.org/data/', title: 'Test' });
    expect(checked.checkedTo).toBe('2026-01-02');
    expect(checked.version).toBe('2.1+unreleased');
    expect(dataset.series).toEqual(series.map((exercise) => ({ ...exercise, editions: exercise.editions.map((edition) => ({ id: editionId(edition), ...edition })) })));
    expect(dataset.series.map((exercise) => exercise.id)).toContain('jimex');
    expect(Object.keys(dataset.notes).sort()).toEqual([...new Set(series.map((exercise) => exercise.article))].sort());
  });

  it('writes a CSV row per edition, in the documented columns', () => {
    const [header, ...rows] = parse(editionsCsv(dataset)) as string[][];
    expect(header).toEqual(EDITION_COLUMNS.map(([name]) => name));
    expect(rows).toHaveLength(series.reduce((total, exercise) => total + exercise.editions.length, 0));
    expect(rows.every((row) => row.length === EDITION_COLUMNS.length)).toBe(true);
  });

  it('sets each note beside its own source address, repeats and missing addresses included', () => {
    const [first] = series;
    if (!first) throw new Error('No exercise data');
    const edition = { ...first.editions[0], notes: ['a', 'b', 'a', 'c'] } as (typeof first.editions)[number];
    const urls = { a: 'https://example.org/a', b: undefined, c: 'https://example.org/c' } as const;
    const aligned = buildDataset({
      series: [{ ...first, editions: [edition] }],
      version: '2.1',
      notesOf: () => Object.entries(urls).map(([label, url], index) => ({ label, number: index + 1, citation: { text: label, ...(url && { url }) } })),
      generated: '2026-11-27',
      commit: '0123456789abcdef',
      url: 'https://example.org/data/',
      title: 'Test',
    });
    const [header = [], row = []] = parse(editionsCsv(aligned)) as string[][];
    const column = (name: string) => row[header.indexOf(name)]?.split('; ');
    expect(column('notes')).toEqual(['a', 'b', 'a', 'c']);
    expect(column('source_urls')).toEqual(['https://example.org/a', '', 'https://example.org/a', 'https://example.org/c']);
  });

  it('publishes a JSON Schema that names itself and leaves no field open to anything', () => {
    const schema = datasetJsonSchema('https://example.org/data/exercises.schema.json');
    expect(schema['$id']).toBe('https://example.org/data/exercises.schema.json');
    expect(JSON.stringify(schema)).not.toContain('{}');
  });
});
