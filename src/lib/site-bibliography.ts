/** The bibliography of every published article, as the /sources/ page shows it: from each
 * article's notes as its render recorded them (remark-note-facts.ts), so no article is parsed
 * again for it. */
import { buildBibliography, type ArticleNotes, type PublicationGroup } from './bibliography.ts';
import { getPublishedArticles } from './published-articles.ts';
import { renderArticle } from './render-article.ts';

export async function getBibliography(): Promise<PublicationGroup[]> {
  const articles = await getPublishedArticles();
  const notes: ArticleNotes[] = [];
  // One article at a time: every rendered body at once would take gigabytes at 10,000 articles.
  for (const article of articles) notes.push({ id: article.id, title: article.data.title, notes: (await renderArticle(article)).notes });
  return buildBibliography(notes);
}
