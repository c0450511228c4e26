/**
 * The metadata reference managers read from an article's head, saying one thing with the
 * Open Graph tags and the JSON-LD: a web page of this site, with its title, date and address,
 * and no author, since the articles are written by the site's desk, not signed.
 *
 * Dublin Core only. Highwire Press `citation_*` tags describe scholarly papers, and there is
 * no web-page type among them: Zotero's Embedded Metadata translator takes `citation_title`
 * for a journal article and `citation_author` for a person, so the site's name became
 * "Exercises, India–Japan Defence". Nor `DC.creator` (read as a person too) or `DC.type`
 * (`Text` is read as a journal article). The site's name reaches the translator as
 * `og:site_name`, its website title; `og:type` `website` makes the item a web page.
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

/** The `<meta name content>` pairs, in the order they are written. */
export function citationMeta({ title, url, published, updated, siteName, language }: CitationMetaInput): [name: string, content: string][] {
  return [
    ['DC.title', title],
    ['DC.publisher', siteName],
    ['DC.date', isoDate(published)],
    ['DCTERMS.modified', isoDate(updated)],
    ['DC.language', language],
    ['DC.identifier', url],
  ];
}

/** The schemas the Dublin Core names stand for, as `<link rel="schema.DC">` declares them. */
export const DUBLIN_CORE_SCHEMAS = { DC: 'http://purl.org/dc/elements/1.1/', DCTERMS: 'http://purl.org/dc/terms/' } as const;
