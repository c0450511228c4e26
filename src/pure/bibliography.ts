/**
 * The site's bibliography, built from the articles' footnotes: each source once, however
 * often it is cited, grouped by publication, with every note that cites it.
 */
import type { FootnoteDefinition, Root } from 'mdast';
import { walk } from './walk.ts';
import { slugify } from './slug.ts';
import { noteCitation, sourceId, sourceKey, type Citation } from './citation.ts';
import { footnoteNumbers } from './footnote-numbers.ts';

/** A note that cites a source: where to find it and the number the reader sees. */
export interface CitingNote {
  articleId: string;
  articleTitle: string;
  label: string;
  number: number;
  /** Which of the source record's excerpts the note quotes. */
  excerpts?: number[];
}

export interface SourceEntry {
  id: string;
  citation: Citation;
  citedIn: CitingNote[];
}

export interface PublicationGroup {
  publication: string;
  sources: SourceEntry[];
}

/** One footnote: its label, the number the reader sees, and the source it cites. */
export interface NoteCitation {
  label: string;
  number: number;
  citation: Citation;
  /** Which of the source record's excerpts the note quotes. */
  excerpts?: number[];
}

/** The article fields the bibliography needs: its id, title and notes. */
export interface ArticleNotes {
  id: string;
  title: string;
  notes: readonly NoteCitation[];
}

/** Every footnote of an article's Markdown, in the order written. */
export function noteCitations(tree: Root): NoteCitation[] {
  const numbers = footnoteNumbers(tree);
  const notes: NoteCitation[] = [];
  walk(tree, 'footnoteDefinition', (note: FootnoteDefinition) => {
    const label = note.identifier.toLowerCase();
    const excerpts = note.data?.excerpts;
    notes.push({ label, number: numbers.get(label) ?? 0, citation: noteCitation(note), ...(excerpts && { excerpts }) });
  });
  return notes;
}

const sortName = (name: string) => name.replace(/^the\s+/i, '').toLowerCase();

/** A citation's date as a number for sorting ("12 September 2020", "2025"); unknown dates last. */
export function dateValue(date: string | undefined): number {
  if (!date) return Number.POSITIVE_INFINITY;
  const time = Date.parse(/^\d{4}$/.test(date) ? `1 January ${date}` : date);
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
}

/** Keeps the fuller of two citations of the same source. */
function fuller(a: Citation, b: Citation): Citation {
  return Object.keys(b).length > Object.keys(a).length ? b : a;
}

export function buildBibliography(articles: Iterable<ArticleNotes>): PublicationGroup[] {
  const sources = new Map<string, SourceEntry>();
  for (const article of articles) {
    for (const { label, number, citation, excerpts } of article.notes) {
      const key = sourceKey(citation);
      const entry = sources.get(key) ?? { id: sourceId(citation), citation, citedIn: [] };
      entry.citation = fuller(entry.citation, citation);
      entry.citedIn.push({ articleId: article.id, articleTitle: article.title, label, number, ...(excerpts && { excerpts }) });
      sources.set(key, entry);
    }
  }
  // Grouped by the publication's slug, so two spellings of one name ("JAPAN Forward", "Japan
  // Forward") make one group (and one anchor), under the first spelling met.
  const groups = new Map<string, { publication: string; entries: SourceEntry[] }>();
  for (const entry of sources.values()) {
    const publication = entry.citation.publication ?? 'Other sources';
    const group = groups.get(slugify(publication)) ?? { publication, entries: [] };
    group.entries.push(entry);
    groups.set(slugify(publication), group);
  }
  return [...groups.values()]
    .map(({ publication, entries }) => ({
      publication,
      sources: entries.sort(
        (a, b) => dateValue(a.citation.date) - dateValue(b.citation.date) || (a.citation.title ?? a.citation.text).localeCompare(b.citation.title ?? b.citation.text),
      ),
    }))
    .sort((a, b) => sortName(a.publication).localeCompare(sortName(b.publication)));
}
