/**
 * A page's <title>: "Title · Site", or the title alone where both would not fit the limit a
 * tab or a search result shows (the schema holds every title to that limit).
 */
import { TITLE_LIMIT } from '../schemas/article.ts';

export function documentTitle(title: string, siteTitle: string): string {
  const both = `${title} · ${siteTitle}`;
  return title === siteTitle || both.length > TITLE_LIMIT ? title : both;
}
