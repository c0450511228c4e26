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
