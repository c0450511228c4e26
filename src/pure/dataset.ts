/**
 * The exercise data as an open dataset: every series and edition as the site holds them, the
 * notes they cite with each source's address, a version and a licence; and one row per
 * edition for a spreadsheet (RFC 4180 CSV; its places and notes, one per row, are in
 * dataset-tables.ts). /data/ publishes them and explains the fields.
 */
import { DATASET_LICENCE } from '../schemas/dataset.ts';
import type { Edition, Exercise } from '../schemas/exercise.ts';
import type { CorrectionEntry } from './corrections.ts';
import type { NoteCitation } from './bibliography.ts';
import type { Citation } from './citation.ts';
import { editionId, recordCheckedTo } from './exercises.ts';
import { editionRoles } from './roles.ts';
import { own } from './own.ts';

export { DATASET_LICENCE };

/** A cited note as the dataset gives it: the number readers see and its source. */
export type DatasetNote = Citation & { number: number };

/** A series as published: its stable id (its data file's stem) and each edition's (editionId()). */
export type DatasetSeries = { id: string } & Omit<Exercise, 'editions'> & { editions: ({ id: string } & Edition)[] };

export interface Dataset {
  title: string;
  /** The release the data is (content/releases/): "2.1"; "2.1+unreleased" for data changed since. */
  version: string;
  /** The day the record was last checked against the sources (the series' earliest `reviewed`). */
  checkedTo: string;
  generated: string;
  commit: string;
  licence: typeof DATASET_LICENCE;
  /** Where the dataset and its documentation live. */
  url: string;
  series: DatasetSeries[];
  /** The notes the series cite, by article, then by footnote label. */
  notes: Record<string, Record<string, DatasetNote>>;
  /** The corrections made to the record, newest first (/corrections/ shows them). */
  corrections: CorrectionEntry[];
}

export interface DatasetInput {
  /** Each series with its id, the stem of its data file. */
  series: readonly (Exercise & { id: string })[];
  /** The release version of the data (src/data/site-releases.ts). */
  version: string;
  /** The notes of an article (its id), as its page numbers them. */
  notesOf: (article: string) => readonly NoteCitation[];
  generated: string;
  commit: string;
  url: string;
  title: string;
  /** The corrections log; none when left out. */
  corrections?: readonly CorrectionEntry[];
}

export function buildDataset({ series, version, notesOf, generated, commit, url, title, corrections = [] }: DatasetInput): Dataset {
  const articles = [...new Set(series.map((exercise) => exercise.article))].sort();
  const notes = Object.fromEntries(articles.map((article) => [article, Object.fromEntries(notesOf(article).map(({ label, number, citation }) => [label, { ...citation, number }]))]));
  const checkedTo = recordCheckedTo(series) ?? generated;
  const published = series.map(({ id, editions, ...fields }) => ({ id, ...fields, editions: editions.map((edition) => ({ id: editionId(edition), ...edition })) }));
  return { title, version, checkedTo, generated, commit, licence: DATASET_LICENCE, url, series: published, notes, corrections: [...corrections] };
}

/** The CSV's columns, in order, with what each holds: the /data/ page prints these. */
export const EDITION_COLUMNS = [
  ['series', 'The series’ canonical name'],
  ['edition', 'The edition’s label'],
  ['edition_id', 'Its id: the anchor of its row on the series’ article'],
  ['number', 'Its place in the series, where a source numbers it'],
  ['year', 'The year it took place'],
  ['start', 'First day, YYYY-MM-DD, where known'],
  ['end', 'Last day, YYYY-MM-DD, where known'],
  ['when', 'The dates as the sources give them, where exact days are not known'],
  ['format', 'bilateral or multilateral: the edition’s own, else its series’ (always filled)'],
  ['host', 'The host country, as a source says; empty where none is recorded'],
  ['host_unrecorded', 'Why no host is recorded, where none is (filled exactly when host is empty)'],
  ['india_role', 'participant, host, limited, observer or absent; where the data gives no roles (a bilateral edition), host if India hosted, else participant'],
  ['japan_role', 'participant, host, limited, observer or absent; where the data gives no roles, host if Japan hosted, else participant'],
  ['role_wording', 'The sources’ words for a limited role, “India: …; Japan: …”'],
  ['status', 'planned or unconfirmed; empty for an edition reported held'],
  ['places', 'Places, separated by “; ” (their coordinates, one per cell, are in places.csv)'],
  ['services', 'The series’ services, separated by “; ”'],
  ['forces', 'Units, ships, aircraft and people named, separated by “; ”'],
  ['remark', 'What else a reader should know'],
  ['notes', 'The footnote labels in the series’ article that support the row, “; ” (one per row, with its number and source, in edition-notes.csv)'],
  ['source_urls', 'Each note’s source address, in the order of `notes` (empty where a source has none), “; ”'],
] as const;

const LIST = '; ';

/** One row per edition, in EDITION_COLUMNS order. */
export function editionRows(dataset: Pick<Dataset, 'series' | 'notes'>): string[][] {
  return dataset.series.flatMap((exercise) =>
    exercise.editions.map((edition) => {
      const roles = editionRoles(edition);
      const notes = own(dataset.notes, exercise.article) ?? {};
      // One address per note, in the notes' order, so the two columns read side by side.
      const urls = edition.notes.map((label) => own(notes, label)?.url ?? '');
      return [
        exercise.name,
        edition.label,
        editionId(edition),
        edition.number?.toString() ?? '',
        String(edition.year),
        edition.start ?? '',
        edition.end ?? '',
        edition.when ?? '',
        edition.format ?? exercise.format,
        edition.host ?? '',
        edition.hostUnrecorded ?? '',
        roles.india,
        roles.japan,
        (['india', 'japan'] as const).flatMap((country) => (edition.roleWording?.[country] ? [`${country === 'india' ? 'India' : 'Japan'}: ${edition.roleWording[country]}`] : [])).join(LIST),
        edition.status ?? '',
        edition.places.map((place) => place.name).join(LIST),
        exercise.services.join(LIST),
        [...edition.units, ...edition.ships, ...edition.aircraft, ...edition.people.map((person) => person.name)].join(LIST),
        edition.remark ?? '',
        edition.notes.join(LIST),
        urls.join(LIST),
      ];
    }),
  );
}

/** RFC 4180: CRLF between records, a field quoted when it holds a comma, quote or line break,
 * a quote inside doubled. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** The whole CSV: the header, then one row per edition. */
export function editionsCsv(dataset: Pick<Dataset, 'series' | 'notes'>): string {
  return toCsv([EDITION_COLUMNS.map(([name]) => name), ...editionRows(dataset)]);
}
