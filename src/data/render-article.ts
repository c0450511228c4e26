/**
 * An article's rendered body for its page. The build's article pass has rendered it already,
 * on every core, into the article cache (src/corpus/article-pass.ts); the page reads it from
 * there. Where the cache has no entry for the article as it is now (`astro dev` after an
 * edit), it is rendered here, through the same Markdown configuration.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { articleKey, readEntry, readNotes } from '../corpus/article-cache.ts';
import { siteRenderer } from '../corpus/article-work.ts';
import { articleFile, renderFile, type ArticleProcessor, type RenderedArticle } from '../markdown/render-body.ts';
import type { NoteCitation } from '../pure/bibliography.ts';
import type { Article } from './published-articles.ts';

export type { RenderedArticle };

async function textOf(article: Pick<Article, 'id' | 'filePath'>): Promise<{ path: string; text: string }> {
  if (!article.filePath) throw new Error(`The article ${article.id} has no file path; the loader records one for every article.`);
  // filePath is relative to the project root, where `astro build` and `astro dev` run.
  return { path: article.filePath, text: await readFile(resolve(article.filePath), 'utf8') };
}

/** Renders `article` (or reads it from the cache). A plugin's error rejects, naming the file,
 * and with it the page's build. `renderer` is for tests, and bypasses the cache. */
export async function renderArticle(article: Pick<Article, 'id' | 'filePath'>, renderer?: ArticleProcessor): Promise<RenderedArticle> {
  const { path, text } = await textOf(article);
  const base = import.meta.env.BASE_URL;
  const cached = renderer ? undefined : readEntry(articleKey(path, text, base))?.rendered;
  return cached ?? renderFile(renderer ?? siteRenderer(base), articleFile(text, path));
}

/** The notes of `article`, with the source each cites (read from the cache, or rendered). */
export async function articleNotes(article: Pick<Article, 'id' | 'filePath'>): Promise<NoteCitation[]> {
  const { path, text } = await textOf(article);
  return readNotes(articleKey(path, text, import.meta.env.BASE_URL)) ?? (await renderArticle(article)).notes;
}
