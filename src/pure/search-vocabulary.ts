/**
 * The closed vocabulary that typo suggestions are drawn from: every name of every series
 * and edition, and the places, ships, aircraft, units and people in the data; and where
 * each name of a series or edition leads, so a search for it lands on it.
 */
import type { Edition, Exercise } from '../schemas/exercise.ts';
import { editionNames, seriesNames } from './search-aliases.ts';
import { normalise } from './suggest.ts';

/** "4 Su-30MKI" and "the ships' helicopters" name a Su-30MKI and nothing: counts and articles go. */
function bareName(text: string): string {
  return text.replace(/^\d+\s+/, '').replace(/^(an?|the)\s+/i, '').trim();
}

export function searchVocabulary(exercises: readonly Exercise[]): string[] {
  const terms = exercises.flatMap((exercise) => [
    ...seriesNames(exercise),
    ...exercise.editions.flatMap((edition) => [
      ...editionNames(edition, seriesNames(exercise)),
      ...edition.places.flatMap((place) => place.name.split(/,\s*|\s+\(/).map((part) => part.replace(/\)$/, ''))),
      ...[...edition.ships, ...edition.aircraft, ...edition.units].map(bareName),
    ]),
  ]);
  const seen = new Set<string>();
  return terms.filter((term) => {
    const key = term.toLowerCase();
    if (term.length < 3 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Where a search for a series' or an edition's name leads: the series' article or section,
 * or the edition's row, keyed by the name as queries are compared (normalised); and the
 * title of each place (the series' name, the edition's label), for a result that shows it.
 * A name two things share (none should: tests/unit/exercise-data.test.ts) keeps the first. */
export function searchTargets(
  exercises: readonly Exercise[],
  href: { series: (exercise: Exercise) => string; edition: (exercise: Exercise, edition: Edition) => string },
): { targets: Record<string, string>; titles: Record<string, string> } {
  const targets: Record<string, string> = {};
  const titles: Record<string, string> = {};
  const add = (name: string, url: string, title: string) => {
    targets[normalise(name)] ??= url;
    titles[url] ??= title;
  };
  for (const exercise of exercises) {
    for (const name of seriesNames(exercise)) add(name, href.series(exercise), exercise.name);
    for (const edition of exercise.editions) {
      for (const name of editionNames({ ...edition, people: [] }, seriesNames(exercise))) add(name, href.edition(exercise, edition), edition.label);
    }
  }
  return { targets, titles };
}
