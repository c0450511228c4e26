/**
 * Renders an article's Markdown for its page, through the site's one Markdown configuration
 * (src/markdown) with the build's base path. The content loader keeps only frontmatter, so
 * each article is read and rendered once, by its own page (see src/loaders/markdown-articles.ts).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownConfigDefaults, type MarkdownHeading, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { markdownConfig } from '../markdown/index.ts';
import type { NoteFacts } from '../markdown/remark-note-facts.ts';
import { articleBody } from './article-body.ts';
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
  if (!siteRenderer) {
    const config = markdownConfig(import.meta.env.BASE_URL);
    siteRenderer = config.processor.createRenderer({ ...markdownConfigDefaults, syntaxHighlight: config.syntaxHighlight });
  }
  return siteRenderer;
}

/** Renders `article`. A plugin's error rejects, naming the file (the renderer adds it), and
 * with it the page's build. `renderer` is for tests. */
export async function renderArticle(article: Pick<Article, 'id' | 'filePath'>, renderer = defaultRenderer()): Promise<RenderedArticle> {
  const body = await articleBody(article);
  const file = pathToFileURL(resolve(article.filePath ?? ''));
  const { code, metadata } = await (await renderer).render(body, { fileURL: file, frontmatter: {} });
  const facts = metadata.frontmatter as NoteFacts & { readingTime: number };
  return { html: code, headings: metadata.headings, readingTime: facts.readingTime, noteNumbers: facts.noteNumbers, citations: facts.citations };
}
