/**
 * A translation (`<id>.ja.md`) against the article it translates: its notes are the English's
 * notes (the same labels, each citing and quoting the same words of the same record, byte for
 * byte; only a comment after the quotation is translated), and it links to the same pages
 * (a link within the page goes to a translated heading, and is checked as any other is).
 * What each article offers for the comparison is read from its tree in the lint
 * (`translationFacts`); the article pass compares a translation with its original once both
 * are known (src/corpus/article-pass.ts).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { parseNoteEvidence } from '../pure/note-evidence.ts';
import { walk } from '../pure/walk.ts';
import { noteText } from './rules/note-evidence.ts';

/** A note's label and its `[@key] "…"` part as written (none for a note that names no record). */
export interface NoteClaim {
  label: string;
  claim?: string;
  line: number;
  column: number;
}

export interface PlacedLink {
  url: string;
  line: number;
  column: number;
}

/** What a translation must keep of its original: its notes' evidence and its links. */
export interface TranslationFacts {
  notes: NoteClaim[];
  links: PlacedLink[];
}

export interface TranslationProblem {
  reason: string;
  line: number;
  column: number;
}

/** The notes and links of an article's tree, as parsed (before any plugin changes it). */
export function translationFacts(tree: Root, file: VFile): TranslationFacts {
  const notes: NoteClaim[] = [];
  const links: PlacedLink[] = [];
  walk(tree, (node) => {
    const { line = 1, column = 1 } = node.position?.start ?? {};
    // A link within the page goes to the translation's own heading, whose id is its own words.
    if (node.type === 'link' && !node.url.startsWith('#')) links.push({ url: node.url, line, column });
    if (node.type !== 'footnoteDefinition') return;
    const written = noteText(node, file);
    const evidence = written && parseNoteEvidence(written.text);
    const claim = written && evidence ? written.text.slice(0, evidence.quotes.at(-1)?.end ?? evidence.keyStart + evidence.key.length + 1).trim() : undefined;
    notes.push({ label: node.label ?? node.identifier, ...(claim !== undefined && { claim }), line, column });
  });
  return { notes, links };
}

const where = (path: string, place: { line: number; column: number }): string => `${path}:${String(place.line)}:${String(place.column)}`;

/** What differs between a translation and its original (`originalPath`, for the messages). */
export function translationProblems(original: TranslationFacts, translation: TranslationFacts, originalPath: string): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const originalNotes = new Map(original.notes.map((note) => [note.label, note]));
  const translatedLabels = new Set(translation.notes.map((note) => note.label));
  for (const note of translation.notes) {
    const english = originalNotes.get(note.label);
    if (!english) {
      problems.push({ line: note.line, column: note.column, reason: `Note \`[^${note.label}]\` is not one of the English article's notes (${originalPath}): a translation defines exactly the English's notes, under the same labels` });
    } else if (english.claim !== note.claim) {
      problems.push({ line: note.line, column: note.column, reason: `Note \`[^${note.label}]\` must cite and quote what the English note does (${where(originalPath, english)}): copy its \`[@key] "…"\` part byte for byte, and translate only the comment after it` });
    }
  }
  for (const note of original.notes) {
    if (!translatedLabels.has(note.label)) problems.push({ line: 1, column: 1, reason: `The English article's note \`[^${note.label}]\` (${where(originalPath, note)}) is not defined here: copy its definition, and cite it where the English does` });
  }
  const count = (links: readonly PlacedLink[]) => links.reduce((counts, { url }) => counts.set(url, (counts.get(url) ?? 0) + 1), new Map<string, number>());
  const [englishLinks, translatedLinks] = [count(original.links), count(translation.links)];
  const seen = new Map<string, number>();
  for (const link of translation.links) {
    seen.set(link.url, (seen.get(link.url) ?? 0) + 1);
    if ((seen.get(link.url) ?? 0) > (englishLinks.get(link.url) ?? 0)) {
      problems.push({ line: link.line, column: link.column, reason: `Link to \`${link.url}\`, which the English article (${originalPath}) does not link to${englishLinks.has(link.url) ? ' this many times' : ''}: a translation links to the same pages as the English, translating only the links' text` });
    }
  }
  for (const link of original.links) {
    const missing = (englishLinks.get(link.url) ?? 0) - (translatedLinks.get(link.url) ?? 0);
    if (missing > 0) {
      problems.push({ line: 1, column: 1, reason: `The English article links to \`${link.url}\` (${where(originalPath, link)}) and this translation does not${missing > 1 ? ` (${String(missing)} times fewer)` : ''}: keep the link, translating only its text` });
      translatedLinks.set(link.url, (translatedLinks.get(link.url) ?? 0) + missing);
    }
  }
  return problems;
}
