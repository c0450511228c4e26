/**
 * rehype compiler: the HTML, as rehype-stringify writes it, and where in it the page may cut:
 * the end of the lead (the start of the first section or of the notes), the end of each
 * top-level heading (after its self-link wrapper, rehype-heading-links.ts), and where an MDX
 * article places a site component (remark-site-components.ts; the placeholder is not written).
 * The page draws from the data (a series' editions table) at these offsets, so nothing reads
 * the HTML back to find a heading. The root's children are written one by one, which is what
 * hast-util-to-html does for a root: the output is rehype-stringify's, byte for byte.
 */
import type { Element, Root, RootContent } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toHtml } from 'hast-util-to-html';
import type { Processor } from 'unified';
import { isSiteComponent, type PlacedComponent } from '../pure/site-components.ts';
import { COMPONENT_TAG } from './remark-site-components.ts';

/** Offsets into an article's HTML. */
export interface SectionCuts {
  /** Where the lead ends: the first h2 section or the notes; the HTML's length if neither. */
  lead: number;
  /** Each top-level heading's id, with the offset just after it (and its self-link). */
  after: Record<string, number>;
  /** The site components an MDX article places, in order. */
  components: PlacedComponent[];
}

/** The component a placeholder stands for; the lint has checked its name and attribute. */
function componentOf(node: Element, at: number): PlacedComponent {
  const { name, series, line, column } = node.properties;
  if (!isSiteComponent(String(name))) throw new Error(`Unknown site component "${String(name)}"`);
  return { name: String(name) as PlacedComponent['name'], series: String(series), at, line: Number(line), column: Number(column) };
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
    const cuts: SectionCuts = { lead: -1, after: {}, components: [] };
    let html = '';
    for (const child of (tree as Root).children) {
      if (child.type === 'element' && child.tagName === COMPONENT_TAG) {
        cuts.components.push(componentOf(child, html.length));
        continue;
      }
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
