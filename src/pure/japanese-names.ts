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

/** Words a page shows from the data, with their language where the page must mark it: the
 * English the data holds, kept where the page's language has no word for it. */
export interface ShownWords {
  name: string;
  lang?: 'en';
}

/** A country as the data writes it ("India", "Thailand and the United States") in a page's
 * words: `names` maps the data's country names to the page's, two joined by "and" are each
 * named and joined by `and`; a name the map lacks is kept in English, marked so. */
export function countryShown(country: string, names: Readonly<Record<string, string>>, and: string): ShownWords {
  const whole = names[country];
  if (whole !== undefined) return { name: whole };
  const parts = country.split(/\s+and\s+(?:the\s+)?/);
  const shown = parts.map((part) => names[part.replace(/^the\s+/, '')]);
  return shown.every((name) => name !== undefined) ? { name: shown.join(and) } : { name: country, lang: 'en' };
}

/** A participant's force on a Japanese page: the term list's Japanese term for it where it has
 * one, else its English name (the short form for `short`, where it has one), marked English. */
export function forceShown(participant: { force: string; short?: string | undefined }, form: 'short' | 'full', terms: readonly Term[]): ShownWords {
  const ja = termJa(terms, participant.force);
  if (ja) return { name: ja };
  return { name: form === 'short' ? (participant.short ?? participant.force) : participant.force, lang: 'en' };
}
