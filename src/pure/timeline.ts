/**
 * The layout of the editions timeline: one row per series, one column per year from the
 * first edition in the data to the latest, one mark per edition, shaped by its host.
 * Editions of one series in the same year stack in their year's column, so every mark
 * keeps a target of its own; an edition in which India or Japan did not take part (an
 * observer, or absent) is marked as such. Long stretches without any edition collapse to
 * one column, so the chart stays narrow enough for a phone. Pure geometry, so the SVG component only draws
 * and the tests count marks.
 */
import { editionDates, editionId } from './exercises.ts';
import { editionCaveat, isJoint } from './roles.ts';
import { ui } from '../i18n/index.ts';
import type { Lang } from '../i18n/languages.ts';
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
  /** Where the chart begins: the names column to its left stays put while the chart scrolls. */
  labelWidth: number;
  height: number;
  /** The axis's columns: one per year, or, for a stretch of three or more years without an
   * edition (Malabar 1992, then nothing until 2007), one narrow column for the whole gap.
   * `labelled`: whether the year is printed above its column (see yearLabels). */
  years: { year: number; x: number; gapTo?: number; labelled: boolean }[];
  /** One per series: its name in one or two lines (a phone has little room for the names). */
  rows: { name: string; lines: string[]; y: number; href: string }[];
  marks: TimelineMark[];
  /** The left edge of the column of this chart's first edition: on a page of timelines that
   * share one axis, where a chart whose series begin later opens (Timeline.astro). */
  firstEditionLeft: number;
}

/** A column of the axis: a year, or a folded stretch of years from `year` to `gapTo`. */
export interface AxisColumn {
  year: number;
  x: number;
  gapTo?: number;
}

export interface TimelineOptions {
  /** Link to an article from its slug. */
  articleHref: (slug: string) => string;
  yearWidth?: number;
  rowHeight?: number;
  labelWidth?: number;
  /** The years with an edition, when several timelines share one axis; else the data's own. */
  activeYears?: readonly number[];
  /** The language of the marks' words. */
  lang?: Lang;
}

const AXIS_HEIGHT = 28;
/** Vertical distance between stacked marks: their 22 px targets stay apart. */
const STACK_STEP = 24;

/** The shape of a host's mark: shape as well as colour says who hosted, so the chart reads
 * in print and without colour. An unknown host is a hollow circle (timeline-marks.css). */
export function hostShape(host: HostKind): 'circle' | 'square' | 'diamond' {
  if (host === 'japan') return 'square';
  return host === 'other' ? 'diamond' : 'circle';
}

export function hostKind(host: string | undefined): HostKind {
  if (host === 'India') return 'india';
  if (host === 'Japan') return 'japan';
  return host ? 'other' : 'unknown';
}

/** A name in at most two lines, broken at the space that makes the longer line shortest. */
export function nameLines(name: string): string[] {
  const words = name.split(' ');
  let best = [name];
  for (let index = 1; index < words.length; index++) {
    const lines = [words.slice(0, index).join(' '), words.slice(index).join(' ')];
    if (Math.max(...lines.map((line) => line.length)) < Math.max(...best.map((line) => line.length))) best = lines;
  }
  return best.length === 2 && name.length <= 14 ? [name] : best;
}

/** Room for the longest line of any series name in the chart's 12 px bold type (about 7.6 px a character). */
export function labelWidthFor(exercises: readonly Pick<Exercise, 'name'>[]): number {
  return Math.max(100, ...exercises.flatMap((exercise) => nameLines(exercise.name).map((line) => Math.ceil(line.length * 7.6) + 10)));
}

export function timelineLayout(exercises: readonly Exercise[], options: TimelineOptions): TimelineLayout {
  const { articleHref, yearWidth = 24, rowHeight = 34, labelWidth = labelWidthFor(exercises), lang = 'en' } = options;
  const t = ui(lang).exercises;
  const active = new Set(options.activeYears ?? exercises.flatMap((exercise) => exercise.editions.map((edition) => edition.year)));
  const years = yearLabels(axisColumns(active, labelWidth, yearWidth));
  const xByYear = new Map(years.map((column) => [column.year, column.x]));
  const xOf = (year: number) => xByYear.get(year) ?? labelWidth;
  const rows: TimelineLayout['rows'] = [];
  const marks: TimelineMark[] = [];
  let top = AXIS_HEIGHT;
  for (const exercise of exercises) {
    const perYear = new Map<number, number>();
    for (const edition of exercise.editions) perYear.set(edition.year, (perYear.get(edition.year) ?? 0) + 1);
    const stack = Math.max(1, ...perYear.values());
    const height = Math.max(rowHeight, stack * STACK_STEP + 10);
    const y = top + height / 2;
    rows.push({ name: exercise.name, lines: nameLines(exercise.name), y, href: `${articleHref(exercise.article)}${exercise.section ? `#${exercise.section}` : ''}` });
    const placed = new Map<number, number>();
    for (const edition of exercise.editions) {
      const count = perYear.get(edition.year) ?? 1;
      const index = placed.get(edition.year) ?? 0;
      placed.set(edition.year, index + 1);
      const place = edition.places.map((spot) => spot.name).join('; ') || t.noPlace;
      const caveat = editionCaveat(edition, lang);
      const joint = isJoint(edition);
      marks.push({
        x: xOf(edition.year),
        y: y + (index - (count - 1) / 2) * STACK_STEP,
        host: hostKind(edition.host),
        joint,
        href: `${articleHref(exercise.article)}#${editionId(edition)}`,
        text: t.markText(edition.label, editionDates(edition, lang), place, edition.host ? t.hostedBy(edition.host) : '', caveat ? t.aside(caveat) : ''),
      });
    }
    top += height;
  }
  const firstEditionLeft = marks.length > 0 ? Math.min(...marks.map((mark) => mark.x)) - yearWidth / 2 : labelWidth;
  return { width: labelWidth + years.length * yearWidth + 8, labelWidth, height: top + 4, years, rows, marks, firstEditionLeft };
}

/** What a timeline's key explains: the hosts its marks show, in the key's order, and whether
 * any mark is dashed. A key lists only the marks its chart uses. */
export function timelineKey(exercises: readonly Exercise[]): { hosts: HostKind[]; observed: boolean } {
  const editions = exercises.flatMap((exercise) => exercise.editions);
  const used = new Set(editions.map((edition) => hostKind(edition.host)));
  const order: HostKind[] = ['india', 'japan', 'other', 'unknown'];
  return { hosts: order.filter((host) => used.has(host)), observed: editions.some((edition) => !isJoint(edition)) };
}

/** Room a printed year takes in the chart's 12 px type, with a little space either side: four
 * digits measure about 27 px in the system fonts the site uses; the extra keeps two labels
 * from touching when a font runs wider. */
export const YEAR_LABEL_WIDTH = 34;
/** Room the "…" of a folded gap takes, likewise. */
export const GAP_LABEL_WIDTH = 14;

/** Which years are printed, so that no two labels overlap on any screen (the chart is drawn at
 * one scale): the folded gaps' "…" always; then, in order of use to a reader, the first year,
 * the first after each gap (where the years resume), every fifth year, and the last, each
 * only where it clears every label already placed. A label on every column would overlap:
 * columns are 24 px apart, a year is wider. */
export function yearLabels(columns: readonly AxisColumn[]): TimelineLayout['years'] {
  const placed: { left: number; right: number }[] = columns
    .filter((column) => column.gapTo !== undefined)
    .map((column) => ({ left: column.x - GAP_LABEL_WIDTH / 2, right: column.x + GAP_LABEL_WIDTH / 2 }));
  const labelled = new Set<number>();
  const afterGap = (index: number) => index > 0 && columns[index - 1]?.gapTo !== undefined;
  const tiers: ((column: AxisColumn, index: number) => boolean)[] = [
    (_, index) => index === 0,
    (_, index) => afterGap(index),
    (column) => column.year % 5 === 0,
    (_, index) => index === columns.length - 1,
  ];
  for (const inTier of tiers) {
    columns.forEach((column, index) => {
      if (column.gapTo !== undefined || labelled.has(index) || !inTier(column, index)) return;
      const box = { left: column.x - YEAR_LABEL_WIDTH / 2, right: column.x + YEAR_LABEL_WIDTH / 2 };
      if (placed.some((other) => box.left < other.right && other.left < box.right)) return;
      placed.push(box);
      labelled.add(index);
    });
  }
  return columns.map((column, index) => ({ ...column, labelled: labelled.has(index) }));
}

/** A column per year from the first active year to the last, a stretch of three or more
 * inactive years folded into one. */
export function axisColumns(active: ReadonlySet<number>, labelWidth: number, yearWidth: number): AxisColumn[] {
  const first = Math.min(...active);
  const last = Math.max(...active);
  const columns: AxisColumn[] = [];
  const next = () => labelWidth + (columns.length + 0.5) * yearWidth;
  for (let year = first; year <= last; year++) {
    let end = year;
    while (!active.has(year) && end + 1 <= last && !active.has(end + 1)) end++;
    if (end - year >= 2) {
      columns.push({ year, x: next(), gapTo: end });
      year = end;
    } else {
      columns.push({ year, x: next() });
    }
  }
  return columns;
}
