import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts.ts';
import { articlePath } from '../lib/paths.ts';
import { getPublishedArticles } from '../lib/published-articles.ts';

/** The articles as an RSS feed, newest update first, linked from every page's head. */
export const GET: APIRoute = async ({ site }) => {
  const articles = await getPublishedArticles();
  const newest = [...articles].sort((a, b) => (b.data.updatedDate ?? b.data.pubDate).getTime() - (a.data.updatedDate ?? a.data.pubDate).getTime());
  return rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: site ?? 'http://localhost:4321/',
    items: newest.map((article) => ({
      title: article.data.title,
      description: article.data.description,
      pubDate: article.data.updatedDate ?? article.data.pubDate,
      link: articlePath(article.id),
      categories: article.data.tags,
    })),
    customData: '<language>en-gb</language>',
  });
};
