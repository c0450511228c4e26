/**
 * remark-lint rule: every footnote cites a source, so every claim it supports can be checked:
 * a web address, another article of the site (which cites its own sources), or for a source
 * that is not on the web (a printed paper), at least its title in quotation marks.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { lintRule } from 'unified-lint-rule';
import { walk } from '../../pure/walk.ts';

/** A title in straight or curly quotation marks. */
const QUOTED_TITLE = /["“][^"”]{3,}["”]/;

export const remarkLintFootnoteSource = lintRule<Root>('site:footnote-source', (tree, file) => {
  walk(tree, 'footnoteDefinition', (note) => {
    // A note naming a source record (`[@key]`) is checked against it (note-evidence.ts).
    if (/^\s*\[@/.test(toString(note))) return;
    let linked = false;
    walk(note, 'link', (link) => {
      if (/^https?:\/\//i.test(link.url) || link.url.startsWith('/articles/')) linked = true;
    });
    if (linked || QUOTED_TITLE.test(toString(note))) return;
    file.message(
      `Note \`[^${note.label ?? note.identifier}]\` cites no source: give its web address (<https://…>), or for a printed source its title in quotation marks`,
      note,
    );
  });
});
