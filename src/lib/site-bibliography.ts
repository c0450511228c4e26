/** The bibliography of every published article, as the /sources/ page shows it. */
import { articleParser } from '../content-lint/processor.ts';
import { articleBody } from './article-body.ts';
import { buildBibliography, type PublicationGroup } from './bibliography.ts';
import { getPublishedArticles } from './published-articles.ts';

export async function getBibliography(): Promise<PublicationGroup[]> {
  const articles = await getPublishedArticles();
  const parser = articleParser();
  const bodies: string[] = [];
  // One file at a time: thousands opened at once would run out of file handles.
  for (const article of articles) bodies.push(await articleBody(article));
  // One tree at a time: the texts take megabytes, but every tree at once would take gigabytes.
  function* trees() {
    for (const [index, article] of articles.entries()) yield { id: article.id, title: article.data.title, tree: parser.parse(bodies[index] ?? '') };
  }
  return buildBibliography(trees());
}
