/**
 * The search's status line: how many pages, for what; that a misspelt query was corrected;
 * or, in words, that no page mentions the query.
 */

export interface Counted {
  /** Pages that mention every word of what was searched. */
  count: number;
  /** What was searched: the query, or the name it was corrected to. */
  searched: string;
  /** The query as typed, when a correction was searched instead. */
  correctedFrom?: string | undefined;
}

export function searchSummary({ count, searched, correctedFrom }: Counted, query: string): string {
  if (query === '') return `${count} ${count === 1 ? 'page matches' : 'pages match'} the filters.`;
  if (count === 0) return `No page mentions “${query}”.`;
  const results = `${count} ${count === 1 ? 'result' : 'results'}`;
  return correctedFrom ? `No page mentions “${correctedFrom}”. Showing ${results} for ${searched}.` : `${results} for “${searched}”.`;
}
