/**
 * The rows of the editions explorer (/exercises/explorer/), for the page that draws them:
 * the facts each row carries for the filters (explorer-filter.ts). Kept apart from the filters
 * so the browser script, which only reads facts, does not load the date formatting and slugs.
 */
import type { Edition, Exercise } from '../schemas/exercise.ts';
import type { RowFacts } from './explorer-filter.ts';
import { editionId } from './exercises.ts';
import { editionRoles, takesPart } from './roles.ts';

/** The facts of `edition` of `exercise` for its row. */
export function rowFacts(exercise: Pick<Exercise, 'services' | 'format' | 'participants'>, edition: Edition): RowFacts {
  const roles = editionRoles(edition);
  const tookPart = new Map([
    ['India', takesPart(roles.india)],
    ['Japan', takesPart(roles.japan)],
  ]);
  const countries = [...new Set(exercise.participants.map(({ country }) => country))].filter((country) => tookPart.get(country) ?? true);
  return {
    id: editionId(edition),
    services: [...exercise.services],
    format: edition.format ?? exercise.format,
    countries,
    india: roles.india,
    japan: roles.japan,
    host: edition.host ?? '',
    places: edition.places.map((place) => place.name),
    year: edition.year,
  };
}

