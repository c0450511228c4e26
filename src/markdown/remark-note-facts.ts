/**
 * remark plugin: records what the page draws from an article's notes besides its body, in
 * `frontmatter.noteNumbers` (label → the number the reader sees) and `frontmatter.citations`
 * (each distinct source once, in note order). Pages read both from
 * `render(entry).remarkPluginFrontmatter`, so an article is parsed once per build, not again
 * by the page: at 10,000 articles every parse costs about a minute.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { citationsOf, type Citation } from '../lib/citation.ts';
import { footnoteNumbers } from '../lib/footnote-numbers.ts';

/** What the plugin adds to the frontmatter Astro returns from `render()`. */
export interface NoteFacts {
  noteNumbers: Record<string, number>;
  citations: Citation[];
}

export function remarkNoteFacts() {
  return (tree: Root, file: VFile): void => {
    const astro = (file.data.astro ??= {});
    // Plain objects: frontmatter is serialised into Astro's content cache.
    const facts: NoteFacts = { noteNumbers: Object.fromEntries(footnoteNumbers(tree)), citations: citationsOf(tree) };
    astro.frontmatter = { ...astro.frontmatter, ...facts };
  };
}
