/**
 * The closed vocabulary that typo suggestions are drawn from: every name of every series
 * and edition, and the places, ships, aircraft, units and people in the data.
 */
import type { Exercise } from '../schemas/exercise.ts';
import { editionNames, seriesNames } from './search-aliases.ts';

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
