/** The articles a build publishes, in reading order; every page lists them from here. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished, sortArticles } from '../pure/articles.ts';

export type Article = CollectionEntry<'articles'>;

export async function getPublishedArticles(): Promise<Article[]> {
  const articles = await getCollection('articles', (entry) => isPublished(entry, import.meta.env.PROD));
  return sortArticles(articles);
}
