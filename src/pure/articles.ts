/** The part of an article entry that ordering and publishing decisions need. */
export interface ArticleLike {
  id: string;
  data: { title: string; draft: boolean };
}

/** An article's id and URL slug: its path in the articles folder without the extension, as
 * Astro's `glob()` makes it. The loader and the build's article pass both key articles by it. */
export function articleId(path: string): string {
  return path.replace(/\\/g, '/').replace(/\.(md|mdx|markdown)$/i, '');
}

/** A translation's id names its article and language: `jimex.ja` is the Japanese of `jimex`. */
export function translationOf(id: string): { of: string; lang: 'ja' } | undefined {
  const match = /^(.+)\.(ja)$/.exec(id);
  return match?.[1] && match[2] === 'ja' ? { of: match[1], lang: 'ja' } : undefined;
}

/** The language an article's file is written in, from its name: `jimex.ja.md` is Japanese
 * (a translation), every other article English. The article pass renders each with its
 * language's words. */
export function articleLang(path: string): 'en' | 'ja' {
  return translationOf(articleId(path))?.lang ?? 'en';
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

/** The `count` most recently updated articles, newest first: what the home page and the feed
 * show, so neither grows with the site. */
export function latestArticles<T extends { data: { updatedDate: Date } }>(articles: readonly T[], count: number): T[] {
  const changed = (article: T): number => article.data.updatedDate.getTime();
  return [...articles].sort((a, b) => changed(b) - changed(a)).slice(0, count);
}

/** The articles before and after the one at `index` in reading order, for previous/next links.
 * By position, not id: looking each article up would cost a pass over all of them per page. */
export function neighbours<T>(ordered: readonly T[], index: number): { previous?: T; next?: T } {
  if (index < 0 || index >= ordered.length) return {};
  const previous = ordered[index - 1];
  const next = ordered[index + 1];
  return { ...(previous && { previous }), ...(next && { next }) };
}
