/**
 * Ids for an article's paragraphs, so a reader can link to one: `<section>-p<N>`, the id of
 * the heading the paragraph follows and its place among the paragraphs under that heading
 * (`aims-p2`); `lead-p<N>` before the first heading. An edit moves only the ids of the
 * paragraphs after it in its own section: a paragraph added to "Aims" leaves every other
 * section's links as they were. One rule for the page (rehype-paragraph-anchors.ts) and the
 * lint that keeps every id on the page unique (src/content-lint/anchor-ids.ts).
 */

/** The section of the paragraphs before the article's first heading: its lead. */
export const LEAD_SECTION = 'lead';

/** What a top-level block is, for numbering: a heading (with its id), a paragraph, or neither. */
export type Block = { heading: string } | 'paragraph' | undefined;

/** The id of each paragraph among `blocks` (an article's top-level blocks, in order), by index. */
export function paragraphIds<T>(blocks: readonly T[], kind: (block: T) => Block): Map<number, string> {
  const ids = new Map<number, string>();
  let section = LEAD_SECTION;
  let position = 0;
  blocks.forEach((block, index) => {
    const what = kind(block);
    if (what === 'paragraph') ids.set(index, `${section}-p${String((position += 1))}`);
    else if (what !== undefined) {
      section = what.heading;
      position = 0;
    }
  });
  return ids;
}
