/**
 * The layout of the editions timeline: one row per series, one column per year from the
 * first edition in the data to the latest, one mark per edition, shaped by its host.
 * Editions of one series in the same year stack in their year's column, so every mark
 * keeps a target of its own; an edition in which India or Japan did not take part (an
 * observer, or absent) is marked as such. Pure geometry, so the SVG component only draws
 * and the tests count marks.
 */
import { editionDates, editionId } from './exercises.ts';
import { editionRoles, isJoint, rolesText } from './roles.ts';
import type { Exercise } from '../schemas/exercise.ts';

export type HostKind = 'india' | 'japan' | 'other' | 'unknown';

export interface TimelineMark {
  x: number;
  y: number;
  host: HostKind;
  /** Whether both India's and Japan's forces took part (not an observer or absent). */
  joint: boolean;
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
  /** The years the axis spans, when several timelines share one axis; else the data's own. */
  range?: { first: number; last: number };
}

const AXIS_HEIGHT = 28;
/** Vertical distance between stacked marks: their 22 px targets stay apart. */
const STACK_STEP = 24;

export function hostKind(host: string | undefined): HostKind {
  if (host === 'India') return 'india';
  if (host === 'Japan') return 'japan';
  return host ? 'other' : 'unknown';
}

/** Room for the longest series name at the chart's 12 px type (about 7 px a character). */
export function labelWidthFor(exercises: readonly Pick<Exercise, 'name'>[]): number {
  return Math.max(140, ...exercises.map((exercise) => Math.ceil(exercise.name.length * 7) + 12));
}

export function timelineLayout(exercises: readonly Exercise[], options: TimelineOptions): TimelineLayout {
  const { articleHref, yearWidth = 24, rowHeight = 34, labelWidth = labelWidthFor(exercises) } = options;
  const allYears = exercises.flatMap((exercise) => exercise.editions.map((edition) => edition.year));
  const first = options.range?.first ?? Math.min(...allYears);
  const last = options.range?.last ?? Math.max(...allYears);
  const xOf = (year: number) => labelWidth + (year - first + 0.5) * yearWidth;
  const years = Array.from({ length: last - first + 1 }, (_, index) => ({ year: first + index, x: xOf(first + index) }));
  const rows: TimelineLayout['rows'] = [];
  const marks: TimelineMark[] = [];
  let top = AXIS_HEIGHT;
  for (const exercise of exercises) {
    const perYear = new Map<number, number>();
    for (const edition of exercise.editions) perYear.set(edition.year, (perYear.get(edition.year) ?? 0) + 1);
    const stack = Math.max(1, ...perYear.values());
    const height = Math.max(rowHeight, stack * STACK_STEP + 10);
    const y = top + height / 2;
    rows.push({ name: exercise.name, y, href: `${articleHref(exercise.article)}${exercise.section ? `#${exercise.section}` : ''}` });
    const placed = new Map<number, number>();
    for (const edition of exercise.editions) {
      const count = perYear.get(edition.year) ?? 1;
      const index = placed.get(edition.year) ?? 0;
      placed.set(edition.year, index + 1);
      const place = edition.places.map((spot) => spot.name).join('; ') || 'place not recorded';
      const joint = isJoint(edition);
      marks.push({
        x: xOf(edition.year),
        y: y + (index - (count - 1) / 2) * STACK_STEP,
        host: hostKind(edition.host),
        joint,
        href: `${articleHref(exercise.article)}#${editionId(edition)}`,
        text: `${edition.label}: ${editionDates(edition)}, ${place}${edition.host ? `, hosted by ${edition.host}` : ''}${joint ? '' : ` (${rolesText(editionRoles(edition))})`}`,
      });
    }
    top += height;
  }
  return { width: labelWidth + (last - first + 1) * yearWidth + 8, height: top + 4, years, rows, marks };
}
