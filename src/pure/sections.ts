/**
 * Splits an article's HTML at the offsets its renderer recorded (SectionCuts, from
 * src/markdown/rehype-stringify-sections.ts): the lead apart from the rest, and the rest at
 * the places where the page draws from the data: after the heading of a series' section, or
 * where an MDX article places a component. No HTML is read back.
 */
import { own } from './own.ts';

/** Offsets into an article's HTML (the renderer's SectionCuts). */
export interface Cuts {
  lead: number;
  after: Readonly<Record<string, number>>;
}

/** A part of the HTML, and what the page draws after it (none after the last). */
export interface HtmlPart<T> {
  html: string;
  place?: T;
}

/**
 * An article's lead, as an encyclopaedia opens: the text before its first section, and the
 * rest. The page sets the lead first, then the infobox and the contents, so a reader (and a
 * keyboard) reaches the text before the data. An article with no sections is all lead.
 */
export function splitLead(html: string, cuts: Cuts): { lead: string; rest: string } {
  return { lead: html.slice(0, cuts.lead), rest: html.slice(cuts.lead) };
}

/** The offset just after the heading `id` (and its self-link), which must follow the lead. */
export function afterHeading(cuts: Cuts, id: string): number {
  const at = own(cuts.after, id);
  if (at === undefined) throw new Error(`The article has no heading with the id "${id}"`);
  if (at < cuts.lead) throw new Error(`The heading "${id}" is in the article's lead, before its first section`);
  return at;
}

/** The rest of `html` after its lead, in parts, each but the last followed by one of
 * `places` (offsets into `html` after the lead), in page order. */
export function splitRest<T extends { at: number }>(html: string, cuts: Cuts, places: readonly T[]): HtmlPart<T>[] {
  const parts: HtmlPart<T>[] = [];
  let from = cuts.lead;
  for (const place of [...places].sort((a, b) => a.at - b.at)) {
    if (place.at < cuts.lead) throw new Error(`A component is placed in the article's lead, at offset ${String(place.at)}`);
    parts.push({ html: html.slice(from, place.at), place });
    from = place.at;
  }
  parts.push({ html: html.slice(from) });
  return parts;
}
