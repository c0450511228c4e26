/**
 * The words a reader should find on an article's page: the text the parser reads in the body,
 * without the frontmatter, raw HTML (refused, or a comment) or footnote labels. A page that
 * lacks one of them dropped text without a word.
 */
import type { Root } from 'mdast';
import { articleParser } from '../../../src/content-lint/processor.ts';

export function expectedWords(text: string): string[] {
  const tree = articleParser().parse(text) as Root;
  const words: string[] = [];
  const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
    // A note's `[@key]` names its source record, which the page prints in its place.
    if (node.type === 'text' || node.type === 'inlineCode') words.push(...(node.value ?? '').replace(/\[@[a-z0-9-]*\]/g, ' ').split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 2));
    if (node.type === 'yaml' || node.type === 'html') return;
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(tree as never);
  return words;
}

/** The text of rendered HTML as a reader sees it, for looking words up. */
export const pageText = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, "'").replace(/&quot;|&#x22;/g, '"').replace(/&lt;|&#x3C;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
