/** Words per minute for careful reading of reference prose (slower than the 238 wpm average for fiction). */
export const WORDS_PER_MINUTE = 200;

/** Counts words: runs of letters or digits, so "JIMEX-24" and "2+2" count as readers see them. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[-+'’.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole minutes to read `words` words, at least one so a short page never says "0 min". */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}
