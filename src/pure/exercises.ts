/** Pure helpers over the structured exercise data, shared by every view drawn from it. */
import { SITE_LANGUAGE } from '../consts.ts';
import { ui } from '../i18n/index.ts';
import type { Lang } from '../i18n/languages.ts';
import type { Edition, Exercise } from '../schemas/exercise.ts';
import { formatDate } from './dates.ts';
import { SERVICE_CHOICES } from './facets.ts';
import { slugify } from './slug.ts';

const dayMonth = new Intl.DateTimeFormat(SITE_LANGUAGE, { day: 'numeric', month: 'long', timeZone: 'UTC' });
const dayOnly = new Intl.DateTimeFormat(SITE_LANGUAGE, { day: 'numeric', timeZone: 'UTC' });

/** "1–14 November 2018", "19 October – 2 November 2019", else the text or the year given; in
 * Japanese "2018年11月1日～14日", "2019年10月19日～11月2日" (the year given: "2018年"). */
export function editionDates(edition: Pick<Edition, 'start' | 'end' | 'when' | 'year'>, lang: Lang = 'en'): string {
  if (edition.when) return edition.when;
  if (!edition.start) return lang === 'ja' ? `${edition.year}年` : String(edition.year);
  const start = new Date(`${edition.start}T00:00:00Z`);
  if (!edition.end || edition.end === edition.start) return formatDate(start, lang);
  const end = new Date(`${edition.end}T00:00:00Z`);
  const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
  const sameMonth = sameYear && start.getUTCMonth() === end.getUTCMonth();
  if (lang === 'ja') {
    const tail = sameMonth ? `${end.getUTCDate()}日` : sameYear ? `${end.getUTCMonth() + 1}月${end.getUTCDate()}日` : formatDate(end, lang);
    return `${formatDate(start, lang)}～${tail}`;
  }
  if (sameMonth) return `${dayOnly.format(start)}–${formatDate(end)}`;
  return `${sameYear ? dayMonth.format(start) : formatDate(start)} – ${formatDate(end)}`;
}

const ordinalRules = new Intl.PluralRules('en', { type: 'ordinal' });
const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** "1st", "2nd", "28th": an edition's place in its series; in Japanese 「第28回」. */
export function ordinal(position: number, lang: Lang = 'en'): string {
  if (lang === 'ja') return `第${position}回`;
  return `${position}${ORDINAL_SUFFIX[ordinalRules.select(position)] ?? 'th'}`;
}

/** A stable id for an edition's row, so timelines and maps can link to it ("edition-jimex-24"). */
export function editionId(edition: Pick<Edition, 'label'>): string {
  return `edition-${slugify(edition.label)}`;
}

/** Every footnote label the data cites for an exercise, in the order they appear. */
export function citedNotes(exercise: Pick<Exercise, 'editions'> & Partial<Pick<Exercise, 'aliases' | 'cite'>>): string[] {
  const aliasNotes = (aliases: readonly { notes: readonly string[] }[] = []) => aliases.flatMap((alias) => alias.notes);
  const labels = [
    ...Object.values(exercise.cite ?? {}).flatMap((labels) => labels ?? []),
    ...aliasNotes(exercise.aliases),
    ...exercise.editions.flatMap((edition) => [...edition.notes, ...aliasNotes(edition.aliases), ...edition.alternatives.flatMap((alternative) => alternative.notes)]),
  ];
  return [...new Set(labels)];
}

/** The series grouped by their first service, in the site's order of services, without empty groups. */
export function groupByService<T extends { services: readonly string[] }>(exercises: readonly T[], lang: Lang = 'en'): { service: string; heading: string; exercises: T[] }[] {
  const labels = ui(lang).exercises.services;
  return SERVICE_CHOICES.map(({ value: service }) => ({ service, heading: labels[service], exercises: exercises.filter((exercise) => exercise.services[0] === service) })).filter(
    (group) => group.exercises.length > 0,
  );
}

/** The day the whole record was last checked against the sources: the earliest of the series'
 * `reviewed` days (a record is only as current as its least recently checked series). */
export function recordCheckedTo(series: readonly Pick<Exercise, 'reviewed'>[]): string | undefined {
  return series.map((exercise) => exercise.reviewed).reduce<string | undefined>((earliest, day) => (earliest === undefined || day < earliest ? day : earliest), undefined);
}

/** The id of the heading of a series' table of editions drawn inside a section of its article
 * (several may share a page): the article must not give a heading of its own that id. */
export function compactTableHeadingId(exercise: { section?: string | undefined; name: string }): string {
  return `${exercise.section ?? editionId({ label: exercise.name })}-editions`;
}
