/**
 * A note's source. The site's own notes name a source record (`[@key]`), whose citation
 * remark-note-evidence.ts puts on the note (`data.citation`); `citationOf` reads it there.
 * A generated corpus (the benchmarks) still writes sources by hand, so this module also
 * reads a footnote's citation, written in the site's one format
 * (`Author, "Title", *Publication*, D Month YYYY, <URL>, accessed D Month YYYY.`, or, for a
 * page read from a stored copy, `…, <URL>, stored copy.`), into a
 * structured source, so one source cited in several places is recognised as one.
 */
import type { FootnoteDefinition, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { walk } from './walk.ts';
import { slugify } from './slug.ts';

export interface Citation {
  /** The source record's key, for a note that names one. */
  key?: string;
  author?: string;
  title?: string;
  /** The publication or site: "The Diplomat", "pib.gov.in". */
  publication?: string;
  /** The publication date as written: "12 September 2020", "2025". */
  date?: string;
  url?: string;
  /** When the cited page was accessed, as written; "stored copy" for a page read from a
   * stored copy, which carries no access date. */
  accessed?: string;
  /** The whole citation as text, for display when nothing else is known. */
  text: string;
  /** From a record: its archived copy, whether the desk marks it weak, its language. */
  archived?: string;
  weak?: boolean;
  language?: string;
}

/** The source of a note: its record's, where it names one, else read from its text. */
export function noteCitation(note: FootnoteDefinition): Citation {
  return note.data?.citation ?? parseCitation(note);
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DAY_MONTH_YEAR = new RegExp(`\\b(?:\\d{1,2} )?${MONTH} \\d{4}\\b`);
/** How a note ends when its source was read from a stored copy, with no access date. */
const STORED_COPY = /,\s*stored copy\.?$/i;

/** An absolute http(s) address that parses: what a source's `url` must be. */
export function isWebAddress(url: string): boolean {
  return /^https?:\/\//i.test(url) && URL.canParse(url);
}

/** The structured source of a footnote definition. */
export function parseCitation(note: FootnoteDefinition): Citation {
  const text = toString(note).replace(/\s+/g, ' ').trim();
  let url: string | undefined;
  let publication: string | undefined;
  walk(note, (node) => {
    // The source is the first web address: a link to another article of the site, or to a
    // section of this one, is a pointer, not the source's address.
    if (node.type === 'link' && url === undefined && isWebAddress(node.url)) url = node.url;
    if (node.type === 'emphasis' && publication === undefined) publication = toString(node).trim();
  });
  const title = /[“"]([^”"]+)[”"]/.exec(text)?.[1]?.trim();
  const firstPart = text.split(/,\s*/)[0]?.trim() ?? '';
  const startsWithTitle = /^[“"]/.test(text);
  const author = !startsWithTitle && firstPart !== '' && firstPart !== 'Report' && firstPart !== publication ? firstPart : undefined;
  const accessed = /accessed (\d{1,2} \w+ \d{4})/i.exec(text)?.[1] ?? (STORED_COPY.test(text) ? 'stored copy' : undefined);
  const beforeAccess = text.replace(/accessed \d{1,2} \w+ \d{4}/i, '').replace(STORED_COPY, '');
  // The date is outside the title: a headline may name a month and year of its own.
  const date = DAY_MONTH_YEAR.exec(beforeAccess.replace(/[“"][^”"]*[”"]/, ''))?.[0] ?? /,\s*(\d{4})\.?$/.exec(beforeAccess.replace(/\s*<?https?:\S+/g, '').trim())?.[1];
  return {
    text,
    ...(author && { author }),
    ...(title && { title }),
    ...(publication && { publication }),
    ...(date && { date }),
    ...(url && { url }),
    ...(accessed && { accessed }),
  };
}

/** The distinct sources an article (its parsed Markdown) cites, in the order of their notes. */
export function citationsOf(tree: Root): Citation[] {
  const byKey = new Map<string, Citation>();
  walk(tree, 'footnoteDefinition', (note: FootnoteDefinition) => {
    const citation = noteCitation(note);
    if (!byKey.has(sourceKey(citation))) byKey.set(sourceKey(citation), citation);
  });
  return [...byKey.values()];
}

/** What makes two citations the same source: the address without its fragment, else the title. */
export function sourceKey(citation: Citation): string {
  if (citation.key && !citation.url) return `@${citation.key}`;
  if (citation.url) {
    const url = new URL(citation.url);
    return `${url.host.toLowerCase().replace(/^www\./, '')}${url.pathname.replace(/\/$/, '')}${url.search}`;
  }
  return (citation.title ?? citation.text).toLowerCase();
}

/** A stable anchor for a source on the bibliography page ("source-thediplomat-com-2020-09-india-and-japan…"). */
export function sourceId(citation: Citation): string {
  return `source-${slugify(sourceKey(citation)).slice(0, 80).replace(/-$/, '')}`;
}
