/** The bibliography of every published article, as the /sources/ page shows it. */
import { articleParser } from '../content-lint/processor.ts';
import type { FootnoteDefinition, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { buildBibliography, type PublicationGroup } from './bibliography.ts';
import { parseCitation, sourceKey, type Citation } from './citation.ts';
import { getPublishedArticles } from './published-articles.ts';

export async function getBibliography(): Promise<PublicationGroup[]> {
  const articles = await getPublishedArticles();
  return buildBibliography(articles.map((article) => ({ id: article.id, title: article.data.title, tree: articleParser().parse(article.body ?? '') })));
}

/** The distinct sources an article (its parsed Markdown) cites, in the order of their notes. */
export function articleCitations(tree: Root): Citation[] {
  const byKey = new Map<string, Citation>();
  visit(tree, 'footnoteDefinition', (note: FootnoteDefinition) => {
    const citation = parseCitation(note);
    if (!byKey.has(sourceKey(citation))) byKey.set(sourceKey(citation), citation);
  });
  return [...byKey.values()];
}
