/**
 * An article's Markdown text, read from its file when a page needs it. The content cache keeps
 * only frontmatter (src/loaders/markdown-articles.ts), so the build never holds every
 * article's text at once.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Article } from './published-articles.ts';

/** The text after the frontmatter, which becomes blank lines so line numbers match the file. */
export async function articleBody(article: Pick<Article, 'id' | 'filePath'>): Promise<string> {
  if (!article.filePath) throw new Error(`The article ${article.id} has no file path; the loader records one for every article.`);
  // filePath is relative to the project root, where `astro build` and `astro dev` run.
  const text = await readFile(resolve(article.filePath), 'utf8');
  return parseFrontmatter(text, { frontmatter: 'empty-with-lines' }).content;
}
