/**
 * Options for remark-rehype (the Markdown-to-HTML step) and its GFM footnote output. The notes get a visible "Notes" heading
 * (readers come here to check sources, as on Wikipedia), and back-links name the reference
 * they return to.
 */
import type { Options } from 'remark-rehype';

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const ordinalRules = new Intl.PluralRules('en', { type: 'ordinal' });

/** "first", "second", … "tenth", then "11th", "21st": back-link labels read well aloud. */
export function ordinal(position: number): string {
  return ORDINAL_WORDS[position - 1] ?? `${position}${ORDINAL_SUFFIX[ordinalRules.select(position)] ?? 'th'}`;
}

export const remarkRehypeOptions = {
  /** Raw HTML is dropped, never rendered: the content lint rejects it, and this keeps a
   * `<script>` out of the page even in `astro dev`, where the lint only warns. */
  allowDangerousHtml: false,
  footnoteLabel: 'Notes',
  footnoteLabelTagName: 'h2',
  footnoteLabelProperties: { className: ['footnotes-heading'] },
  footnoteBackLabel(referenceIndex: number, rereferenceIndex: number): string {
    return `Back to the ${ordinal(rereferenceIndex)} reference to note ${referenceIndex + 1}`;
  },
} satisfies Options;
