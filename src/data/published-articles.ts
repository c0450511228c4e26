/** The articles a build publishes, in reading order; every page lists them from here. Their
 * translations (`jimex.ja.md`) are not articles of their own: the Japanese edition's page of an
 * article shows its translation where there is one (getTranslations). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished, sortArticles, translationOf } from '../pure/articles.ts';

export type Article = CollectionEntry<'articles'>;

async function publishedEntries(): Promise<Article[]> {
  return getCollection('articles', (entry) => isPublished(entry, import.meta.env.PROD));
}

export async function getPublishedArticles(): Promise<Article[]> {
  return sortArticles((await publishedEntries()).filter((entry) => !translationOf(entry.id)));
}

/** The Japanese translations, by the id of the article each translates. */
export async function getTranslations(): Promise<ReadonlyMap<string, Article>> {
  const pairs = (await publishedEntries()).flatMap((entry) => {
    const translation = translationOf(entry.id);
    return translation ? [[translation.of, entry] as const] : [];
  });
  return new Map(pairs);
}
