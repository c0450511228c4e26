import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts.ts';
import { latestArticles } from '../pure/articles.ts';
import { articlePath } from '../pure/paths.ts';
import { getPublishedArticles } from '../data/published-articles.ts';

/** Items in the feed: readers' feed software polls it, so it holds the latest, not the archive. */
const FEED_ITEMS = 50;

/** The articles as an RSS feed, newest update first, linked from every page's head. */
export const GET: APIRoute = async ({ site }) => {
  const newest = latestArticles(await getPublishedArticles(), FEED_ITEMS);
  return rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: site ?? 'http://localhost:4321/',
    items: newest.map((article) => ({
      title: article.data.title,
      description: article.data.description,
      pubDate: article.data.updatedDate,
      link: articlePath(article.id),
      categories: article.data.tags,
    })),
    customData: '<language>en-gb</language>',
  });
};
