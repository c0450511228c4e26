import { editionId } from '../pure/exercises.ts';
import { articlePath, seriesPath } from '../pure/paths.ts';
import { searchTargets, searchVocabulary } from '../pure/search-vocabulary.ts';
import { getExercises } from './site-exercises.ts';
import type { Lang } from '../i18n/languages.ts';

/** What the search needs besides Pagefind's index: the names it suggests from when a query
 * finds nothing ("Did you mean …?"), and where each exercise's and edition's name leads, in
 * the edition of `lang`: the Japanese search (/ja/search-vocabulary.json) leads every name,
 * English or Japanese, to the /ja/ page, as its index holds only the /ja/ pages. */
export async function vocabularyResponse(lang: Lang): Promise<Response> {
  const exercises = (await getExercises()).map((exercise) => exercise.data);
  const { targets, titles } = searchTargets(exercises, {
    series: (exercise) => seriesPath(exercise, lang),
    edition: (exercise, edition) => `${articlePath(exercise.article, lang)}#${editionId(edition)}`,
  });
  return new Response(JSON.stringify({ terms: searchVocabulary(exercises), targets, titles }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
