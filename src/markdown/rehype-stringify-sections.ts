/**
 * rehype compiler: the HTML, as rehype-stringify writes it, and where in it the page may cut:
 * the end of the lead (the start of the first section or of the notes) and the end of each
 * top-level heading (after its self-link wrapper, rehype-heading-links.ts). The page places
 * what it draws from the data (a series' editions table) at these offsets, so nothing reads
 * the HTML back to find a heading. The root's children are written one by one, which is what
 * hast-util-to-html does for a root: the output is rehype-stringify's, byte for byte.
 */
import type { Element, Root, RootContent } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toHtml } from 'hast-util-to-html';
import type { Processor } from 'unified';

/** Offsets into an article's HTML. */
export interface SectionCuts {
  /** Where the lead ends: the first h2 section or the notes; the HTML's length if neither. */
  lead: number;
  /** Each top-level heading's id, with the offset just after it (and its self-link). */
  after: Record<string, number>;
}

/** The heading `node` is, or holds as a self-link wrapper's first child. */
function headingOf(node: RootContent): Element | undefined {
  if (node.type !== 'element') return undefined;
  if (headingRank(node) !== undefined) return node;
  const [first] = node.children;
  const wrapper = Array.isArray(node.properties['className']) && node.properties['className'].includes('heading-wrapper');
  return wrapper && first?.type === 'element' && headingRank(first) !== undefined ? first : undefined;
}

const isNotes = (node: RootContent): boolean => node.type === 'element' && node.tagName === 'section' && node.properties['dataFootnotes'] !== undefined;

export function rehypeStringifySections(this: Processor) {
  this.compiler = (tree, file) => {
    const cuts: SectionCuts = { lead: -1, after: {} };
    let html = '';
    for (const child of (tree as Root).children) {
      const heading = headingOf(child);
      if (cuts.lead < 0 && ((heading && headingRank(heading) === 2) || isNotes(child))) cuts.lead = html.length;
      html += toHtml(child);
      const id = heading?.properties['id'];
      if (typeof id === 'string') cuts.after[id] = html.length;
    }
    file.data.sectionCuts = { ...cuts, lead: cuts.lead < 0 ? html.length : cuts.lead };
    return html;
  };
}
