import type { APIRoute } from 'astro';
import { articleFeed } from '../data/feed.ts';

/** The articles as an RSS feed (src/data/feed.ts). */
export const GET: APIRoute = ({ site }) => articleFeed('en', site);
