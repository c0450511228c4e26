/** The bibliography of every published article, as the /sources/ pages show it: from each
 * article's notes as its render recorded them (remark-note-facts.ts), so no article is parsed
 * again for it. Made once per build: the article pages need it too, to link each note to
 * the page its source is on. */
import { buildBibliography, type ArticleNotes } from '../pure/bibliography.ts';
import { paginateBibliography, sourcePages, sourcesPagePath, type BibliographyPage } from '../pure/bibliography-pages.ts';
import { sourceId } from '../pure/citation.ts';
import { getPublishedArticles } from './published-articles.ts';
import { articleNotes } from './render-article.ts';

export interface SiteBibliography {
  pages: BibliographyPage[];
  /** How many sources, and how many publications. */
  sources: number;
  publications: number;
  /** For an article, the page of each source its notes cite, by source id: what its "Source
   * entry" links name (linkSourceEntries), and so part of its page's cache key. */
  sourcePagesOf: (articleId: string) => Record<string, string>;
  /** For an article, the keys of the source records its notes cite (part of its page's cache key). */
  recordKeysOf: (articleId: string) => string[];
}

let made: Promise<SiteBibliography> | undefined;

async function make(): Promise<SiteBibliography> {
  const articles = await getPublishedArticles();
  const notes: ArticleNotes[] = [];
  // One article at a time: thousands of files opened at once would run out of file handles.
  for (const article of articles) notes.push({ id: article.id, title: article.data.title, notes: await articleNotes(article) });
  const groups = buildBibliography(notes);
  const pages = paginateBibliography(groups);
  const pageOf = sourcePages(pages);
  const byArticle = new Map(notes.map((article) => [article.id, article.notes]));
  const sourcePagesOf = (articleId: string) =>
    Object.fromEntries((byArticle.get(articleId) ?? []).map(({ citation }) => [sourceId(citation), pageOf.get(sourceId(citation)) ?? sourcesPagePath(1)]));
  const recordKeysOf = (articleId: string) => [...new Set((byArticle.get(articleId) ?? []).flatMap(({ citation }) => (citation.key ? [citation.key] : [])))].sort();
  return { pages, sources: groups.reduce((total, group) => total + group.sources.length, 0), publications: groups.length, sourcePagesOf, recordKeysOf };
}

export function getBibliography(): Promise<SiteBibliography> {
  // `astro dev` shows edits as they are saved: there it is made for every request.
  if (import.meta.env.DEV) return make();
  made ??= make();
  return made;
}
