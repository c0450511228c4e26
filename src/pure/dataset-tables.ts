/**
 * The dataset's two long tables, beside editions.csv: one row per place of an edition and one
 * row per note an edition cites. Each cell holds one value, so a spreadsheet or pandas reads
 * them with no option and nobody splits a "; "-joined cell: latitude and longitude are plain
 * decimal numbers, each note sits beside its own source.
 */
import type { Dataset } from './dataset.ts';
import { toCsv } from './dataset.ts';
import { editionId } from './exercises.ts';
import { own } from './own.ts';

type Tables = Pick<Dataset, 'series' | 'notes'>;

/** places.csv's columns, in order, with what each holds: the /data/ page prints these. */
export const PLACE_COLUMNS = [
  ['edition_id', 'The edition’s id, as in editions.csv'],
  ['series', 'The series’ canonical name'],
  ['edition', 'The edition’s label'],
  ['place', 'The place’s name, as the site shows it'],
  ['country', 'The country it is in, or whose waters it is off; empty for the open sea'],
  ['kind', 'site (a point on land: a base, a town) or sea (a stretch of sea, located at its centre)'],
  ['latitude', 'Decimal degrees, north positive, to about 0.1°'],
  ['longitude', 'Decimal degrees, east positive, to about 0.1°'],
] as const;

/** edition-notes.csv's columns, in order, with what each holds. */
export const EDITION_NOTE_COLUMNS = [
  ['edition_id', 'The edition’s id, as in editions.csv'],
  ['series', 'The series’ canonical name'],
  ['edition', 'The edition’s label'],
  ['note', 'The footnote label in the series’ article'],
  ['note_number', 'The note’s number as the article shows it'],
  ['source_key', 'The source record’s key: its item’s id in sources.json; empty for a note that cites no record'],
  ['source_url', 'The source’s address; empty where the source has none (a printed work)'],
] as const;

/** One row per place of each edition, in PLACE_COLUMNS order, editions as in editions.csv. */
export function placeRows(dataset: Pick<Dataset, 'series'>): string[][] {
  return dataset.series.flatMap((exercise) =>
    exercise.editions.flatMap((edition) =>
      edition.places.map((place) => [editionId(edition), exercise.name, edition.label, place.name, place.country ?? '', place.kind, String(place.lat), String(place.lon)]),
    ),
  );
}

/** One row per note an edition cites, in the order of its `notes` (a repeated note repeated). */
export function editionNoteRows(dataset: Tables): string[][] {
  return dataset.series.flatMap((exercise) => {
    const notes = own(dataset.notes, exercise.article) ?? {};
    return exercise.editions.flatMap((edition) =>
      edition.notes.map((label) => {
        const note = own(notes, label);
        return [editionId(edition), exercise.name, edition.label, label, note ? String(note.number) : '', note?.key ?? '', note?.url ?? ''];
      }),
    );
  });
}

/** The whole places.csv: the header, then one row per place. */
export function placesCsv(dataset: Pick<Dataset, 'series'>): string {
  return toCsv([PLACE_COLUMNS.map(([name]) => name), ...placeRows(dataset)]);
}

/** The whole edition-notes.csv: the header, then one row per note of each edition. */
export function editionNotesCsv(dataset: Tables): string {
  return toCsv([EDITION_NOTE_COLUMNS.map(([name]) => name), ...editionNoteRows(dataset)]);
}

/** Whether a text cell would be read as a formula by a spreadsheet (=, +, -, @ first, or a
 * tab or carriage return, per OWASP's CSV injection advice); a plain number is not. */
export function readsAsFormula(cell: string): boolean {
  return /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?$/.test(cell);
}
