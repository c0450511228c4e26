/**
 * remark plugin: keeps a copy of the article's tree as a reader reuses it in Markdown (the
 * `/articles/<id>.md` file, src/pure/article-markdown.ts), recorded on the file as
 * `readerTree`, so the article cache holds it beside the HTML and no page parses the article
 * again. It runs after each note is printed from its source record and after smart
 * punctuation, so the notes read word for word as on the page; and before the archived-copy
 * and source-entry links, which are the page's furniture, not the note's words.
 *
 * The copy is plain mdast, every node as GFM writes it: footnotes numbered as the page numbers
 * them and gathered at the end, each a single paragraph (source, then the quoted words, then
 * any comment); the site's own spans (emphasis renamed to span, remark-note-evidence.ts)
 * unwrapped to their text; HTML comments (editors' notes) dropped; each heading's id kept (as
 * rehype-slug makes it) so the editions tables can be placed under their sections; an MDX
 * article's site component kept as a `siteComponent` node naming its series. Positions are
 * dropped: the cache stores JSON.
 */
import GithubSlugger from 'github-slugger';
import type { FootnoteDefinition, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import type { ReaderComponent } from '../pure/article-markdown.ts';

declare module 'mdast' {
  interface HeadingData {
    /** The heading's id on the page, in the reader's copy only. */
    id?: string;
  }
}

type Loose = Record<string, unknown> & { type: string; children?: Loose[] };

/** A node without its position or plugin data; children copied the same way. */
function plain(node: Nodes, slugger: GithubSlugger, numbers: Readonly<Record<string, number>>): Loose[] {
  if (node.type === 'html') return [];
  if (node.type === 'emphasis' && node.data?.hName === 'span') {
    const words = node.children.flatMap((child) => plain(child, slugger, numbers));
    // The page shows "Weak source" as a mark of its own; in a line of text it is a sentence.
    const weak = String(node.data.hProperties?.['className'] ?? '').includes('weak-source');
    return weak ? [...words, { type: 'text', value: '.' }] : words;
  }
  if ((node.type as string) === 'siteComponent') {
    const { name, series } = (node.data?.hProperties ?? {}) as Record<string, unknown>;
    return [{ type: 'siteComponent', name: String(name), series: String(series) } satisfies ReaderComponent & Loose];
  }
  const { position: _position, data: _data, children, ...fields } = node as unknown as Loose & { position?: unknown; data?: unknown };
  const copy: Loose = { ...fields };
  if (children) copy.children = children.flatMap((child) => plain(child as unknown as Nodes, slugger, numbers));
  if (node.type === 'heading') copy['data'] = { id: slugger.slug(toString(node)) };
  if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') {
    const number = String(numbers[node.identifier] ?? node.identifier);
    copy['identifier'] = number;
    copy['label'] = number;
  }
  return [copy];
}

/** A note as one paragraph: its source, the words it quotes and any comment, read in a line. */
function oneParagraph(note: FootnoteDefinition): FootnoteDefinition {
  if (!note.children.every((child) => child.type === 'paragraph')) return note;
  const children = (note.children as Paragraph[]).flatMap((paragraph, index): PhrasingContent[] => (index > 0 ? [{ type: 'text', value: ' ' }, ...paragraph.children] : paragraph.children));
  return { ...note, children: [{ type: 'paragraph', children }] };
}

/** The reader's copy of `tree`, whose notes the page numbers `numbers` (label → number). */
export function readerTree(tree: Root, numbers: Readonly<Record<string, number>>): Root {
  const slugger = new GithubSlugger();
  const children = tree.children.flatMap((child) => plain(child, slugger, numbers)) as unknown as RootContent[];
  const notes = children.filter((child): child is FootnoteDefinition => child.type === 'footnoteDefinition');
  const body = children.filter((child) => child.type !== 'footnoteDefinition');
  notes.sort((a, b) => Number(a.identifier) - Number(b.identifier));
  return { type: 'root', children: [...body, ...notes.map(oneParagraph)] };
}

export function remarkReaderTree() {
  return (tree: Root, file: VFile): void => {
    file.data.readerTree = readerTree(tree, file.data.noteFacts?.noteNumbers ?? {});
  };
}
