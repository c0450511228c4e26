/**
 * Finds runs of words an article shares with a source document, the way the research desk's
 * overlap check does: frontmatter, URLs and text in double quotation marks are left out,
 * since a marked, footnoted quotation is allowed.
 */

/** The words of `text` that count towards a copied run; `keepQuotations` keeps the text in
 * quotation marks (a source's quoted excerpts are still its words, not ours). */
export function proseWords(text: string, keepQuotations = false): string[] {
  const unquoted = keepQuotations ? text : text.replace(/["“][^"”\n]{0,400}["”]/g, ' ');
  const prose = unquoted.replace(/^---\n[\s\S]*?\n---\n/, ' ').replace(/https?:\/\/\S+/g, ' ');
  return prose.toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
}

/** Runs of at least `length` consecutive words of `article` that also occur in `source`. */
export function sharedRuns(article: string, source: string, length = 12, { sourceQuotations = false } = {}): string[] {
  const sourceWords = proseWords(source, sourceQuotations);
  const grams = new Set<string>();
  for (let index = 0; index + length <= sourceWords.length; index++) grams.add(sourceWords.slice(index, index + length).join(' '));
  const words = proseWords(article);
  const runs: string[] = [];
  let index = 0;
  while (index + length <= words.length) {
    if (!grams.has(words.slice(index, index + length).join(' '))) {
      index++;
      continue;
    }
    let end = index + length;
    while (end < words.length && grams.has(words.slice(end - length + 1, end + 1).join(' '))) end++;
    runs.push(words.slice(index, end).join(' '));
    index = end;
  }
  return runs;
}

/** Han and kana (with the long-vowel and iteration marks): the characters a run of Japanese
 * prose is made of. Japanese has no spaces between words, so it is compared by characters. */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]+/gu;
/** Punctuation inside a Japanese sentence, left out so that a copy re-punctuated still counts. */
const CJK_PUNCTUATION = /[、。・，．]/g;

/** The runs of Japanese characters of `text` that count towards a copied run: frontmatter,
 * note definitions, URLs and text in 「」『』 or quotation marks are left out (marked quotations
 * and the notes' copied evidence are allowed); `keepQuotations` keeps the quoted text (a
 * source's quotations are still its words, not ours). Anything else (Latin letters, digits,
 * spaces) ends a run. */
export function proseCharacterRuns(text: string, keepQuotations = false): string[] {
  let prose = text.replace(/^---\n[\s\S]*?\n---\n/, ' ').replace(/^\[\^[^\]\n]+\]:.*$/gm, ' ').replace(/https?:\/\/\S+/g, ' ');
  if (!keepQuotations) prose = prose.replace(/「[^」\n]{0,400}」|『[^』\n]{0,400}』|["“][^"”\n]{0,400}["”]/g, ' ');
  return prose.replace(CJK_PUNCTUATION, '').match(CJK_RUN) ?? [];
}

/** Runs of at least `length` consecutive Japanese characters of `article` (its prose, as
 * proseCharacterRuns reads it) that also occur in `source`; `sourceQuotations` counts the
 * source's quoted text as its words. */
export function sharedCharacterRuns(article: string, source: string, length = 20, { sourceQuotations = false } = {}): string[] {
  const grams = new Set<string>();
  for (const run of proseCharacterRuns(source, sourceQuotations)) {
    const characters = [...run];
    for (let index = 0; index + length <= characters.length; index++) grams.add(characters.slice(index, index + length).join(''));
  }
  const shared: string[] = [];
  for (const run of proseCharacterRuns(article)) {
    const characters = [...run];
    let index = 0;
    while (index + length <= characters.length) {
      if (!grams.has(characters.slice(index, index + length).join(''))) {
        index++;
        continue;
      }
      let end = index + length;
      while (end < characters.length && grams.has(characters.slice(end - length + 1, end + 1).join(''))) end++;
      shared.push(characters.slice(index, end).join(''));
      index = end;
    }
  }
  return shared;
}
