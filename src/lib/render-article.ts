/**
 * Renders an article's Markdown for its page, through the site's one Markdown configuration
 * (src/markdown) with the build's base path. The content loader keeps only the text, so each
 * article is rendered once, by its own page (see src/loaders/markdown-articles.ts).
 */
import { pathToFileURL } from 'node:url';
import { markdownConfigDefaults, type MarkdownHeading, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { markdownConfig } from '../markdown/index.ts';
import type { NoteFacts } from '../markdown/remark-note-facts.ts';
import type { Article } from './published-articles.ts';

/** An article's HTML and what the page shows beside it. */
export interface RenderedArticle extends NoteFacts {
  html: string;
  headings: MarkdownHeading[];
  /** Minutes, from remark-reading-time. */
  readingTime: number;
}

let siteRenderer: Promise<MarkdownRenderer> | undefined;

/** The site's renderer, made once per build. */
function defaultRenderer(): Promise<MarkdownRenderer> {
  const config = markdownConfig(import.meta.env.BASE_URL);
  siteRenderer ??= config.processor.createRenderer({ ...markdownConfigDefaults, syntaxHighlight: config.syntaxHighlight });
  return siteRenderer;
}

/** Renders `article`. A plugin's error rejects, naming the file (the renderer adds it), and
 * with it the page's build. `renderer` is for tests. */
export async function renderArticle(article: Pick<Article, 'id' | 'body' | 'filePath'>, renderer = defaultRenderer()): Promise<RenderedArticle> {
  const file = pathToFileURL(article.filePath ?? `${article.id}.md`);
  const { code, metadata } = await (await renderer).render(article.body ?? '', { fileURL: file, frontmatter: {} });
  const facts = metadata.frontmatter as NoteFacts & { readingTime: number };
  return { html: code, headings: metadata.headings, readingTime: facts.readingTime, noteNumbers: facts.noteNumbers, citations: facts.citations };
}
