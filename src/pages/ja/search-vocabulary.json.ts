import type { APIRoute } from 'astro';
import { vocabularyResponse } from '../../data/search-vocabulary.ts';

/** The Japanese search's names: every name leads to its /ja/ page (src/data/search-vocabulary.ts). */
export const GET: APIRoute = () => vocabularyResponse('ja');
