/**
 * remark plugin: ends each footnote with a link to its source's entry on the bibliography
 * page, where the reader finds the full citation and every other note that cites it.
 * The entry's id comes from the same citation parser the bibliography uses.
 */
import type { FootnoteDefinition, Root } from 'mdast';
import { walk } from '../pure/walk.ts';
import { noteCitation, sourceId } from '../pure/citation.ts';
import { ui, type MarkdownWords } from '../i18n/index.ts';

export interface SourceLinkOptions {
  /** The bibliography page's path, with the site's base. */
  sourcesPath: string;
  /** The page's words for the link (English unless given). */
  words?: MarkdownWords;
}

export function remarkSourceLinks(options: SourceLinkOptions) {
  return (tree: Root): void => {
    walk(tree, 'footnoteDefinition', (note: FootnoteDefinition) => {
      const first = note.children[0];
      if (first?.type !== 'paragraph') return;
      first.children.push(
        { type: 'text', value: ' ' },
        {
          type: 'link',
          url: `${options.sourcesPath}#${sourceId(noteCitation(note))}`,
          data: { hProperties: { className: ['source-entry'] } },
          children: [{ type: 'text', value: (options.words ?? ui('en').markdown).sourceEntry }],
        },
      );
    });
  };
}
