/**
 * A note's evidence, as editors write it in a footnote:
 *
 *     [^label]: [@source-key] "the source's words that support the sentence" Our own comment, if any.
 *
 * `[@key]` names a record in content/sources (Pandoc's citation key); one or more quotations
 * follow, in straight or curly double quotation marks, each copied from the record's excerpts
 * (an ellipsis may join fragments of one excerpt); whatever follows the last quotation is the
 * note's comment in our own words (why sources disagree). A quotation that itself quotes uses
 * single marks inside: the comparison ignores the shape of quotation marks.
 */

export interface QuotedWords {
  text: string;
  /** Offsets of the quotation, marks included, in the text given to `parseNoteEvidence`. */
  start: number;
  end: number;
}

export interface NoteEvidence {
  key: string;
  /** Offset of the key (after `[@`). */
  keyStart: number;
  quotes: QuotedWords[];
  /** Offset where the comment starts (the text's length when there is none). */
  commentStart: number;
  comment: string;
  /** Offset of a double quotation mark of the source's own inside a quotation: it either cut
   * the quotation short (a straight one inside straight marks) or would end it for readers and
   * tools that pair double marks (the copied-run check): such marks are written single. */
  innerMark?: number;
}

const CITE = /^\s*\[@([^\]\s]*)\]\s*[:,]?/;
const OPEN = new Map([['"', '"'], ['“', '”']]);

/** The evidence a note's text gives, or undefined when it does not start with `[@key]`. */
export function parseNoteEvidence(text: string): NoteEvidence | undefined {
  const cite = CITE.exec(text);
  if (!cite) return undefined;
  const key = cite[1] ?? '';
  const keyStart = cite[0].indexOf('@') + 1;
  const quotes: QuotedWords[] = [];
  let at = cite[0].length;
  let innerMark: number | undefined;
  for (;;) {
    const gap = /^[\s;,]*/.exec(text.slice(at))?.[0].length ?? 0;
    const open = text[at + gap] ?? '';
    const close = OPEN.get(open);
    if (!close) break;
    // A straight quotation closes at the next straight mark; a curly one at the next closing mark.
    const start = at + gap;
    const end = text.indexOf(close, start + 1);
    if (end < 0) break;
    const quoted = text.slice(start + 1, end);
    quotes.push({ text: quoted, start, end: end + 1 });
    at = end + 1;
    const inner = quoted.search(/["“”]/);
    if (inner >= 0) innerMark = start + 1 + inner;
    // A quotation ends before a space, punctuation or the end; a letter right after its mark
    // means the mark was one of the source's own, which cut the quotation short.
    else if (/^[\p{L}\p{N}]/u.test(text.slice(at))) innerMark = end;
    if (innerMark !== undefined) break;
  }
  const commentStart = innerMark === undefined ? at + (/^[\s;,.]*/.exec(text.slice(at))?.[0].length ?? 0) : at;
  return { key, keyStart, quotes, commentStart, comment: text.slice(commentStart).trim(), ...(innerMark !== undefined && { innerMark }) };
}

/** Text as the comparison sees it: case, runs of white space, the shape of quotation marks,
 * apostrophes and dashes, and footnote markers do not count. */
export function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u02bc`´\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u300c\u300d\u300e\u300f"]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00b9\u00b2\u00b3\u2070-\u2079]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The fragments of a quotation that an ellipsis (… or ...) or an editorial [insertion] joins. */
export function fragmentsOf(quote: string): string[] {
  return comparable(quote.replace(/\[[^\]]*\]/g, '…'))
    .split(/…|\.\.\./)
    .map((fragment) => fragment.trim().replace(/^[\s',.;:]+|[\s',;:]+$/g, ''))
    .filter((fragment) => fragment.length > 0);
}

/** Whether every fragment of `quote` is in `excerpt`, in order. */
export function quotes(quote: string, excerpt: string): boolean {
  const within = comparable(excerpt);
  let from = 0;
  for (const fragment of fragmentsOf(quote)) {
    const at = within.indexOf(fragment, from);
    if (at < 0) return false;
    from = at + fragment.length;
  }
  return fragmentsOf(quote).length > 0;
}

/** The index of the first excerpt that `quote` is taken from, or -1. */
export function excerptQuoted(quote: string, excerpts: readonly { text: string }[]): number {
  return excerpts.findIndex((excerpt) => quotes(quote, excerpt.text));
}

/** The evidence of a footnote definition (mdast), read from the text of its first paragraph. */
export function noteEvidence(note: { children: readonly unknown[] }, text: (node: unknown) => string): NoteEvidence | undefined {
  const first = note.children[0] as { type?: string } | undefined;
  return first?.type === 'paragraph' ? parseNoteEvidence(text(first)) : undefined;
}
