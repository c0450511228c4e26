/**
 * Renders an article's Markdown through a renderer made from the site's one Markdown
 * configuration, and collects what the page shows beside the body. Shared by the page
 * (src/data/render-article.ts) and the build's worker threads (src/corpus/article-work.ts).
 */
import type { MarkdownHeading, MarkdownRenderer } from '@astrojs/markdown-remark';
import { blankFrontmatter } from '../pure/frontmatter.ts';
import type { NoteFacts } from './remark-note-facts.ts';

/** An article's HTML and what the page shows beside it. */
export interface RenderedArticle extends NoteFacts {
  html: string;
  headings: MarkdownHeading[];
  /** Minutes, from remark-reading-time. */
  readingTime: number;
}

/** Renders the text of the file at `fileUrl`; also hands back what the plugins recorded in
 * the frontmatter. Its frontmatter becomes blank lines, so the lines a plugin reports are the
 * file's. A plugin's error rejects, naming the file. */
export async function renderMarkdown(renderer: MarkdownRenderer, text: string, fileUrl: URL): Promise<{ rendered: RenderedArticle; frontmatter: Record<string, unknown> }> {
  // The YAML is not parsed here: the lint has checked it, and a body never depends on it.
  const body = blankFrontmatter(text);
  const { code, metadata } = await renderer.render(body, { fileURL: fileUrl, frontmatter: {} });
  const facts = metadata.frontmatter as NoteFacts & { readingTime: number };
  const rendered = { html: code, headings: metadata.headings, readingTime: facts.readingTime, noteNumbers: facts.noteNumbers, citations: facts.citations, notes: facts.notes };
  return { rendered, frontmatter: metadata.frontmatter };
}

/** Renders the text of the file at `fileUrl` (see renderMarkdown). */
export async function renderBody(renderer: MarkdownRenderer, text: string, fileUrl: URL): Promise<RenderedArticle> {
  return (await renderMarkdown(renderer, text, fileUrl)).rendered;
}
