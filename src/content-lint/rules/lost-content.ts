/**
 * remark-lint rule: nothing an editor wrote is dropped from the page without a word. An HTML
 * comment left open (`<!--` with no `-->`) hides everything after it, a code fence left open
 * turns the rest of the article (its notes too) into code, and an article with frontmatter
 * but no text would publish an empty page: all are errors, at the place that opens them.
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { walk } from '../../pure/walk.ts';

/** A fence's opening or closing line, after any quote markers and indentation. */
const FENCE_LINE = /^[ \t>]*(`{3,}|~{3,})/;

/** Whether the fenced code block written as `source` (its lines, from the opening fence) has
 * a closing fence: a last line of the same character, at least as long, and nothing else. */
export function fenceClosed(source: string): boolean {
  const lines = source.split(/\r?\n/);
  const opening = FENCE_LINE.exec(lines[0] ?? '')?.[1];
  if (!opening || lines.length < 2) return opening === undefined;
  const closing = /^[ \t>]*(`{3,}|~{3,})[ \t]*$/.exec(lines.at(-1) ?? '')?.[1];
  return closing !== undefined && closing[0] === opening[0] && closing.length >= opening.length;
}

export const remarkLintLostContent = lintRule<Root>('site:lost-content', (tree, file) => {
  if (!tree.children.some((node) => node.type !== 'yaml' && !(node.type === 'html' && node.value.trim().startsWith('<!--')))) {
    file.message('The article has no text after its frontmatter: write the article, or delete the file', tree.position?.end);
    return;
  }
  walk(tree, 'code', (node) => {
    const { start, end } = node.position ?? {};
    if (start?.offset === undefined || end?.offset === undefined) return;
    if (!fenceClosed(String(file.value).slice(start.offset, end.offset))) {
      file.message('A code block opened here with a fence (```) is never closed: everything after it would show as code, its notes too; close it with the same fence on a line of its own', node.position?.start);
    }
  });
  walk(tree, 'html', (node) => {
    const value = node.value.trim();
    if (value.startsWith('<!--') && !value.includes('-->')) {
      file.message('A comment opened with `<!--` is never closed with `-->`: everything after it would vanish from the page; close it or remove it', node);
    }
  });
});
