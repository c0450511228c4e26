/** The bibliography of every published article, as the /sources/ page shows it. */
import { articleParser } from '../content-lint/processor.ts';
import { buildBibliography, type PublicationGroup } from './bibliography.ts';
import { getPublishedArticles } from './published-articles.ts';

export async function getBibliography(): Promise<PublicationGroup[]> {
  const articles = await getPublishedArticles();
  return buildBibliography(articles.map((article) => ({ id: article.id, title: article.data.title, tree: articleParser().parse(article.body ?? '') })));
}
