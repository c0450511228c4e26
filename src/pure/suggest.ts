/**
 * "Did you mean …?": the closest names in the site's closed vocabulary (exercises, their
 * aliases, places, ships, aircraft, people) to a query that found little, by edit
 * distance. Pure, so it runs in the browser with no server.
 */

const JAPANESE = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30fc';
// A dot between two Japanese words of a name (ダルマ・ガーディアン): readers type it or not.
const JAPANESE_DOT = new RegExp(`([${JAPANESE}])[\\u30fb\\uff65\\u00b7]+(?=[${JAPANESE}])`, 'gu');
/** Whether `text` has a Japanese letter (kanji, kana). */
export const hasJapanese = (text: string): boolean => new RegExp(`[${JAPANESE}]`, 'u').test(text);

/** Lower case, with runs of spaces, hyphens and punctuation collapsed to one space; a dot
 * between Japanese letters dropped. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    // NFKD splits the voiced kana (ダ = タ + U+3099), whose mark is no letter: put them back.
    .normalize('NFC')
    // Readers type a name with or without its dot (ダルマ・ガーディアン, ダルマガーディアン): the
    // dot goes. A space stays: it parts the words of a query, as in English.
    .replace(JAPANESE_DOT, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** How many edits a word of this length may be from a word of a name and still read as a
 * typo of it: one in a short word ("Malabaar", "Mitri"), two in a long one ("Gaurdain"). */
export function tolerance(length: number): number {
  return length <= 6 ? 1 : 2;
}

/**
 * The edits between a query and a name, when the query reads as a typo of it, else
 * undefined: word for word, each word within its tolerance ("Indra" is not a typo of
 * "Indian", nor "SIMBEX" of "JIMEX"), or, where a space was lost or added, the whole
 * within one edit.
 */
export function typoDistance(query: string, name: string): number | undefined {
  const words = query.split(' ');
  const nameWords = name.split(' ');
  if (words.length !== nameWords.length) {
    if (Math.abs(query.length - name.length) > 1) return undefined;
    const distance = editDistance(query, name);
    return distance <= 1 ? distance : undefined;
  }
  let total = 0;
  for (const [index, word] of words.entries()) {
    const other = nameWords[index] ?? '';
    // Lengths further apart than the tolerance cannot be within it: skip the table.
    if (Math.abs(word.length - other.length) > tolerance(word.length)) return undefined;
    const distance = editDistance(word, other);
    if (distance > tolerance(word.length)) return undefined;
    total += distance;
  }
  return total;
}

export interface Suggestion {
  term: string;
  distance: number;
}

/**
 * The vocabulary terms `query` reads as a typo of, closest first, or none when the query
 * is itself a term. `unambiguous` is true when a single term is closest.
 */
export function suggest(query: string, vocabulary: readonly string[], limit = 3): { suggestions: Suggestion[]; unambiguous: boolean } {
  const wanted = normalise(query);
  if (wanted === '') return { suggestions: [], unambiguous: false };
  const byKey = new Map<string, string>();
  for (const term of vocabulary) if (!byKey.has(normalise(term))) byKey.set(normalise(term), term);
  if (byKey.has(wanted)) return { suggestions: [], unambiguous: false };
  const found = [...byKey]
    .flatMap(([key, term]) => {
      const distance = typoDistance(wanted, key);
      return distance === undefined ? [] : [{ term, distance }];
    })
    .sort((a, b) => a.distance - b.distance || a.term.localeCompare(b.term))
    .slice(0, limit);
  const unambiguous = found.length > 0 && (found.length === 1 || (found[1]?.distance ?? 0) > (found[0]?.distance ?? 0));
  return { suggestions: found, unambiguous };
}
