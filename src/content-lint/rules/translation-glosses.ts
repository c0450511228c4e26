/**
 * remark-lint rule, for a Japanese translation (`<id>.ja.md`): every English excerpt its notes
 * quote has our Japanese rendering (`gloss-ja` in the source record), which the Japanese page
 * shows beside the English words as 〔拙訳：…〕 (remark-note-evidence.ts). Without one, a
 * reader of the Japanese page would meet the source's English alone. Notes whose key or words
 * are wrong are the evidence rule's (note-evidence.ts).
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { location } from 'vfile-location';
import { excerptQuoted, parseNoteEvidence } from '../../pure/note-evidence.ts';
import { walk } from '../../pure/walk.ts';
import { noteText, type NoteEvidenceOptions } from './note-evidence.ts';

/** The excerpt's first words, to name it in a message. */
const opening = (text: string): string => (text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text);

export const remarkLintTranslationGlosses = lintRule<Root, NoteEvidenceOptions>('site:translation-glosses', (tree, file, options) => {
  if (options?.lang !== 'ja') return;
  const dir = options.sourcesDir ?? 'content/sources';
  const place = location(file);
  walk(tree, 'footnoteDefinition', (note) => {
    const written = noteText(note, file);
    const evidence = written && parseNoteEvidence(written.text);
    const record = evidence && options.sources.get(evidence.key);
    if (!written || !evidence || record?.language !== 'en') return;
    const label = note.label ?? note.identifier;
    for (const quote of evidence.quotes) {
      const index = excerptQuoted(quote.text, record.excerpts);
      const excerpt = record.excerpts[index];
      if (!excerpt || excerpt['gloss-ja']) continue;
      file.message(
        `Note \`[^${label}]\` quotes an English excerpt of \`@${evidence.key}\` that has no \`gloss-ja\` (${dir}/${evidence.key}.yaml, excerpt ${String(index + 1)}: "${opening(excerpt.text)}"): add our Japanese rendering of it as \`gloss-ja\` under that excerpt, which the Japanese page shows beside the English words`,
        place.toPoint(written.offset + quote.start),
      );
    }
  });
});
