import type { APIRoute } from 'astro';
import { editionId } from '../pure/exercises.ts';
import { articlePath, seriesPath } from '../pure/paths.ts';
import { searchTargets, searchVocabulary } from '../pure/search-vocabulary.ts';
import { getExercises } from '../data/site-exercises.ts';

/** What the search needs besides Pagefind's index: the names it suggests from when a query
 * finds nothing ("Did you mean …?"), and where each exercise's and edition's name leads. */
export const GET: APIRoute = async () => {
  const exercises = (await getExercises()).map((exercise) => exercise.data);
  const { targets, titles } = searchTargets(exercises, { series: seriesPath, edition: (exercise, edition) => `${articlePath(exercise.article)}#${editionId(edition)}` });
  return new Response(JSON.stringify({ terms: searchVocabulary(exercises), targets, titles }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
