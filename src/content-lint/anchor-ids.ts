/**
 * The ids a rendered article will have, computed from its Markdown: heading slugs (as
 * rehype-slug makes them, with github-slugger), the notes heading, the footnote ids, and the
 * paragraphs' ids (src/pure/paragraph-ids.ts).
 * The lint checks `#fragment` links against them before anything is built.
 */
import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { walk } from '../pure/walk.ts';
import { parseCitation, sourceId } from '../pure/citation.ts';
import { noteEvidence } from '../pure/note-evidence.ts';
import { citationOf } from '../pure/source-record.ts';
import type { SourceRecord } from '../schemas/source.ts';
import { noteId, noteReferenceId } from '../pure/note-ids.ts';
import { paragraphIds } from '../pure/paragraph-ids.ts';
import { remarkSmartPunctuation } from '../markdown/remark-smart-punctuation.ts';

const smartQuotes = unified().use(remarkSmartPunctuation);

/** A heading's text as the site renders it: with smart quotes and dashes, which change its slug
 * ("a -- b" becomes "a — b"). */
function headingText(heading: Heading): string {
  const root: Root = { type: 'root', children: [structuredClone(heading)] };
  return toString(smartQuotes.runSync(root));
}

/** What an article's notes cite: the ids of the bibliography entries they make (one per
 * source), which links to `/sources/#…` are checked against once every article is known, and
 * the keys of the source records they name. One walk over the notes for both. */
export function noteSources(tree: Root, sources: ReadonlyMap<string, SourceRecord>): { sources: string[]; records: string[] } {
  const ids = new Set<string>();
  const keys = new Set<string>();
  walk(tree, 'footnoteDefinition', (note) => {
    const key = noteEvidence(note, toString)?.key;
    if (key) keys.add(key);
    const record = sources.get(key ?? '');
    ids.add(sourceId(record ? citationOf(record) : parseCitation(note)));
  });
  return { sources: [...ids], records: [...keys] };
}

/** The ids of the article's top-level paragraphs, by their index in the tree's children, as
 * rehype-paragraph-anchors.ts gives them on the page. */
export function paragraphAnchors(tree: Root): Map<number, string> {
  const slugger = new GithubSlugger();
  const slugs = new Map<Heading, string>();
  walk(tree, 'heading', (heading) => {
    slugs.set(heading, slugger.slug(headingText(heading)));
  });
  return paragraphIds(tree.children, (node) => (node.type === 'paragraph' ? 'paragraph' : node.type === 'heading' ? { heading: slugs.get(node) ?? '' } : undefined));
}

export function anchorIds(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>(paragraphAnchors(tree).values());
  walk(tree, (node) => {
    if (node.type === 'heading') ids.add(slugger.slug(headingText(node)));
    if (node.type === 'footnoteDefinition') {
      ids.add('footnote-label');
      ids.add(noteId(node.identifier));
    }
    if (node.type === 'footnoteReference') ids.add(noteReferenceId(node.identifier));
  });
  return ids;
}
