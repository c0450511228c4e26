/**
 * Options for remark-rehype, the Markdown-to-HTML step, and its GFM footnote output. The
 * notes get a visible "Notes" heading (readers come here to check sources, as on
 * Wikipedia). Back-links are relabelled by rehype-footnote-backlinks.
 */
import type { Options } from 'remark-rehype';

export const remarkRehypeOptions = {
  /** Raw HTML is dropped, never rendered: the content lint rejects it, and this keeps a
   * `<script>` out of the page even in `astro dev`, where the lint only warns. */
  allowDangerousHtml: false,
  footnoteLabel: 'Notes',
  footnoteLabelTagName: 'h2',
  footnoteLabelProperties: { className: ['footnotes-heading'] },
} satisfies Options;
