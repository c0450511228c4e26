import { own } from './own.ts';

/** A run of excerpt text, marked when it matched the query. */
export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

/** The escapes Pagefind writes in excerpts. Ours rather than the `entities` package: its
 * decoder, bundled for the browser, is 13.4 kB gzipped (esbuild, entities 9.0), for text
 * that holds only these and numeric references. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(Number.parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number.parseInt(code.slice(1), 10));
    return own(ENTITIES, code.toLowerCase()) ?? entity;
  });
}

/**
 * Splits a Pagefind excerpt (escaped text with `<mark>` around matched words) into segments,
 * so the page builds the result with text nodes and never assigns HTML from the index.
 * Any tag other than `<mark>` is dropped.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?[a-z][^>]*>)/i)) {
    if (part.startsWith('<')) {
      if (/^<mark\b/i.test(part)) marked = true;
      else if (/^<\/mark>/i.test(part)) marked = false;
      continue;
    }
    const text = decodeEntities(part);
    if (text === '') continue;
    const last = segments.at(-1);
    if (last && last.marked === marked) last.text += text;
    else segments.push({ text, marked });
  }
  return segments;
}
