/**
 * Splits an article's HTML at the offsets its renderer recorded (SectionCuts, from
 * src/markdown/rehype-stringify-sections.ts): the lead apart from the rest, and the rest after
 * the headings of given sections, so a page can place something drawn from the data (a
 * series' editions table) at the start of the section about it. No HTML is read back.
 */

/** Offsets into an article's HTML (the renderer's SectionCuts). */
export interface Cuts {
  lead: number;
  after: Readonly<Record<string, number>>;
}

export interface HtmlPart {
  html: string;
  /** The section whose heading this part ends with, if any. */
  after?: string;
}

/**
 * An article's lead, as an encyclopaedia opens: the text before its first section, and the
 * rest. The page sets the lead first, then the infobox and the contents, so a reader (and a
 * keyboard) reaches the text before the data. An article with no sections is all lead.
 */
export function splitLead(html: string, cuts: Cuts): { lead: string; rest: string } {
  return { lead: html.slice(0, cuts.lead), rest: html.slice(cuts.lead) };
}

/** The rest of `html` after its lead (splitLead) in parts, each but the last ending with the
 * heading of one of `ids`, in page order. */
export function splitAfterHeadings(html: string, cuts: Cuts, ids: readonly string[]): HtmlPart[] {
  const ends = ids
    .map((id) => {
      const at = cuts.after[id];
      if (at === undefined) throw new Error(`The article has no heading with the id "${id}"`);
      if (at < cuts.lead) throw new Error(`The heading "${id}" is in the article's lead, before its first section`);
      return { id, at: at - cuts.lead };
    })
    .sort((a, b) => a.at - b.at);
  const rest = html.slice(cuts.lead);
  const parts: HtmlPart[] = [];
  let from = 0;
  for (const { id, at } of ends) {
    parts.push({ html: rest.slice(from, at), after: id });
    from = at;
  }
  parts.push({ html: rest.slice(from) });
  return parts;
}
