/**
 * A source record (src/schemas/source.ts) as the pages use it: the citation a note prints,
 * the date as readers read it, the archived copy, and the CSL-JSON that /data/sources.json
 * publishes for citation managers. The record is the one home of a source's metadata; nothing
 * here reads it back from printed text.
 */
import type { SourceRecord } from '../schemas/source.ts';
import type { Citation } from './citation.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2024-03-27` as "27 March 2024", `2024-03` as "March 2024", `2024` as "2024". */
export function readableDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  return [day && String(Number(day)), monthName, year].filter(Boolean).join(' ');
}

/** The record's authors as printed: "Rajeswari Pillai Rajagopalan", "A and B". */
export function authorText(record: Pick<SourceRecord, 'author'>): string | undefined {
  const names = (record.author ?? []).map((name) => ('literal' in name ? name.literal : [name.given, name.family].filter(Boolean).join(' ')));
  if (names.length === 0) return undefined;
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Where the source appeared: its publication (with the wire service it credits) or, for a
 * paper, its publisher and place. */
export function publicationOf(record: SourceRecord): string | undefined {
  const name = record['container-title'] ?? record.publisher;
  return name && record.wire ? `${name} (${record.wire})` : name;
}

/** The archived copy's day (YYYY-MM-DD), when the address asks for one. */
export function archivedDay(archived: string | undefined): string | undefined {
  const stamp = archived && /^https:\/\/web\.archive\.org\/web\/(\d{4})(\d{2})(\d{2})\//.exec(archived);
  return stamp ? `${stamp[1]}-${stamp[2]}-${stamp[3]}` : undefined;
}

/** One part of a printed citation; the publication is set in italics, the address linked. */
export interface CitationPart {
  text: string;
  kind?: 'publication' | 'url';
  /** The language of the words, where a page must mark it: the title of a source in another
   * language than the page's. */
  lang?: string;
}

/** How a citation writes its dates and its access: English unless a page's words say otherwise. */
export interface CitationWords {
  citationDate: (date: string) => string;
  accessed: (date: string) => string;
  storedCopy: string;
}

const ENGLISH_CITATION: CitationWords = { citationDate: readableDate, accessed: (date) => `accessed ${date}`, storedCopy: 'stored copy' };

/** The parts of the citation a note prints for a record, in order: author, “title”,
 * publication (and place, for a paper), date, address, accessed. Joined with commas. The
 * record's own words (names, title, publication) are printed as the source gives them, in
 * any page's language; only the dates and the access are the page's `words`. On a page in
 * another language than English (`pageLang`), a title in any other language than the page's
 * carries the source's `lang`, for the page to mark. */
export function citationParts(record: SourceRecord, words: CitationWords = ENGLISH_CITATION, pageLang?: string): CitationPart[] {
  const publication = publicationOf(record);
  const accessed = record.accessed === undefined ? undefined : record.accessed === 'stored copy' ? words.storedCopy : words.accessed(words.citationDate(record.accessed));
  const place = record.publisher && !record['container-title'] ? record['publisher-place'] : undefined;
  const parts: (CitationPart | false | undefined)[] = [
    authorText(record) !== undefined && { text: authorText(record) ?? '' },
    record.title !== undefined && { text: `“${record.title}”`, ...(pageLang !== undefined && pageLang !== 'en' && record.language !== pageLang && { lang: record.language }) },
    publication !== undefined && { text: publication, kind: 'publication' },
    place !== undefined && { text: place },
    record.issued !== undefined && { text: words.citationDate(record.issued) },
    record.URL !== undefined && { text: record.URL, kind: 'url' },
    accessed !== undefined && { text: accessed },
  ];
  return parts.filter((part): part is CitationPart => Boolean(part));
}

/** The citation the pages print for a record: the same fields a note used to write by hand. */
export function citationOf(record: SourceRecord): Citation {
  const author = authorText(record);
  const publication = publicationOf(record);
  const date = record.issued ? readableDate(record.issued) : undefined;
  const accessed = record.accessed === undefined ? undefined : record.accessed === 'stored copy' ? 'stored copy' : readableDate(record.accessed);
  return {
    key: record.id,
    text: `${citationParts(record).map((part) => part.text).join(', ')}.`,
    ...(author && { author }),
    ...(record.title && { title: record.title }),
    ...(publication && { publication }),
    ...(date && { date }),
    ...(record.URL && { url: record.URL }),
    ...(accessed && { accessed }),
    ...(record.archived && { archived: record.archived }),
    ...(record.weak && { weak: true }),
    language: record.language,
  };
}

type CslDate = { 'date-parts': [number[]] } | { literal: string };

const cslDate = (date: string): CslDate => ({ 'date-parts': [date.split('-').map(Number)] });

/** The record as CSL-JSON (citationstyles.org's csl-data schema): the site's own fields
 * (weak, archived, excerpts) are left out, the wire service goes in `note`. */
export function cslJson(record: SourceRecord): Record<string, unknown> {
  return {
    id: record.id,
    type: record.type,
    ...(record.title && { title: record.title }),
    ...(record['container-title'] && { 'container-title': record['container-title'] }),
    ...(record.publisher && { publisher: record.publisher }),
    ...(record['publisher-place'] && { 'publisher-place': record['publisher-place'] }),
    ...(record.author && { author: record.author }),
    ...(record.issued && { issued: cslDate(record.issued) }),
    ...(record.accessed && record.accessed !== 'stored copy' && { accessed: cslDate(record.accessed) }),
    ...(record.URL && { URL: record.URL }),
    language: record.language,
    ...((record.wire || record.accessed === 'stored copy') && {
      note: [record.wire && `Wire service: ${record.wire}`, record.accessed === 'stored copy' && 'Read from a stored copy'].filter(Boolean).join('. '),
    }),
  };
}
