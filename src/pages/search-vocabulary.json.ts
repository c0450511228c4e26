import type { APIRoute } from 'astro';
import { searchVocabulary } from '../lib/search-vocabulary.ts';
import { getExercises } from '../lib/site-exercises.ts';

/** The names the search page suggests from when a query finds little ("Did you mean …?"). */
export const GET: APIRoute = async () => {
  const exercises = await getExercises();
  return new Response(JSON.stringify(searchVocabulary(exercises.map((exercise) => exercise.data))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
