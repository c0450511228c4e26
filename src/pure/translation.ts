/**
 * How a translated article lines up with its original: its sections are the original's, in the
 * same order, so each of its headings answers to the original's heading at the same place. The
 * page places a series' editions table after the translated heading of the original's section,
 * and a translation whose headings do not line up fails the build.
 */
import type { Heading } from './toc.ts';

/** The original's heading ids → the translation's, by position; an error naming the first
 * heading that differs in level, or the count, when the two do not line up. */
export function alignHeadings(original: readonly Heading[], translated: readonly Heading[], file: string): Map<string, string> {
  const first = original.findIndex((heading, index) => heading.depth !== translated[index]?.depth);
  if (first !== -1 || original.length !== translated.length) {
    const at = first === -1 ? Math.min(original.length, translated.length) : first;
    const expected = original[at];
    throw new Error(
      `${file}: the translation's headings must follow the original's, one for one (${String(original.length)} headings there, ${String(translated.length)} here): ` +
        (expected ? `heading ${String(at + 1)} should be an h${String(expected.depth)} translating "${expected.text}"` : `heading ${String(at + 1)} ("${translated[at]?.text ?? ''}") has no counterpart: remove it`),
    );
  }
  return new Map(original.map((heading, index) => [heading.slug, translated[index]?.slug ?? heading.slug]));
}

/** Whether the original has changed since the translation was last checked against it. */
export function originalChangedSince(checked: Date, originalUpdated: Date): boolean {
  return originalUpdated.getTime() > checked.getTime();
}

/** The article's links to the site's pages, kept in `lang`'s edition: `href="/articles/x/"` on a
 * Japanese page becomes `/ja/articles/x/`. Files (a name with a dot: .json, .csv, .md) and links
 * already in a language's pages are left as they are: they are the same in every language. */
export function localizeLinks(html: string, base: string, prefix: string): string {
  if (prefix === '') return html;
  const head = base.endsWith('/') ? base : `${base}/`;
  const escaped = head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return html.replaceAll(new RegExp(`href="${escaped}([^"#?]*)([#?][^"]*)?"`, 'g'), (link, path: string, rest: string | undefined) => {
    const last = path.split('/').at(-1) ?? '';
    if (path.startsWith(prefix) || last.includes('.')) return link;
    return `href="${head}${prefix}${path}${rest ?? ''}"`;
  });
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** A translation's HTML with its headings' ids (and their paragraphs' `<id>-p<N>`) put back to the
 * original's, so an address with a fragment lands on the same section in every language, and the
 * other articles' links to a section work on the translated page too. */
export function originalIds(html: string, ids: ReadonlyMap<string, string>): string {
  const back = new Map([...ids].filter(([original, translated]) => original !== translated).map(([original, translated]) => [translated, original]));
  if (back.size === 0) return html;
  return html.replaceAll(/(\b(?:id|aria-labelledby|href)=")(#?)([^"]+)"/g, (attribute, head: string, hash: string, value: string) => {
    // A link's fragment is percent-encoded in the HTML (#%E3%81%9D…), an id is not.
    const [, id = value, paragraph = ''] = /^(.*?)(-p\d+)?$/.exec(hash ? decodeFragment(value) : value) ?? [];
    const original = back.get(id);
    return original === undefined ? attribute : `${head}${hash}${original}${paragraph}"`;
  });
}
