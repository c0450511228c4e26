/**
 * "Cite this article" in three styles. Pure, so the page renders them at build time (with
 * the build date as the accessed date) and the browser re-renders them with the reader's.
 */
import { isoDate } from './dates.ts';

export interface CiteInput {
  title: string;
  /** The article's permanent address. */
  url: string;
  published: Date;
  updated: Date;
  accessed: Date;
  siteName: string;
  /** The article's slug, for the BibTeX key. */
  slug: string;
}

const monthDayYear = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** Chicago (17th ed.), a web page with no named author. */
export function chicago({ title, url, updated, accessed, siteName }: CiteInput): string {
  return `“${title}.” ${siteName}. Last modified ${monthDayYear.format(updated)}. Accessed ${monthDayYear.format(accessed)}. ${url}.`;
}

/** APA (7th ed.), a web page whose content may change, so it carries a retrieval date. */
export function apa({ title, url, updated, accessed, siteName }: CiteInput): string {
  const year = updated.getUTCFullYear();
  const monthDay = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(updated);
  return `${title}. (${year}, ${monthDay}). ${siteName}. Retrieved ${monthDayYear.format(accessed)}, from ${url}`;
}

/** Escapes what BibTeX treats specially; an en dash becomes its LaTeX form. */
function bibtexText(text: string): string {
  return text.replace(/[\\{}&%$#_]/g, (character) => `\\${character}`).replace(/–/g, '--');
}

/** BibTeX, as @misc (read by BibTeX and biblatex alike), with biblatex's date fields too. */
export function bibtex({ title, url, published, updated, accessed, siteName, slug }: CiteInput): string {
  return [
    `@misc{ijde-${slug},`,
    `  title        = {${bibtexText(title)}},`,
    `  howpublished = {${bibtexText(siteName)}},`,
    `  year         = {${updated.getUTCFullYear()}},`,
    `  date         = {${isoDate(published)}},`,
    `  url          = {${url}},`,
    `  urldate      = {${isoDate(accessed)}},`,
    `  note         = {Last updated ${isoDate(updated)}; accessed ${isoDate(accessed)}}`,
    '}',
  ].join('\n');
}

export const CITATION_STYLES = { chicago, apa, bibtex } as const;
export type CitationStyle = keyof typeof CITATION_STYLES;
