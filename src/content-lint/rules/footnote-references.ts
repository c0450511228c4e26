/**
 * remark-lint rule: footnote references that would render wrong without a word. A label with
 * a space (`[^a b]`) is not a reference at all and prints as text; a reference inside a link's
 * text leaves an empty superscript beside the link; a note that cites itself sends the reader
 * in a circle.
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { walk } from '../../pure/walk.ts';

/** Text that looks like a footnote reference whose label has a space in it. */
const SPACED_LABEL = /\[\^[^\]\s]*\s[^\]]*\]/;

export const remarkLintFootnoteReferences = lintRule<Root>('site:footnote-references', (tree, file) => {
  walk(tree, 'text', (node) => {
    const match = SPACED_LABEL.exec(node.value);
    if (!match || !node.position) return;
    // The place of the match itself: the text node may start earlier on the line or above it.
    const before = node.value.slice(0, match.index).split('\n');
    const line = node.position.start.line + before.length - 1;
    const column = (before.length === 1 ? node.position.start.column : 1) + (before.at(-1)?.length ?? 0);
    file.message(`\`${match[0]}\` is not a footnote: a label has no spaces; write it as \`[^${match[0].slice(2, -1).trim().replace(/\s+/g, '-')}]\``, { line, column });
  });
  walk(tree, 'link', (link) => {
    walk(link, 'footnoteReference', (reference) => {
      file.message(`Footnote \`[^${reference.label ?? reference.identifier}]\` inside a link's text: move it after the link`, reference);
    });
  });
  walk(tree, 'footnoteDefinition', (note) => {
    walk(note, 'footnoteReference', (reference) => {
      if (reference.identifier === note.identifier) file.message(`Note \`[^${note.label ?? note.identifier}]\` cites itself: cite its source instead`, reference);
    });
  });
});
