/**
 * Options for remark-rehype, the Markdown-to-HTML step, and its GFM footnote output. The
 * notes get a visible "Notes" heading (readers come here to check sources, as on
 * Wikipedia). Back-links are relabelled by rehype-footnote-backlinks.
 */
import type { Options } from 'remark-rehype';
import { ui, type MarkdownWords } from '../i18n/index.ts';

/** The options for a page whose interface speaks `words` (the notes' heading). */
export const remarkRehypeOptionsFor = (words: MarkdownWords) =>
  ({
    ...remarkRehypeOptions,
    footnoteLabel: words.notesHeading,
  }) satisfies Options;

export const remarkRehypeOptions = {
  /** Raw HTML is dropped, never rendered: the content lint rejects it, and this keeps a
   * `<script>` out of the page even in `astro dev`, where the lint only warns. */
  allowDangerousHtml: false,
  footnoteLabel: ui('en').markdown.notesHeading,
  footnoteLabelTagName: 'h2',
  footnoteLabelProperties: { className: ['footnotes-heading'] },
} satisfies Options;
