/**
 * remark plugin: records what the page draws from an article's notes besides its body, in
 * the file's `noteFacts`: `noteNumbers` (label → the number the reader sees), `citations`
 * (each distinct source once, in note order) and `notes` (every note with its source, for the
 * bibliography), so an article is parsed once per build to render it, not
 * again for its page's extras or the bibliography: at 10,000 articles every parse costs
 * about a minute.
 */
import type { FootnoteDefinition, Root } from 'mdast';
import type { VFile } from 'vfile';
import { noteCitations, type NoteCitation } from '../pure/bibliography.ts';
import { citationsOf, noteCitation, type Citation } from '../pure/citation.ts';
import { walk } from '../pure/walk.ts';
import { footnoteNumbers } from '../pure/footnote-numbers.ts';

/** What the plugin records on the file, which the renderer hands back with the HTML
 * (src/markdown/render-body.ts) and the article cache keeps. */
export interface NoteFacts {
  noteNumbers: Record<string, number>;
  citations: Citation[];
  /** Every note with the source it cites, for the bibliography. */
  notes: NoteCitation[];
}

export function remarkNoteFacts() {
  return (tree: Root, file: VFile): void => {
    // Each note's citation is read once, here, as the reader will see it (after smart
    // punctuation): the rest of the pipeline (archive and source-entry links) reads it back.
    walk(tree, 'footnoteDefinition', (note: FootnoteDefinition) => {
      note.data = { ...note.data, citation: noteCitation(note) };
    });
    // Plain objects: the article cache stores them as JSON.
    file.data.noteFacts = { noteNumbers: Object.fromEntries(footnoteNumbers(tree)), citations: citationsOf(tree), notes: noteCitations(tree) };
  };
}
