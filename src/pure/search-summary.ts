/**
 * The search's status line: how many pages, for what; that a misspelt query was corrected;
 * or, in words, that no page mentions the query. The words are the page's language's
 * (src/i18n, `search.script`), handed to the browser's script as JSON.
 */
import { countedText, fill, type Counted as CountedWords } from './template.ts';

export interface Counted {
  /** Pages that mention every word of what was searched. */
  count: number;
  /** What was searched: the query, or the name it was corrected to. */
  searched: string;
  /** The query as typed, when a correction was searched instead. */
  correctedFrom?: string | undefined;
}

/** The status line's words, with {placeholders}. */
export interface SummaryWords {
  filtersMatch: CountedWords;
  noneFound: string;
  results: CountedWords;
  found: string;
  corrected: string;
}

export function searchSummary({ count, searched, correctedFrom }: Counted, query: string, words: SummaryWords): string {
  if (query === '') return countedText(words.filtersMatch, count);
  if (count === 0) return fill(words.noneFound, { query });
  const results = countedText(words.results, count);
  return correctedFrom ? fill(words.corrected, { typed: correctedFrom, results, searched }) : fill(words.found, { results, searched });
}
