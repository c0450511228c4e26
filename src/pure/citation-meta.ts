/**
 * The metadata reference managers and scholarly search engines read from an article's head:
 * Highwire Press `citation_*` tags (Google Scholar's inclusion guidelines; Zotero's Embedded
 * Metadata translator) and their Dublin Core equivalents. The site is the author: its
 * articles are written by the desk, not signed.
 */
import { isoDate } from './dates.ts';

export interface CitationMetaInput {
  title: string;
  url: string;
  published: Date;
  updated: Date;
  siteName: string;
  language: string;
}

/** Google Scholar's date form: YYYY/MM/DD. */
const scholarDate = (date: Date): string => isoDate(date).replace(/-/g, '/');

/** The `<meta name content>` pairs, in the order they are written. */
export function citationMeta({ title, url, published, updated, siteName, language }: CitationMetaInput): [name: string, content: string][] {
  return [
    ['citation_title', title],
    ['citation_author', siteName],
    ['citation_publication_date', scholarDate(published)],
    ['citation_online_date', scholarDate(published)],
    ['citation_date', scholarDate(updated)],
    ['citation_publisher', siteName],
    ['citation_language', language],
    ['citation_public_url', url],
    ['citation_fulltext_html_url', url],
    ['DC.title', title],
    ['DC.creator', siteName],
    ['DC.publisher', siteName],
    ['DC.date', isoDate(published)],
    ['DCTERMS.modified', isoDate(updated)],
    ['DC.language', language],
    ['DC.identifier', url],
    ['DC.type', 'Text'],
    ['DC.format', 'text/html'],
  ];
}

/** The schemas the Dublin Core names stand for, as `<link rel="schema.DC">` declares them. */
export const DUBLIN_CORE_SCHEMAS = { DC: 'http://purl.org/dc/elements/1.1/', DCTERMS: 'http://purl.org/dc/terms/' } as const;
