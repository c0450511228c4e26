/**
 * Typo correction word by word, within the words the search index holds: "unicron mast" is
 * "unicorn mast", "Vir Gaurdian" is "veer guardian". A word is corrected only to one closest
 * word the index holds, so a name the site never mentions ("Indra", "Yudh Abhyas") is never
 * turned into a word it does: a short word (five letters or fewer, where one edit reaches
 * many words) only to a different romanisation of itself (Vir, Veer), a longer one within
 * the edits `wordTolerance` allows. Pure, so it runs in the browser with no server.
 */
import { editDistance, normalise } from './suggest.ts';

/** Where the build writes the index's words (src/search/search-index.ts), fetched on a miss. */
export const INDEX_WORDS_PATH = 'pagefind/words.json';

/** The shortest word the index's word list keeps: shorter ones are never corrected to. */
export const MIN_WORD = 4;
const SHORT = 5;

/** Edits a word may be from an indexed word: one up to seven letters, two beyond. Tighter
 * than a series name's tolerance (suggest.ts), because the index holds thousands of words,
 * mostly names: at two edits "Khanjar", an exercise the site does not cover, became "kanwar". */
function wordTolerance(length: number): number {
  return length <= 7 ? 1 : 2;
}

/** The word with romanisation variants folded together: "veer" and "vir", "shinyuu" and
 * "shinyu", "maitri" and "maitree" share one key. */
export function romanisationKey(word: string): string {
  return word.replace(/ee/g, 'i').replace(/oo/g, 'u').replace(/(\p{L})\1+/gu, '$1');
}

/** The distinct words of `texts` the list keeps (MIN_WORD letters or more, not numbers), sorted. */
export function indexWords(texts: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of normalise(text).split(' ')) if ([...word].length >= MIN_WORD && !/^\d+$/.test(word)) words.add(word);
  }
  return [...words].sort();
}

/** The one word of `words` closest to `word`, or undefined where none is close enough or two are equally close. */
function closest(word: string, words: readonly string[]): string | undefined {
  const key = romanisationKey(word);
  const short = word.length <= SHORT;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tied = false;
  for (const candidate of words) {
    let distance: number | undefined = romanisationKey(candidate) === key ? 0.5 : undefined;
    if (distance === undefined && !short && Math.abs(candidate.length - word.length) <= wordTolerance(word.length)) {
      const edits = editDistance(word, candidate);
      if (edits <= wordTolerance(word.length)) distance = edits;
    }
    if (distance === undefined) continue;
    if (distance < bestDistance) [best, bestDistance, tied] = [candidate, distance, false];
    else if (distance === bestDistance) tied = true;
  }
  return tied ? undefined : best;
}

/**
 * The query with each word the index lacks replaced by its one closest indexed word, or
 * undefined when nothing needed correcting or a word the index lacks has no one closest word.
 * Words shorter than MIN_WORD that the list cannot hold are kept as typed unless a
 * romanisation of them is indexed.
 */
export function correctWords(query: string, words: readonly string[]): string | undefined {
  const known = new Set(words);
  const terms = normalise(query).split(' ').filter((term) => term !== '');
  let changed = false;
  const corrected: string[] = [];
  for (const term of terms) {
    if (known.has(term) || /^\d+$/.test(term)) {
      corrected.push(term);
      continue;
    }
    const replacement = closest(term, words);
    if (replacement === undefined && [...term].length < MIN_WORD) {
      corrected.push(term);
      continue;
    }
    if (replacement === undefined) return undefined;
    corrected.push(replacement);
    changed = true;
  }
  return changed ? corrected.join(' ') : undefined;
}

/** A corrected query as the site writes it where it is one of the site's names ("Veer
 * Guardian"), else as corrected ("unicorn mast"). */
export function displayForm(corrected: string, names: readonly string[]): string {
  return names.find((name) => normalise(name) === corrected) ?? corrected;
}
