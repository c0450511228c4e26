/**
 * remark plugin: gives each note whose source has a web address and a day to ask for an
 * "archived copy" link (src/pure/archive.ts), and marks the original link with the same
 * Robust Links attributes (a list of captures, for a page dated by no whole day, gets a plain
 * link), so a reader whose link has died still reaches the page as it was
 * read. The note previews and margin notes copy the note, link included.
 */
import type { FootnoteDefinition, Link, Root } from 'mdast';
import { walk } from '../pure/walk.ts';
import { archivedCopy, robustLinkProperties } from '../pure/archive.ts';
import { noteCitation } from '../pure/citation.ts';
import { ui, type MarkdownWords } from '../i18n/index.ts';

export interface ArchiveLinkOptions {
  /** The page's words for the link (English unless given). */
  words?: MarkdownWords;
}

export function remarkArchiveLinks(options: ArchiveLinkOptions = {}) {
  const words = options.words ?? ui('en').markdown;
  return (tree: Root): void => {
    walk(tree, 'footnoteDefinition', (note: FootnoteDefinition) => {
      const citation = noteCitation(note);
      const copy = archivedCopy(citation);
      // The citation is the note's first paragraph; the supporting words and a comment follow it.
      const first = note.children[0];
      if (!copy || !citation.url || first?.type !== 'paragraph') return;
      const properties = robustLinkProperties(citation.url, copy);
      walk(note, 'link', (link: Link) => {
        if (link.url !== citation.url) return;
        link.data = { ...link.data, hProperties: { ...link.data?.hProperties, ...properties.original } };
      });
      first.children.push(
        { type: 'text', value: ' ' },
        { type: 'link', url: copy.url, data: { hProperties: { className: ['archived-copy'], ...properties.copy } }, children: [{ type: 'text', value: copy.date ? words.archivedCopy : words.archivedCopies }] },
      );
    });
  };
}
