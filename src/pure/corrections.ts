/**
 * The corrections log as the pages show it: newest first, and for an article or an edition,
 * the corrections that touched it, each linking to its entry on /corrections/.
 */
import type { Correction } from '../schemas/correction.ts';
import type { SourceRecord } from '../schemas/source.ts';
import { excerptQuoted } from './note-evidence.ts';
import { citationOf, citationParts, type CitationPart, type CitationWords } from './source-record.ts';

/** A correction with its id (its file name, and its entry's anchor on /corrections/). */
export type CorrectionEntry = Correction & { id: string };

/** What an article or edition shows of a correction that touched it. */
export interface CorrectionMark {
  id: string;
  date: string;
  summary: string;
}

/** Newest first; corrections of one day in the order of their ids, so the list is stable. */
export function newestFirst(entries: readonly CorrectionEntry[]): CorrectionEntry[] {
  return [...entries].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

const markOf = ({ id, date, summary }: CorrectionEntry): CorrectionMark => ({ id, date, summary });

/** The corrections that changed an article, newest first. */
export function correctionsOfArticle(entries: readonly CorrectionEntry[], article: string): CorrectionMark[] {
  return newestFirst(entries.filter((entry) => entry.articles.includes(article))).map(markOf);
}

/** The corrections of each edition id they name, newest first. */
export function correctionsByEdition(entries: readonly CorrectionEntry[]): Map<string, CorrectionMark[]> {
  const byEdition = new Map<string, CorrectionMark[]>();
  for (const entry of newestFirst(entries)) {
    for (const edition of entry.editions) byEdition.set(edition, [...(byEdition.get(edition) ?? []), markOf(entry)]);
  }
  return byEdition;
}

/** A quotation of a correction's evidence as the page shows it: the record's citation and
 * language, and our gloss of the excerpt it is taken from (for words not in English). */
export interface EvidenceShown {
  key: string;
  citation: string;
  /** The citation's parts, in the page's words (its dates and access), a title in another
   * language than the page's marked with its own (src/pure/source-record.ts). */
  parts: CitationPart[];
  url?: string;
  quote: string;
  language: string;
  gloss?: string;
}

/** A correction's evidence with what the page prints for each source; `records` holds every
 * record the lint checked the quotes against; `words` and `pageLang` are a page's in another
 * language than English. */
export function evidenceShown(entry: Pick<Correction, 'evidence'>, records: ReadonlyMap<string, SourceRecord>, words?: CitationWords, pageLang?: string): EvidenceShown[] {
  return entry.evidence.map(({ source, quote }) => {
    const record = records.get(source);
    if (!record) throw new Error(`content/corrections: no source record \`${source}\` (npm run lint:content says where)`);
    const excerpt = record.excerpts[excerptQuoted(quote, record.excerpts)];
    return { key: source, citation: citationOf(record).text, parts: citationParts(record, words, pageLang), ...(record.URL && { url: record.URL }), quote, language: record.language, ...(excerpt?.gloss && { gloss: excerpt.gloss }) };
  });
}
