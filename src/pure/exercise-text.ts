/**
 * The words the exercise components print about a series or an edition: lists of forces and
 * places, the span of years, the date a page sorts by. Computed here so the infobox, the
 * series table and the editions table only draw.
 */
import { ui } from '../i18n/index.ts';
import type { Lang } from '../i18n/languages.ts';
import type { Edition, Exercise } from '../schemas/exercise.ts';
import type { Service } from '../schemas/services.ts';
import type { OtherName } from '../schemas/other-name.ts';
import { editionDates, editionId } from './exercises.ts';
import { editionRoles, roleWords, statusWords, takesPart } from './roles.ts';

/** "JMSDF, Indian Navy": the participants by their short names (`short`) or in full. */
export function participantsText(exercise: Pick<Exercise, 'participants'>, form: 'short' | 'full'): string {
  return exercise.participants.map((participant) => (form === 'short' ? (participant.short ?? participant.force) : participant.force)).join(', ');
}

/** Units, ships, aircraft and people named for an edition, in that order, each with its
 * language where it is not English (a Japanese officer's name in Japanese). */
export function forceNames(edition: Pick<Edition, 'units' | 'ships' | 'aircraft' | 'people'>): { name: string; lang?: string | undefined }[] {
  return [...[...edition.units, ...edition.ships, ...edition.aircraft].map((name) => ({ name })), ...edition.people.map(({ name, lang }) => ({ name, lang }))];
}

/** An edition's places, semicolon-separated: a place's name may itself hold a comma. */
export function placesText(edition: Pick<Edition, 'places'>): string {
  return edition.places.map((place) => place.name).join('; ');
}

/** Each venue once, with the years of the editions held there, in the order first used, each
 * year with the id of its edition's row (where its notes are): "Yokosuka (2015, 2017);
 * Sasebo (2016)". An infobox's list a reader can check a year against. */
export function venuesWithYears(exercise: Pick<Exercise, 'editions'>): { name: string; years: { year: number; id: string }[] }[] {
  const venues = new Map<string, { year: number; id: string }[]>();
  for (const edition of exercise.editions) {
    for (const { name } of edition.places) {
      const years = venues.get(name) ?? [];
      if (!years.some(({ year }) => year === edition.year)) years.push({ year: edition.year, id: editionId(edition) });
      venues.set(name, years);
    }
  }
  return [...venues].map(([name, years]) => ({ name, years }));
}

/** "2018–2026", or "2024" for a series held in one year. */
export function yearSpan(exercise: Pick<Exercise, 'editions'>): string {
  const years = [...new Set(exercise.editions.map((edition) => edition.year))];
  return years.length > 1 ? `${years[0]}–${years.at(-1)}` : `${years[0] ?? ''}`;
}

/** The date an exercise's page sorts by: its latest edition's end, else its start, else the
 * last day of its year. */
export function latestDate(exercise: Pick<Exercise, 'editions'>): string {
  const latest = exercise.editions.at(-1);
  return latest?.end ?? latest?.start ?? (latest ? `${latest.year}-12-31` : '');
}

/** Why no edition of a series was joint, where none was: "Japan: observer only" when one
 * country held the same role throughout, "planned" when every edition is only planned or
 * unconfirmed, else a pointer to the article. */
export function whyNoneJoint(exercise: Pick<Exercise, 'editions'>, lang: Lang = 'en'): string {
  const t = ui(lang).exercises;
  const roles = exercise.editions.map(editionRoles);
  for (const country of ['japan', 'india'] as const) {
    const role = roles[0]?.[country];
    if (role && !takesPart(role) && roles.every((each) => each[country] === role)) return t.countryRole(t.countries[country], roleWords(role, undefined, lang));
  }
  const status = exercise.editions[0]?.status;
  if (status && exercise.editions.every((edition) => edition.status === status)) return statusWords(status, lang);
  return t.seeArticle;
}

/** "Kakadu 2026 (2026; planned, not yet reported held)": an edition's label with its dates and
 * any status, for the "latest edition" of tables and infoboxes. */
export function editionWithDates(edition: Pick<Edition, 'label' | 'start' | 'end' | 'when' | 'year' | 'status'>, lang: Lang = 'en'): string {
  return ui(lang).exercises.withDates(edition.label, editionDates(edition, lang), edition.status && statusWords(edition.status, lang));
}

/** A series' services in words, at the start of a line: "Navy and air force", 「海軍・空軍」. */
export function servicesText(services: readonly Service[], lang: Lang = 'en'): string {
  const t = ui(lang).exercises;
  return t.serviceList(services.map((service) => t.services[service]));
}

/** A name reduced to what tells it apart: case, punctuation, an "Ex"/"Exercise" prefix and
 * the century of a year ignored ("Ex-Malabar 2007" and "malabar-07" are one name). */
function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(ex|exercise)\b[\s.-]*/, '')
    .replace(/(?<!\d)(19|20)(\d{2})(?!\d)/g, '$2')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The other names of an edition worth showing a reader: a name in another language or
 * script, a different name, or one that needs explaining, each once. Spellings of the label
 * or of a name already shown ("Malabar-22", "Ex Malabar 2022") are left to search, which
 * knows them all. */
export function namesToShow(edition: Pick<Edition, 'label' | 'aliases'>): Edition['aliases'] {
  const seen = new Set([nameKey(edition.label)]);
  return edition.aliases.filter((alias) => {
    const key = nameKey(alias.name);
    if (alias.explain === undefined && seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A series' other names for readers: its full name, then its aliases, each once, ignoring case. */
export function seriesOtherNames(exercise: Pick<Exercise, 'name' | 'fullName' | 'aliases'>): OtherName[] {
  const names: OtherName[] = [...(exercise.fullName ? [{ name: exercise.fullName, notes: [] }] : []), ...exercise.aliases];
  const seen = new Set([exercise.name.toLowerCase()]);
  return names.filter(({ name }) => !seen.has(name.toLowerCase()) && Boolean(seen.add(name.toLowerCase())));
}
