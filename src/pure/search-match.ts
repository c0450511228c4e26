/**
 * Whether a page really mentions what was searched. Pagefind ranks pages that match any word
 * of a query, and when a word is in no page at all it quietly searches the longest prefix
 * that is ("Garuda" becomes "g…"); this site only calls a page a result when it mentions
 * every word of the query, as Pagefind would match it (a word's start, or the same stem),
 * in its text or its names metadata. Pure, so it runs in the browser and in the tests.
 */
import { hasJapanese, normalise } from './suggest.ts';
import { own } from './own.ts';

/** Words so common on this site that a page mentioning only them is not about the query. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  'a an and at between by defence defense drill drills exercise exercises for in india indian japan japanese joint military naval navies navy of on the to with'.split(' '),
);

/** The distinct words of a query, as the site compares them: lower case, no accents or punctuation. */
export function queryTerms(query: string): string[] {
  return [...new Set(normalise(query).split(' ').filter((word) => word !== ''))];
}

/** The words of some texts, compared the same way. */
export function wordsOf(...texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap((text) => normalise(text).split(' ')).filter((word) => word !== ''));
}

const SUFFIXES = ['ingly', 'edly', 'ings', 'ing', 'ies', 'ied', 'es', 'ed', 'ly', 's', 'e'];

/** A light English stem ("guardians", "guardian" → "guardian"; "exercising", "exercise" →
 * "exercis"): enough to agree with Pagefind's stemmer on the plurals and verb forms readers type. */
export function stem(word: string): string {
  const suffix = SUFFIXES.find((ending) => word.endsWith(ending) && word.length - ending.length >= 3);
  return suffix ? word.slice(0, -suffix.length) : word;
}

/** Whether a page with `words` mentions `term`: a word starting with it, or with its stem. */
export function mentions(term: string, words: ReadonlySet<string>): boolean {
  // Japanese has no spaces: a page's "word" is a run of text (a clause, a sentence), and a
  // Japanese term is mentioned anywhere inside one. Pagefind splits such runs into words
  // itself, at indexing and at query time, not always alike (Pagefind issue #1237): this
  // check does not depend on how it splits them.
  if (hasJapanese(term)) return [...words].some((word) => word.includes(term));
  const termStem = stem(term);
  for (const word of words) if (word.startsWith(term) || stem(word) === termStem) return true;
  return false;
}

/** The terms no page in `pages` (each given as its words) mentions. */
export function missingTerms(terms: readonly string[], pages: readonly ReadonlySet<string>[]): string[] {
  return terms.filter((term) => !pages.some((words) => mentions(term, words)));
}

/** The terms that can make a page a partial match: present somewhere, and not common. */
export function telling(terms: readonly string[]): string[] {
  return terms.filter((term) => !COMMON_WORDS.has(term));
}

/** Where a query leads when it names a series or an edition (`targets`, keyed by normalised
 * name): its own name, or, for a name typed halfway ("Talisman Sabr", "Malab"), the
 * shortest name it begins, stopping inside a word of it: "India", a whole word, leads nowhere.
 * Too short a start (under four letters) names nothing. */
export function targetFor(query: string, targets: Readonly<Record<string, string>>): string | undefined {
  const key = normalise(query);
  const exact = own(targets, key);
  if (exact !== undefined) return exact;
  if (key.length < 4) return undefined;
  let best: string | undefined;
  for (const name of Object.keys(targets)) {
    const midWord = name.startsWith(key) && name.length > key.length && name[key.length] !== ' ';
    if (midWord && (best === undefined || name.length < best.length)) best = name;
  }
  return best === undefined ? undefined : own(targets, best);
}

/** A landed page's sections with the one a name leads to first: the section headed by the
 * name's title (an edition's label, "Dharma Guardian 2024", or its year alone under the
 * series' own article), else the one at the name's own
 * anchor; the rest in Pagefind's order. The result's excerpt then comes from that edition's
 * own text, not from whichever section Pagefind ranked first. */
export function sectionFirst<T extends { title: string; url: string }>(sections: readonly T[], title: string | undefined, hash: string): T[] {
  const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  // A heading may drop the series' name under its article: "2018" for Malabar 2018.
  const headed = (section: T) => title !== undefined && (key(section.title) === key(title) || (key(section.title).length >= 4 && key(title).endsWith(` ${key(section.title)}`)));
  const best = sections.find(headed) ?? sections.find((section) => hash !== '' && section.url.endsWith(hash));
  return best ? [best, ...sections.filter((section) => section !== best)] : [...sections];
}
