/**
 * Options for remark-rehype, the Markdown-to-HTML step, and its GFM footnote output. The
 * notes get a visible "Notes" heading (readers come here to check sources, as on
 * Wikipedia), and back-links name the reference they return to.
 */
import type { Options } from 'remark-rehype';

export const remarkRehypeOptions = {
  /** Raw HTML is dropped, never rendered: the content lint rejects it, and this keeps a
   * `<script>` out of the page even in `astro dev`, where the lint only warns. */
  allowDangerousHtml: false,
  footnoteLabel: 'Notes',
  footnoteLabelTagName: 'h2',
  footnoteLabelProperties: { className: ['footnotes-heading'] },
  /** Back-links show "↩", "↩2", "↩3"; the label contains that visible number, as WCAG 2.5.3
   * (label in name) asks, so speech users can say what they see. */
  footnoteBackLabel(referenceIndex: number, rereferenceIndex: number): string {
    return `Back to reference ${rereferenceIndex} to note ${referenceIndex + 1}`;
  },
} satisfies Options;
