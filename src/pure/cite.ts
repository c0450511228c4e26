/**
 * "Cite this article": one CSL-JSON record per article, from which every format is made.
 * BibTeX, RIS and CSL-JSON come from citation-js (cite-export.ts, at build time); Chicago and
 * APA are written here from the same record, and this module also ships to the browser, which
 * puts the reader's own date in as the accessed date.
 *
 * Chicago and APA are ours rather than citeproc's (through citation-js): citeproc takes 3.7 ms
 * an article for one style, 37 s more CPU at 10,000 articles, and no maintained npm package
 * ships the Chicago CSL style.
 */
import { isoDate } from './dates.ts';

export interface CiteInput {
  title: string;
  /** The article's permanent address. */
  url: string;
  /** The version cited: the article as last updated. */
  updated: Date;
  /** Its number: 1 as first published, one more for each revision the article lists. */
  version: number;
  accessed: Date;
  siteName: string;
  /** The article's slug, for the record's id and the BibTeX key. */
  slug: string;
}

interface DateParts {
  'date-parts': [[number, number, number]];
}

/** The CSL-JSON fields the site writes for an article (a web page with no named author). */
export interface CslRecord {
  id: string;
  /** BibTeX's key: letters, digits and underscores, which every BibTeX reads. */
  'citation-key': string;
  type: 'webpage';
  title: string;
  'container-title': string;
  publisher: string;
  URL: string;
  /** The version cited: the article as last updated. (No `original-date`: APA prints it as
   * "Original work published", which a web page that is updated in place is not.) */
  issued: DateParts;
  /** "Version 3": the revision cited, so a reader can tell which text a citation quotes. */
  version: string;
  accessed: DateParts;
  language: string;
}

export const dateParts = (date: Date): DateParts => ({ 'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]] });
const dateOf = ({ 'date-parts': [[year, month, day]] }: DateParts): Date => new Date(Date.UTC(year, month - 1, day));

export function cslRecord({ title, url, updated, version, accessed, siteName, slug }: CiteInput, language = 'en-GB'): CslRecord {
  return {
    id: `ijde-${slug}`,
    'citation-key': `ijde_${slug.replace(/[^a-z0-9]+/gi, '_')}`,
    type: 'webpage',
    title,
    'container-title': siteName,
    publisher: siteName,
    URL: url,
    issued: dateParts(updated),
    version: `Version ${version}`,
    accessed: dateParts(accessed),
    language,
  };
}

/** The record with another accessed date: what the browser does with the reader's date. */
export function withAccessed(record: CslRecord, accessed: Date): CslRecord {
  return { ...record, accessed: dateParts(accessed) };
}

const monthDayYear = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const monthDay = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' });

/** Chicago (17th ed.), a web page with no named author. */
export function chicago(record: CslRecord): string {
  return `“${record.title}.” ${record['container-title']}. ${record.version}, last modified ${monthDayYear.format(dateOf(record.issued))}. Accessed ${monthDayYear.format(dateOf(record.accessed))}. ${record.URL}.`;
}

/** APA (7th ed.), a web page whose content may change, so it carries a retrieval date. */
export function apa(record: CslRecord): string {
  const updated = dateOf(record.issued);
  return `${record.title} (${record.version}). (${updated.getUTCFullYear()}, ${monthDay.format(updated)}). ${record['container-title']}. Retrieved ${monthDayYear.format(dateOf(record.accessed))}, from ${record.URL}`;
}

/** citation-js writes the accessed date into biblatex's `urldate` and its note as `accessed YYYY-MM-DD`. */
export function bibtexWithAccessed(bibtex: string, accessed: Date): string {
  return bibtex.replace(/(accessed |urldate = \{)\d{4}-\d{2}-\d{2}/g, `$1${isoDate(accessed)}`);
}

/** RIS writes dates as `YYYY/M/D/`; the accessed date sits under the tag `tag` (cite-export.ts
 * finds which). */
export function risWithAccessed(ris: string, tag: string, accessed: Date): string {
  const [[year, month, day]] = dateParts(accessed)['date-parts'];
  return ris.replace(new RegExp(`^(${tag}  - ).*$`, 'm'), `$1${year}/${month}/${day}/`);
}

/** A file to download, as a `data:` URL: no request, no extra file per article. */
export function dataUrl(type: string, text: string): string {
  return `data:${type};charset=utf-8,${encodeURIComponent(text)}`;
}

export const RIS_TYPE = 'application/x-research-info-systems';
export const CSL_JSON_TYPE = 'application/vnd.citationstyles.csl+json';
