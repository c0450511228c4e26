import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildDataset, editionsCsv } from '../../src/pure/dataset.ts';
import { EDITION_NOTE_COLUMNS, editionNotesCsv, PLACE_COLUMNS, placesCsv, readsAsFormula } from '../../src/pure/dataset-tables.ts';
import { loadExercises } from '../support/exercise-data.ts';

const [first] = loadExercises();
if (!first) throw new Error('No exercise data');
const edition = {
  ...first.editions[0],
  label: 'Test 2024',
  places: [
    { name: 'Darwin', country: 'Australia', kind: 'site', lat: -12.46, lon: 130.84 },
    { name: 'Pacific Ocean', kind: 'sea', lat: 21.3, lon: -157.9 },
  ],
  notes: ['a', 'b', 'a'],
} as (typeof first.editions)[number];
const dataset = buildDataset({
  series: [{ id: 'test', ...first, editions: [edition] }],
  version: '2.1',
  notesOf: () => [
    { label: 'a', number: 3, citation: { key: 'src-a', text: 'A', url: 'https://example.org/a' } },
    { label: 'b', number: 7, citation: { text: 'B, a printed work' } },
  ],
  generated: '2026-11-27',
  commit: '0123456789abcdef',
  url: 'https://example.org/data/',
  title: 'Test',
});

describe('the dataset’s long tables', () => {
  it('writes one row per place, latitude and longitude as plain numbers in cells of their own', () => {
    const [header, ...rows] = parse(placesCsv(dataset)) as string[][];
    expect(header).toEqual(PLACE_COLUMNS.map(([name]) => name));
    expect(rows).toEqual([
      ['edition-test-2024', first.name, 'Test 2024', 'Darwin', 'Australia', 'site', '-12.46', '130.84'],
      ['edition-test-2024', first.name, 'Test 2024', 'Pacific Ocean', '', 'sea', '21.3', '-157.9'],
    ]);
  });

  it('writes one row per note an edition cites, in its order, beside the note’s number and own source', () => {
    const [header, ...rows] = parse(editionNotesCsv(dataset)) as string[][];
    expect(header).toEqual(EDITION_NOTE_COLUMNS.map(([name]) => name));
    expect(rows.map((row) => row.slice(3))).toEqual([
      ['a', '3', 'src-a', 'https://example.org/a'],
      ['b', '7', '', ''],
      ['a', '3', 'src-a', 'https://example.org/a'],
    ]);
  });

  it('leaves no packed coordinates in editions.csv', () => {
    const [header = [], row = []] = parse(editionsCsv(dataset)) as string[][];
    expect(header).not.toContain('coordinates');
    expect(row.some((cell) => cell.includes('130.84'))).toBe(false);
  });

  it('tells a cell a spreadsheet would run as a formula from a plain number', () => {
    for (const cell of ['=1+1', '+cmd', '-12.46,130.84', '@SUM(A1)', '\t=x']) expect(readsAsFormula(cell), cell).toBe(true);
    for (const cell of ['-12.46', '130', '+3', '2024-06-01', 'India–Japan', '']) expect(readsAsFormula(cell), cell).toBe(false);
  });
});
