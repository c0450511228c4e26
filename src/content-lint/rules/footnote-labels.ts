/**
 * remark-lint rule: footnote labels are ASCII letters, digits and hyphens. Other characters
 * are percent-encoded in the note's id and link (`#user-content-fn-%E6%97%A5`), which breaks
 * links copied by readers and tools that compare ids.
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { walk } from '../../pure/walk.ts';

const LABEL = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

export const remarkLintFootnoteLabels = lintRule<Root>('site:footnote-labels', (tree, file) => {
  walk(tree, (node) => {
    if (node.type !== 'footnoteReference' && node.type !== 'footnoteDefinition') return;
    const label = node.label ?? node.identifier;
    if (!LABEL.test(label)) {
      file.message(`Footnote label \`${label}\` has characters other than ASCII letters, digits and hyphens: rename it, e.g. \`[^source-2024]\``, node);
    }
  });
});
