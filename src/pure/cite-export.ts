/**
 * An article's CSL record as BibTeX, RIS and CSL-JSON, written by citation-js (its BibTeX and
 * RIS plugins), at build time only: the library stays out of the browser's code.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslRecord } from './cite.ts';

export function bibtexOf(record: CslRecord): string {
  return String(new Cite(record).format('bibtex')).trim();
}

export function risOf(record: CslRecord): string {
  return String(new Cite(record).format('ris')).trim();
}

export function cslJsonOf(record: CslRecord): string {
  return JSON.stringify([record], null, 2);
}

let accessedTag: string | undefined;

/** The RIS tag citation-js writes the accessed date under (it depends on the type): found
 * once, by writing a record with two accessed dates and seeing which line changes. */
export function risAccessedTag(record: CslRecord): string {
  if (accessedTag) return accessedTag;
  const day = (date: [number, number, number]) => risOf({ ...record, accessed: { 'date-parts': [date] } }).split('\n');
  const [one, two] = [day([1999, 1, 1]), day([1999, 1, 2])];
  const changed = one.find((line, index) => line !== two[index]);
  accessedTag = changed?.slice(0, 2);
  if (!accessedTag) throw new Error('citation-js wrote no accessed date in RIS: cite.ts cannot update it in the browser.');
  return accessedTag;
}
