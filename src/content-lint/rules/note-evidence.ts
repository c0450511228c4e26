/**
 * remark-lint rule: every note carries its evidence. A note names a source record
 * (`[@key]`, content/sources/<key>.yaml) and quotes the words of that source that support the
 * sentence, copied from the record's excerpts; a note that only points to another article or
 * section of the site needs none. A claim whose notes all cite weak sources is refused: a
 * weak source (a blog, a mirror) never stands alone.
 */
import type { FootnoteDefinition, FootnoteReference, Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { walk } from '../../pure/walk.ts';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { excerptQuoted, parseNoteEvidence } from '../../pure/note-evidence.ts';
import type { SourceRecord } from '../../schemas/source.ts';

export interface NoteEvidenceOptions {
  /** The source records, by key. */
  sources: ReadonlyMap<string, SourceRecord>;
  /** Whether a note must cite a record (the site's own content); generated corpora may cite in prose. */
  required: boolean;
  /** Where the records are, for the messages (content/sources). */
  sourcesDir?: string;
  /** The article's language, from its file name: a translation (`ja`) is held to the
   * translation rules too (translation-glosses.ts). English unless given. */
  lang?: string;
}

const FIX_QUOTE = 'copy the words from the record\'s `excerpts` (an ellipsis may join fragments), or add the excerpt to the record, word for word from the research desk or the stored copy of the page';

/** The note's text after `[^label]:`, and where it starts in the file. */
export function noteText(note: FootnoteDefinition, file: VFile): { text: string; offset: number } | undefined {
  const first = note.children[0];
  const start = first?.position?.start.offset;
  const end = note.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  return { text: String(file.value).slice(start, end), offset: start };
}

/** Whether a note only points to a page or section of this site (no source of its own). */
function isPointer(note: FootnoteDefinition): boolean {
  let internal = false;
  let external = false;
  walk(note, 'link', (link) => {
    if (link.url.startsWith('/') || link.url.startsWith('#')) internal = true;
    else external = true;
  });
  return internal && !external;
}

export const remarkLintNoteEvidence = lintRule<Root, NoteEvidenceOptions>('site:note-evidence', (tree, file, options) => {
  if (!options) return;
  const dir = options.sourcesDir ?? 'content/sources';
  const place = location(file);
  const at = (offset: number) => place.toPoint(offset);
  const weakNotes = new Set<string>();
  walk(tree, 'footnoteDefinition', (note) => {
    const label = note.label ?? note.identifier;
    const written = noteText(note, file);
    const evidence = written && parseNoteEvidence(written.text);
    if (!written || !evidence) {
      if (options.required && !isPointer(note)) {
        file.message(`Note \`[^${label}]\` names no source record: write \`[^${label}]: [@key] "the source's words"\`, with a record in ${dir}/<key>.yaml`, note);
      }
      return;
    }
    const record = options.sources.get(evidence.key);
    if (!record) {
      file.message(`Note \`[^${label}]\` cites \`@${evidence.key}\`, which is no source record: add ${dir}/${evidence.key}.yaml or correct the key`, at(written.offset + evidence.keyStart));
      return;
    }
    if (record.weak) weakNotes.add(note.identifier);
    if (evidence.quotes.length === 0) {
      file.message(`Note \`[^${label}]\` quotes nothing of \`@${evidence.key}\`: after the key, give in quotation marks the words of the source that support the sentence (${FIX_QUOTE})`, at(written.offset + evidence.keyStart));
    }
    if (evidence.innerMark !== undefined) {
      file.message(`Note \`[^${label}]\` has a double quotation mark inside its quotation, which ends it for readers and tools that pair quotation marks: write the source's own quotation marks as single ‘…’`, at(written.offset + evidence.innerMark));
    }
    for (const quote of evidence.quotes) {
      if (excerptQuoted(quote.text, record.excerpts) >= 0) continue;
      file.message(`Note \`[^${label}]\` quotes words that are not among the excerpts of \`@${evidence.key}\` (${dir}/${evidence.key}.yaml): ${FIX_QUOTE}`, at(written.offset + quote.start));
    }
  });
  // A claim's notes are the references written together after it.
  walk(tree, (node) => {
    if (!('children' in node)) return;
    let group: FootnoteReference[] = [];
    const close = () => {
      if (group.length > 0 && group.every((reference) => weakNotes.has(reference.identifier))) {
        file.message(`\`[^${group.map((reference) => reference.label ?? reference.identifier).join('][^')}]\`: a weak source never stands alone: cite a stronger source for this claim beside it, or leave the claim out`, group[0]);
      }
      group = [];
    };
    for (const child of node.children) {
      if (child.type === 'footnoteReference') group.push(child);
      else if (!(child.type === 'text' && child.value.trim() === '')) close();
    }
    close();
  });
});
