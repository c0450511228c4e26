/**
 * remark-lint rule: no footnote reference inside a heading. Its number would become part of
 * the heading's id and of the table of contents ("Editions1"); cite in the text below instead.
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { walk } from '../../pure/walk.ts';

export const remarkLintNoFootnoteInHeading = lintRule<Root>('site:no-footnote-in-heading', (tree, file) => {
  walk(tree, 'heading', (heading) => {
    walk(heading, 'footnoteReference', (reference) => {
      file.message(`Footnote \`[^${reference.label ?? reference.identifier}]\` inside a heading: move it into the text under the heading`, reference);
    });
  });
});
