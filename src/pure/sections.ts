/**
 * Splits an article's rendered HTML after the headings of given sections, so a page can
 * place something drawn from the data (a series' editions table) at the start of the
 * section about it. Headings come out of the Markdown pipeline wrapped with their self-link
 * (rehype-heading-links.ts): the split falls after that wrapper.
 */

export interface HtmlPart {
  html: string;
  /** The section whose heading this part ends with, if any. */
  after?: string;
}

/** The end of the heading whose id is `id`: after its wrapper where it has one. */
function headingEnd(html: string, id: string): number {
  const start = html.indexOf(` id="${id}"`);
  if (start < 0) throw new Error(`The article has no heading with the id "${id}"`);
  const tag = /^<h([1-6])/.exec(html.slice(html.lastIndexOf('<', start), start))?.[1];
  if (!tag) throw new Error(`The id "${id}" is not a heading's`);
  const close = html.indexOf(`</h${tag}>`, start) + `</h${tag}>`.length;
  const wrapper = /^\s*<a class="heading-link"[\s\S]*?<\/a>\s*<\/div>/.exec(html.slice(close));
  return close + (wrapper?.[0].length ?? 0);
}

/** `html` in parts, each but the last ending with the heading of one of `ids`, in page order. */
export function splitAfterHeadings(html: string, ids: readonly string[]): HtmlPart[] {
  const cuts = ids.map((id) => ({ id, at: headingEnd(html, id) })).sort((a, b) => a.at - b.at);
  const parts: HtmlPart[] = [];
  let from = 0;
  for (const { id, at } of cuts) {
    parts.push({ html: html.slice(from, at), after: id });
    from = at;
  }
  parts.push({ html: html.slice(from) });
  return parts;
}

/** The start of the first section (its heading's wrapper, or the heading) or of the notes. */
const SECTION_START = /<div class="heading-wrapper level-h2"|<h2[\s>]|<section[^>]*data-footnotes/;

/**
 * An article's lead, as an encyclopaedia opens: the text before its first section, and the
 * rest. The page sets the lead first, then the infobox and the contents, so a reader (and a
 * keyboard) reaches the text before the data. An article with no sections is all lead.
 */
export function splitLead(html: string): { lead: string; rest: string } {
  const at = html.search(SECTION_START);
  return at < 0 ? { lead: html, rest: '' } : { lead: html.slice(0, at), rest: html.slice(at) };
}
