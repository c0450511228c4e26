/**
 * The dataset's CSV files read back with a maintained parser (csv-parse) and held to
 * exercises.json row for row: places.csv gives every place of every edition with the JSON's
 * coordinates, edition-notes.csv every note an edition cites beside its own number and source,
 * and no cell of any CSV file reads as a formula in a spreadsheet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/built-site.ts';
import type { Dataset } from '../../src/pure/dataset.ts';
import { EDITION_NOTE_COLUMNS, PLACE_COLUMNS, readsAsFormula } from '../../src/pure/dataset-tables.ts';
import { editionId } from '../../src/pure/exercises.ts';

const text = (file: string) => readFileSync(join(DIST, 'data', file), 'utf8');
const table = (file: string) => parse(text(file), { columns: true }) as Record<string, string>[];
const dataset = JSON.parse(text('exercises.json')) as Dataset;
const editions = dataset.series.flatMap((series) => series.editions.map((edition) => ({ series, edition, id: editionId(edition) })));

describe('the dataset’s long tables', () => {
  it('gives every place of every edition once, in order, with the JSON’s coordinates as plain numbers', () => {
    const rows = table('places.csv');
    const expected = editions.flatMap(({ series, edition, id }) =>
      edition.places.map((place) => ({ edition_id: id, series: series.name, edition: edition.label, place: place.name, country: place.country ?? '', kind: place.kind, latitude: place.lat, longitude: place.lon })),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0] ?? {})).toEqual(PLACE_COLUMNS.map(([name]) => name));
    // Numbers in the cells, not text: what pandas and a spreadsheet make of them with no option.
    expect(rows.map((row) => ({ ...row, latitude: Number(row['latitude']), longitude: Number(row['longitude']) }))).toEqual(expected);
    for (const row of rows) expect(row['latitude'], row['place']).toMatch(/^-?\d+(\.\d+)?$/);
  });

  it('gives every note each edition cites, in the edition’s order, beside its number, source key and address', () => {
    const rows = table('edition-notes.csv');
    const expected = editions.flatMap(({ series, edition, id }) =>
      edition.notes.map((label) => {
        const note = dataset.notes[series.article]?.[label];
        return { edition_id: id, series: series.name, edition: edition.label, note: label, note_number: String(note?.number ?? ''), source_key: note?.key ?? '', source_url: note?.url ?? '' };
      }),
    );
    expect(Object.keys(rows[0] ?? {})).toEqual(EDITION_NOTE_COLUMNS.map(([name]) => name));
    expect(rows).toEqual(expected);
    expect(rows.every((row) => Number(row['note_number']) > 0)).toBe(true);
  });

  it('agrees with editions.csv: the same editions, and its notes and source_urls cells split into the same rows', () => {
    const byEdition = Map.groupBy(table('edition-notes.csv'), (row) => `${row['series'] ?? ''}|${row['edition_id'] ?? ''}`);
    const editionsCsv = table('editions.csv');
    expect(editionsCsv.map((row) => row['edition_id'])).toEqual(editions.map(({ id }) => id));
    for (const row of editionsCsv) {
      const notes = byEdition.get(`${row['series'] ?? ''}|${row['edition_id'] ?? ''}`) ?? [];
      expect(notes.map((note) => note['note']).join('; '), row['edition_id']).toBe(row['notes']);
      expect(notes.map((note) => note['source_url']).join('; '), row['edition_id']).toBe(row['source_urls']);
    }
  });

  it('holds no cell a spreadsheet would run as a formula, and no byte order mark', () => {
    for (const file of ['editions.csv', 'places.csv', 'edition-notes.csv']) {
      expect(text(file).charCodeAt(0), file).not.toBe(0xfeff);
      const cells = (parse(text(file)) as string[][]).flat();
      expect(cells.filter(readsAsFormula), file).toEqual([]);
    }
  });
});
