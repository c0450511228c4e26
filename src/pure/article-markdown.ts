/**
 * An article as clean Markdown (GFM), the file a reader or a reader's tool takes away
 * (`/articles/<id>.md`): a title line, a short block naming the page, its dates and the site,
 * then the body, from the reader's tree the renderer kept (src/markdown/remark-reader-tree.ts).
 * Here it is finished for one site address: links into the site made absolute, and each
 * series' editions table put where the page draws it, as a Markdown table. Written with
 * mdast-util-to-markdown and GFM, so what comes out parses back to the same tree.
 */
import type { Link, List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';

/** An MDX article's site component, as the reader's tree keeps it until placed. */
export interface ReaderComponent {
  type: 'siteComponent';
  name: string;
  series: string;
}

/** A series' editions, in Markdown, and where the page draws them. */
export interface EditionsPlacement {
  series: string;
  /** The id of the heading it opens, where the article places no component for it. */
  section: string;
  blocks: RootContent[];
}

export interface ArticleMarkdownInput {
  title: string;
  description: string;
  /** The page's canonical address. */
  pageUrl: string;
  /** The site's address, base path included: every root-relative link is resolved against it. */
  siteUrl: string;
  siteTitle: string;
  /** YYYY-MM-DD. */
  published: string;
  updated: string;
  /** The version of the article, as "Cite this article" names it (1 as first published). */
  version: number;
  tree: Root;
  editions?: readonly EditionsPlacement[];
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/** A URL as written in an article, absolute: `/articles/x/` under the site, `#id` on the page. */
export function absoluteUrl(url: string, siteUrl: string, pageUrl: string): string {
  if (url.startsWith('#')) return `${pageUrl.split('#')[0] ?? pageUrl}${url}`;
  if (url.startsWith('/') && !url.startsWith('//')) return new URL(url.replace(/^\/+/, ''), siteUrl).href;
  return url;
}

function resolveLinks(nodes: readonly RootContent[], siteUrl: string, pageUrl: string): RootContent[] {
  return nodes.map((node) => {
    const copy = { ...node } as RootContent & { url?: string; children?: RootContent[] };
    if ((node.type === 'link' || node.type === 'definition') && copy.url !== undefined) copy.url = absoluteUrl(copy.url, siteUrl, pageUrl);
    if ('children' in node) copy.children = resolveLinks(node.children as RootContent[], siteUrl, pageUrl);
    return copy;
  });
}

/** The body with each series' editions where the page draws them: at the article's component
 * for it, or else at the start of its section (after the heading). */
function placeEditions(children: readonly RootContent[], placements: readonly EditionsPlacement[]): RootContent[] {
  const componentOf = (node: RootContent): ReaderComponent | undefined => ((node.type as string) === 'siteComponent' ? (node as unknown as ReaderComponent) : undefined);
  const placedByArticle = new Set(children.map((node) => componentOf(node)?.series).filter((series) => series !== undefined));
  return children.flatMap((node): RootContent[] => {
    const component = componentOf(node);
    if (component) return placements.find((placement) => placement.series === component.series)?.blocks ?? [];
    if (node.type !== 'heading') return [node];
    const opened = placements.filter((placement) => !placedByArticle.has(placement.series) && placement.section === node.data?.id);
    return [node, ...opened.flatMap((placement) => placement.blocks)];
  });
}

function factLine(label: string, value: PhrasingContent[]): ListItem {
  return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text(`${label}: `), ...value] }] };
}

const link = (url: string, label = url): Link => ({ type: 'link', url, children: [text(label)] });

/** The article as Markdown, ending with a line break. */
export function articleMarkdown(input: ArticleMarkdownInput): string {
  const { title, description, pageUrl, siteUrl, siteTitle, published, updated, version } = input;
  const facts: List = {
    type: 'list',
    ordered: false,
    spread: false,
    children: [
      factLine('Page', [link(pageUrl)]),
      factLine('Published', [text(published)]),
      factLine('Last updated', [text(updated)]),
      factLine('Version', [text(String(version))]),
      factLine('From', [link(siteUrl, siteTitle)]),
    ],
  };
  const body = resolveLinks(placeEditions(input.tree.children, input.editions ?? []), siteUrl, pageUrl);
  const root: Root = {
    type: 'root',
    children: [{ type: 'heading', depth: 1, children: [text(title)] }, { type: 'paragraph', children: [text(description)] }, facts, { type: 'thematicBreak' }, ...body],
  };
  return toMarkdown(root, { extensions: [gfmToMarkdown({ tablePipeAlign: false })], bullet: '-', emphasis: '_', rule: '-', fences: true, listItemIndent: 'one' });
}
