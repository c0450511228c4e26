import type { APIRoute } from 'astro';
import { vocabularyResponse } from '../data/search-vocabulary.ts';

/** The English search's names (src/data/search-vocabulary.ts). */
export const GET: APIRoute = () => vocabularyResponse('en');
