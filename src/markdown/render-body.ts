/**
 * The article renderer: the site's one Markdown configuration (index.ts) as a unified
 * processor of its own, and what the page shows beside the body, read from the file the
 * plugins recorded it on (vfile-data.d.ts). Not Astro's renderer: that one appends rehype-raw
 * (raw HTML is refused here, so it would only cost time) and image handling (articles have
 * none), and hands results back through the frontmatter. Used by the article pass
 * (src/corpus/article-work.ts), which puts the lint's rules in front, and by the tests.
 */
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import type { SourceRecord } from '../schemas/source.ts';
import { blankFrontmatter } from '../pure/frontmatter.ts';
import { markdownProcessorOptions } from './index.ts';
import type { Lang } from '../i18n/index.ts';
import { rehypeCollectHeadings } from './rehype-collect-headings.ts';
import { rehypeStringifySections, type SectionCuts } from './rehype-stringify-sections.ts';
import type { NoteFacts } from './remark-note-facts.ts';

/** An article's HTML and what the page shows beside it. */
export interface RenderedArticle extends NoteFacts {
  html: string;
  /** Where the page may cut the HTML: the lead's end, each heading's end. */
  sectionCuts: SectionCuts;
  headings: MarkdownHeading[];
  /** Minutes, from remark-reading-time. */
  readingTime: number;
  wordCount: number;
  /** The article as a reader copies it in Markdown (remark-reader-tree.ts). */
  readerTree: Root;
}

/** The processor for a site built at `base` whose notes cite `sources`; `first` runs on the
 * tree as parsed, before any plugin changes it (the article pass's lint). `mdx` parses MDX
 * (an `.mdx` article): the same Markdown, with the site's components (remark-site-components.ts).
 * `lang` is the article's language (articleLang): a translation gets its language's words. */
export function articleProcessor(base = '/', sources: ReadonlyMap<string, SourceRecord> = new Map(), first: PluggableList = [], mdx = false, lang: Lang = 'en') {
  const options = markdownProcessorOptions(base, sources, lang);
  return unified()
    .use(remarkParse)
    .use(mdx ? [remarkMdx] : [])
    .use(first)
    .use(options.remarkPlugins as PluggableList)
    .use(remarkRehype, options.remarkRehype)
    .use(options.rehypePlugins as PluggableList)
    .use(rehypeCollectHeadings)
    .use(rehypeStringifySections);
}

export type ArticleProcessor = ReturnType<typeof articleProcessor>;

/** An article's text as the file at `path` to render. Its frontmatter becomes blank lines, so
 * the lines a plugin reports are the file's. The YAML is not parsed here: the lint checks it,
 * and a body never depends on it. */
export const articleFile = (text: string, path: string): VFile => new VFile({ path, value: blankFrontmatter(text) });

/** Renders `file` (see articleFile), which keeps the messages and whatever else a plugin
 * recorded, even when a plugin fails. A plugin's error rejects, naming the file. */
export async function renderFile(processor: ArticleProcessor, file: VFile): Promise<RenderedArticle> {
  const path = file.path;
  try {
    await processor.process(file);
  } catch (error) {
    throw new Error(`Failed to render the Markdown file "${path}": ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const { headings = [], readingTime, noteFacts, sectionCuts, readerTree } = file.data;
  if (!readingTime || !noteFacts || !sectionCuts || !readerTree) throw new Error(`Rendering "${path}" recorded no reading time or notes: is the Markdown configuration complete?`);
  return { html: String(file.value), sectionCuts, headings, readingTime: readingTime.minutes, wordCount: readingTime.words, readerTree, ...noteFacts };
}
