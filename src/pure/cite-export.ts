/**
 * An article's CSL record as BibTeX, RIS and CSL-JSON, written by citation-js (its BibTeX and
 * RIS plugins), at build time only: the library stays out of the browser's code.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslRecord } from './cite.ts';

/** biblatex (`@online` with `date` and `urldate`): classic BibTeX's `@misc` writes the month
 * as `month = {nov 27}`, which biblatex refuses. The `booktitle` citation-js writes for the
 * site's name is not an `@online` field: it goes, and the name stays as `organization`. */
export function bibtexOf(record: CslRecord): string {
  return String(new Cite(record).format('biblatex'))
    .replace(/^\s*booktitle = \{.*\},\n/m, '')
    .trim();
}

/** RIS, with the website's name as `T2` (the secondary title), which citation-js leaves out of
 * an `ELEC` record and citation managers file as the website title. */
export function risOf(record: CslRecord): string {
  const ris = String(new Cite(record).format('ris')).trim();
  return /^T2 {2}- /m.test(ris) ? ris : ris.replace(/^(TI {2}- .*)$/m, `$1\nT2  - ${record['container-title']}`);
}

export function cslJsonOf(record: CslRecord): string {
  return JSON.stringify([record]);
}

/** The tag of the first line that differs between two RIS texts of one record. */
export function tagThatDiffers(one: string, two: string): string {
  const [first, second] = [one.split('\n'), two.split('\n')];
  const changed = first.find((line, index) => line !== second[index]);
  if (!changed) throw new Error('citation-js wrote no accessed date in RIS: cite.ts cannot put the reader\'s date in.');
  return changed.slice(0, 2);
}

let accessedTag: string | undefined;

/** The RIS tag citation-js writes the accessed date under (it depends on the type): found
 * once, by writing the record with two accessed dates and seeing which line changes. */
export function risAccessedTag(record: CslRecord): string {
  const on = (date: [number, number, number]) => risOf({ ...record, accessed: { 'date-parts': [date] } });
  accessedTag ??= tagThatDiffers(on([1999, 1, 1]), on([1999, 1, 2]));
  return accessedTag;
}
