/** The articles as an RSS feed in a language, newest update first, linked from every page's
 * head: the Japanese feed gives each article's translated title where there is one. */
import rss from '@astrojs/rss';
import { LANGUAGE_TAGS, ui, type Lang } from '../i18n/index.ts';
import { latestArticles } from '../pure/articles.ts';
import { articlePath } from '../pure/paths.ts';
import { getPublishedArticles, getTranslations } from './published-articles.ts';

/** Items in the feed: readers' feed software polls it, so it holds the latest, not the archive. */
const FEED_ITEMS = 50;

export async function articleFeed(lang: Lang, site: URL | undefined): Promise<Response> {
  const translations = lang === 'en' ? new Map() : await getTranslations();
  const newest = latestArticles(await getPublishedArticles(), FEED_ITEMS);
  const { title, description } = ui(lang).site;
  return rss({
    title,
    description,
    site: site ?? 'http://localhost:4321/',
    items: newest.map((article) => {
      const shown = translations.get(article.id) ?? article;
      return { title: shown.data.title, description: shown.data.description, pubDate: article.data.updatedDate, link: articlePath(article.id, lang), categories: article.data.tags };
    }),
    customData: `<language>${LANGUAGE_TAGS[lang].toLowerCase()}</language>`,
  });
}
