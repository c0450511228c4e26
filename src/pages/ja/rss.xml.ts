import type { APIRoute } from 'astro';
import { articleFeed } from '../../data/feed.ts';

/** The Japanese edition's feed (src/data/feed.ts). */
export const GET: APIRoute = ({ site }) => articleFeed('ja', site);
