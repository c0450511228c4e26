/** The bibliography of every published article, as the /sources/ page shows it. */
import { articleParser } from '../content-lint/processor.ts';
import type { FootnoteDefinition } from 'mdast';
import { visit } from 'unist-util-visit';
import { buildBibliography, type PublicationGroup } from './bibliography.ts';
import { parseCitation, sourceKey, type Citation } from './citation.ts';
import { getPublishedArticles, type Article } from './published-articles.ts';

export async function getBibliography(): Promise<PublicationGroup[]> {
  const articles = await getPublishedArticles();
  return buildBibliography(articles.map((article) => ({ id: article.id, title: article.data.title, tree: articleParser().parse(article.body ?? '') })));
}

/** The distinct sources one article cites, in the order of their notes. */
export function articleCitations(article: Article): Citation[] {
  const byKey = new Map<string, Citation>();
  visit(articleParser().parse(article.body ?? ''), 'footnoteDefinition', (note: FootnoteDefinition) => {
    const citation = parseCitation(note);
    if (!byKey.has(sourceKey(citation))) byKey.set(sourceKey(citation), citation);
  });
  return [...byKey.values()];
}
