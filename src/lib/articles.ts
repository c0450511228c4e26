/** The part of an article entry that ordering and publishing decisions need. */
export interface ArticleLike {
  id: string;
  data: { title: string; draft: boolean };
}

/** Drafts are built while writing (`astro dev`) and never in a production build. */
export function isPublished(article: ArticleLike, production: boolean): boolean {
  return !(production && article.data.draft);
}

const byTitle = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Articles in reading order: alphabetical by title, as in a reference work's table of contents. */
export function sortArticles<T extends ArticleLike>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => byTitle.compare(a.data.title, b.data.title) || a.id.localeCompare(b.id));
}

/** The articles before and after `id` in reading order, for previous/next links. */
export function neighbours<T extends ArticleLike>(ordered: readonly T[], id: string): { previous?: T; next?: T } {
  const index = ordered.findIndex((article) => article.id === id);
  if (index === -1) return {};
  const previous = ordered[index - 1];
  const next = ordered[index + 1];
  return { ...(previous && { previous }), ...(next && { next }) };
}
