/** The bibliography of every published article, as the /sources/ page shows it. */
import { articleParser } from '../content-lint/processor.ts';
import { buildBibliography, type PublicationGroup } from './bibliography.ts';
import { getPublishedArticles } from './published-articles.ts';

export async function getBibliography(): Promise<PublicationGroup[]> {
  const articles = await getPublishedArticles();
  const parser = articleParser();
  // One tree at a time: holding every article's tree at once would take gigabytes on a large site.
  function* trees() {
    for (const article of articles) yield { id: article.id, title: article.data.title, tree: parser.parse(article.body ?? '') };
  }
  return buildBibliography(trees());
}
