/**
 * remark plugin: turns each note that names a source record (`[@key] "words" comment`, see
 * src/pure/note-evidence.ts) into what the reader sees: the citation printed from the record,
 * then the supporting words in quotation marks (in the source's language, with our rendering
 * beside them in the page's language: on an English page the English gloss of a non-English
 * excerpt, on a Japanese page the `gloss-ja` of an English one, marked as ours), then the
 * note's comment. The record's citation is put
 * on the note (`data.citation`, `data.excerpts`) for the plugins after it: archived copy,
 * source entry, the bibliography. A note whose key is unknown is left as written: the
 * content lint refuses it before any page is built.
 */
import type { FootnoteDefinition, Paragraph, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { walk } from '../pure/walk.ts';
import { excerptQuoted, noteEvidence } from '../pure/note-evidence.ts';
import type { Citation } from '../pure/citation.ts';
import { citationOf, citationParts } from '../pure/source-record.ts';
import type { SourceRecord } from '../schemas/source.ts';
import { ui, type MarkdownWords } from '../i18n/index.ts';

declare module 'mdast' {
  interface FootnoteDefinitionData {
    /** The note's source, from its record. */
    citation?: Citation;
    /** Which of the record's excerpts the note quotes (their indexes). */
    excerpts?: number[];
  }
}

export interface NoteEvidenceRenderOptions {
  sources: ReadonlyMap<string, SourceRecord>;
  /** The page's words: the quotation marks, the gloss beside an excerpt, the citation's dates
   * (English unless given). */
  words?: MarkdownWords;
  /** The page's language: an excerpt in another is marked with its own (`lang`). */
  lang?: string;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
/** An inline element of the site's own (mdast has no span): emphasis renamed, as remark-rehype allows. */
const span = (className: string, children: PhrasingContent[], lang?: string): PhrasingContent => ({
  type: 'emphasis',
  data: { hName: 'span', hProperties: { className: [className], ...(lang && { lang }) } },
  children,
});

/** The printed citation (src/pure/source-record.ts), the publication in italics, the address
 * linked. The address and its comma are a span of their own, which the margin note leaves
 * out (footnotes.css): beside the text a reader wants the title and publication, and the
 * address is a step away, in the note at the foot and on the source's entry. */
function citationNodes(record: SourceRecord, words: MarkdownWords, pageLang: string | undefined): PhrasingContent[] {
  const nodes = citationParts(record, words, pageLang).flatMap((part, index): PhrasingContent[] => {
    const comma = index > 0 ? [text(', ')] : [];
    if (part.kind === 'url') return [span('citation-url', [...comma, { type: 'link', url: part.text, children: [text(part.text)] }])];
    if (part.lang) return [...comma, span('citation-title', [text(part.text)], part.lang)];
    return [...comma, part.kind === 'publication' ? { type: 'emphasis', children: [text(part.text)] } : text(part.text)];
  });
  nodes.push(text('.'));
  if (record.weak) nodes.push(text(' '), span('weak-source', [text(words.weakSource)]));
  return nodes;
}

/** The paragraph's inline content from character `offset` of its text on (the comment). */
function contentFrom(paragraph: Paragraph, offset: number): PhrasingContent[] {
  const kept: PhrasingContent[] = [];
  let at = 0;
  for (const child of paragraph.children) {
    const length = toString(child).length;
    if (at + length > offset) {
      if (at >= offset) kept.push(child);
      else if (child.type === 'text') kept.push(text(child.value.slice(offset - at)));
      else kept.push(child);
    }
    at += length;
  }
  return kept.some((node) => toString(node).trim() !== '') ? kept : [];
}

export function remarkNoteEvidence(options: NoteEvidenceRenderOptions) {
  const words = options.words ?? ui('en').markdown;
  return (tree: Root): void => {
    walk(tree, 'footnoteDefinition', (note: FootnoteDefinition) => {
      const evidence = noteEvidence(note, toString);
      const record = evidence && options.sources.get(evidence.key);
      if (!evidence || !record) return;
      const [first, ...rest] = note.children as [Paragraph, ...FootnoteDefinition['children']];
      const lang = record.language === (options.lang ?? 'en') ? undefined : record.language;
      const quoted: PhrasingContent[] = [];
      const relied: number[] = [];
      for (const quote of evidence.quotes) {
        const index = excerptQuoted(quote.text, record.excerpts);
        if (index >= 0 && !relied.includes(index)) relied.push(index);
        if (quoted.length > 0) quoted.push(text(' '));
        quoted.push(span('evidence-words', [text(words.quoted(quote.text.trim(), record.language))], lang));
        const excerpt = record.excerpts[index];
        const gloss = excerpt && words.gloss({ language: record.language, gloss: excerpt.gloss, glossJa: excerpt['gloss-ja'] });
        if (gloss) quoted.push(text(' '), span('gloss', [text(gloss.open), gloss.lang ? span('gloss-words', [text(gloss.text)], gloss.lang) : text(gloss.text), text(gloss.close)]));
      }
      const comment = contentFrom(first, evidence.commentStart);
      note.children = [
        { type: 'paragraph', children: citationNodes(record, words, options.lang) },
        ...(quoted.length > 0 ? [{ type: 'paragraph', data: { hProperties: { className: ['note-evidence'] } }, children: quoted } satisfies Paragraph] : []),
        ...(comment.length > 0 ? [{ type: 'paragraph', children: comment } satisfies Paragraph] : []),
        ...rest,
      ];
      note.data = { ...note.data, citation: citationOf(record), excerpts: relied };
    });
  };
}
