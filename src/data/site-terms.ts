/**
 * The term list (content/terms/terms.yaml) for the pages: the Japanese words the Ministry of
 * Defense, the JSDF and the Japanese press use for forces, places, ranks and ship types, each
 * with its sources' words. The /ja/ pages write these terms; /ja/terms/ lists them by kind.
 */
import { readTerms } from '../corpus/term-list.ts';
import { termsByKind } from '../pure/japanese-names.ts';
import type { Term, TermKind } from '../schemas/term.ts';

let once: Term[] | undefined;

/** Every term, in the list's order. Read once per build; `astro dev` reads it afresh, as it
 * may have been saved since. */
export function getTerms(): Term[] {
  if (import.meta.env?.DEV) return readTerms();
  return (once ??= readTerms());
}

/** The terms grouped by kind, for the terms page (/ja/terms/). */
export function getTermsByKind(): { kind: TermKind; terms: Term[] }[] {
  return termsByKind(getTerms());
}
