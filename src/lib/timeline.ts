/**
 * The layout of the editions timeline: one row per series, one column per year from the
 * first edition in the data to the latest, one mark per edition, shaped by its host.
 * Pure geometry, so the SVG component only draws and the tests count marks.
 */
import { editionDates, editionId } from './exercises.ts';
import type { Exercise } from '../schemas/exercise.ts';

export type HostKind = 'india' | 'japan' | 'other' | 'unknown';

export interface TimelineMark {
  x: number;
  y: number;
  host: HostKind;
  /** Link to the edition's row on its series' article. */
  href: string;
  /** The text alternative: label, dates, place and host. */
  text: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  years: { year: number; x: number }[];
  rows: { name: string; y: number; href: string }[];
  marks: TimelineMark[];
}

export interface TimelineOptions {
  /** Link to an article from its slug. */
  articleHref: (slug: string) => string;
  yearWidth?: number;
  rowHeight?: number;
  labelWidth?: number;
}

const AXIS_HEIGHT = 28;

export function hostKind(host: string | undefined): HostKind {
  if (host === 'India') return 'india';
  if (host === 'Japan') return 'japan';
  return host ? 'other' : 'unknown';
}

export function timelineLayout(exercises: readonly Exercise[], options: TimelineOptions): TimelineLayout {
  const { articleHref, yearWidth = 24, rowHeight = 34, labelWidth = 140 } = options;
  const allYears = exercises.flatMap((exercise) => exercise.editions.map((edition) => edition.year));
  const first = Math.min(...allYears);
  const last = Math.max(...allYears);
  const xOf = (year: number) => labelWidth + (year - first + 0.5) * yearWidth;
  const years = Array.from({ length: last - first + 1 }, (_, index) => ({ year: first + index, x: xOf(first + index) }));
  const rows = exercises.map((exercise, index) => ({ name: exercise.name, y: AXIS_HEIGHT + (index + 0.5) * rowHeight, href: articleHref(exercise.article) }));
  const marks = exercises.flatMap((exercise, index) =>
    exercise.editions.map((edition) => {
      const place = edition.places.map((spot) => spot.name).join('; ') || 'place not recorded';
      return {
        x: xOf(edition.year),
        y: rows[index]?.y ?? 0,
        host: hostKind(edition.host),
        href: `${articleHref(exercise.article)}#${editionId(edition)}`,
        text: `${edition.label}: ${editionDates(edition)}, ${place}${edition.host ? `, hosted by ${edition.host}` : ''}`,
      };
    }),
  );
  return { width: labelWidth + (last - first + 1) * yearWidth + 8, height: AXIS_HEIGHT + exercises.length * rowHeight + 4, years, rows, marks };
}
