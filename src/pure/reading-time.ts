/** Words per minute for careful reading of reference prose (slower than the 238 wpm average for fiction). */
export const WORDS_PER_MINUTE = 200;

/** Characters per minute for Japanese prose, which has no spaces to count words by: about 500
 * a minute, the rate Japanese sites reckon reading time at (400–600). */
export const CHARACTERS_PER_MINUTE = 500;

/** Japanese script: kanji, hiragana, katakana (with the long-vowel mark), counted a character at a time. */
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]/gu;

/** Counts words: runs of letters or digits, so "JIMEX-24" and "2+2" count as readers see them. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[-+'’.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** The length of a text as a reader reads it: Japanese by characters, everything else (English,
 * and the Latin names and numbers in a Japanese text) by words. */
export function readingLength(text: string): { words: number; characters: number } {
  const characters = text.match(JAPANESE)?.length ?? 0;
  return { words: countWords(characters > 0 ? text.replace(JAPANESE, ' ') : text), characters };
}

/** Whole minutes to read `words` words, at least one so a short page never says "0 min". */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** Whole minutes to read a text of words and Japanese characters, at least one. For a text
 * without Japanese it is readingMinutes(words). */
export function readingMinutesOf({ words, characters }: { words: number; characters: number }): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + characters / CHARACTERS_PER_MINUTE));
}
