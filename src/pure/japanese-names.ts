/**
 * Japanese names and terms as the Japanese pages (/ja/) read them: a series' or an edition's
 * name as a Japanese source writes it, or the English one, marked so, where none does; and
 * the term list grouped by what each term names, in a fixed order.
 */
import type { JapaneseName } from '../schemas/exercise.ts';
import { TERM_KINDS, type Term, type TermKind } from '../schemas/term.ts';

/** What a Japanese page shows for a series or an edition. */
export interface ShownName {
  /** The name to print. */
  name: string;
  /** Its language: `ja` for a name a Japanese source gives, `en` for the English fallback
   * (the page says so, and marks its language for screen readers). */
  lang: 'ja' | 'en';
  /** The sources' words for a Japanese name; none for the English fallback. */
  evidence: JapaneseName['evidence'];
}

/** The Japanese name of a series or an edition where a source gives one, else its English
 * name (`name` of a series, `label` of an edition). */
export function japaneseName(named: { nameJa?: JapaneseName | undefined } & ({ name: string } | { label: string })): ShownName {
  if (named.nameJa) return { name: named.nameJa.name, lang: 'ja', evidence: named.nameJa.evidence };
  return { name: 'name' in named ? named.name : named.label, lang: 'en', evidence: [] };
}

/** The terms grouped by kind, in the order of TERM_KINDS, each group in the list's order;
 * a kind with no term is left out. */
export function termsByKind(terms: readonly Term[]): { kind: TermKind; terms: Term[] }[] {
  return TERM_KINDS.map((kind) => ({ kind, terms: terms.filter((term) => term.kind === kind) })).filter((group) => group.terms.length > 0);
}

/** The Japanese term for an English one (compared without regard to case), if the list has it. */
export function termJa(terms: readonly Term[], en: string): string | undefined {
  const wanted = en.toLowerCase();
  return terms.find((term) => term.en.toLowerCase() === wanted)?.ja;
}
