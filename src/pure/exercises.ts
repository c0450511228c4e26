/** Pure helpers over the structured exercise data, shared by every view drawn from it. */
import type { Edition, Exercise } from '../schemas/exercise.ts';
import { formatDate } from './dates.ts';
import { slugify } from './slug.ts';

const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const dayOnly = new Intl.DateTimeFormat('en-GB', { day: 'numeric', timeZone: 'UTC' });

/** "1–14 November 2018", "19 October – 2 November 2019", else the text or the year given. */
export function editionDates(edition: Pick<Edition, 'start' | 'end' | 'when' | 'year'>): string {
  if (edition.when) return edition.when;
  if (!edition.start) return String(edition.year);
  const start = new Date(`${edition.start}T00:00:00Z`);
  if (!edition.end || edition.end === edition.start) return formatDate(start);
  const end = new Date(`${edition.end}T00:00:00Z`);
  const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
  const sameMonth = sameYear && start.getUTCMonth() === end.getUTCMonth();
  if (sameMonth) return `${dayOnly.format(start)}–${formatDate(end)}`;
  return `${sameYear ? dayMonth.format(start) : formatDate(start)} – ${formatDate(end)}`;
}

const ordinalRules = new Intl.PluralRules('en', { type: 'ordinal' });
const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** "1st", "2nd", "28th": an edition's place in its series. */
export function ordinal(position: number): string {
  return `${position}${ORDINAL_SUFFIX[ordinalRules.select(position)] ?? 'th'}`;
}

/** A stable id for an edition's row, so timelines and maps can link to it ("edition-jimex-24"). */
export function editionId(edition: Pick<Edition, 'label'>): string {
  return `edition-${slugify(edition.label)}`;
}

/** "army", "air force", "navy and coast guard": services as a reader writes them. */
export function serviceNames(services: readonly string[]): string {
  const names = services.map((service) => service.replace('-', ' '));
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** Every footnote label the data cites for an exercise, in the order they appear. */
export function citedNotes(exercise: Pick<Exercise, 'editions'>): string[] {
  const labels = exercise.editions.flatMap((edition) => [...edition.notes, ...edition.alternatives.flatMap((alternative) => alternative.notes)]);
  return [...new Set(labels)];
}

/** The services in the order the site lists them, with the words for a heading. */
export const SERVICE_GROUPS = [
  { service: 'army', heading: 'Army' },
  { service: 'navy', heading: 'Navy' },
  { service: 'air-force', heading: 'Air force' },
  { service: 'coast-guard', heading: 'Coast guard' },
] as const;

/** The series grouped by their first service, in SERVICE_GROUPS order, without empty groups. */
export function groupByService<T extends { services: readonly string[] }>(exercises: readonly T[]): { service: string; heading: string; exercises: T[] }[] {
  return SERVICE_GROUPS.map(({ service, heading }) => ({ service, heading, exercises: exercises.filter((exercise) => exercise.services[0] === service) })).filter(
    (group) => group.exercises.length > 0,
  );
}

/** The search filters a page about `exercise` carries, one "key:value" each (Pagefind reads
 * one per element): its services, its format and the years of its editions. */
export function searchFilters(exercise: Pick<Exercise, 'services' | 'format' | 'editions'>): string[] {
  const years = [...new Set(exercise.editions.map((edition) => edition.year))];
  return [...exercise.services.map((service) => `service:${service}`), `format:${exercise.format}`, ...years.map((year) => `year:${year}`)];
}
