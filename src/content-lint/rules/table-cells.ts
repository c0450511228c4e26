/**
 * remark-lint rule: a table row with more cells than the table has columns. GFM drops the
 * extra cells from the page without a word (a stray `|` or `(|` at the start of a row is
 * enough), so their text would be lost.
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { walk } from '../../pure/walk.ts';

export const remarkLintTableCells = lintRule<Root>('site:table-cells', (tree, file) => {
  walk(tree, 'table', (table) => {
    const columns = table.children[0]?.children.length ?? 0;
    for (const row of table.children.slice(1)) {
      if (row.children.length <= columns) continue;
      const extra = row.children[columns];
      file.message(`This row has ${row.children.length} cells and the table ${columns} columns: the cells past column ${columns} would not be shown; remove the stray \`|\` or add a column`, extra ?? row);
    }
  });
});
