/**
 * An article's record, rendered body and notes for its page and the pages drawn from every
 * article. A build's article pass has worked every article out already, on every core, into
 * the article cache and its records (src/corpus/article-pass.ts, article-records.ts): the
 * pages read them there and never the article's file. `astro dev` is the exception: an
 * article saved since the server started is worked out again, through the same pass.
 */
import { basename, dirname } from 'node:path';
import type { Root } from 'mdast';
import { readEntry, readNotes, readReaderTree, SITE_EVIDENCE, type PageRender } from '../corpus/article-cache.ts';
import { articleRecords, type ArticleRecord } from '../corpus/article-records.ts';
import { workOn } from '../corpus/article-work.ts';
import { readContentOrThrow } from '../corpus/content-files.ts';
import { ARTICLE_FILES } from '../pure/content-names.ts';
import type { RenderedArticle } from '../markdown/render-body.ts';
import type { NoteCitation } from '../pure/bibliography.ts';
import type { Article } from './published-articles.ts';

export type { RenderedArticle };

type ArticleRef = Pick<Article, 'id' | 'filePath'>;

/** `astro dev`: the article as it is on disk now, worked out by the pass's own code. */
async function workedNow(article: ArticleRef): Promise<{ record: ArticleRecord; rendered: RenderedArticle }> {
  const path = article.filePath ?? '';
  const outcome = await workOn({ path, root: process.cwd(), text: readContentOrThrow(dirname(path), basename(path), ARTICLE_FILES, path), base: import.meta.env.BASE_URL, render: true, evidence: SITE_EVIDENCE });
  if (!outcome.rendered) throw new Error(`${path} has problems to fix: ${outcome.messages.map((message) => `${String(message.line)}:${String(message.column)} ${message.reason}`).join('; ')}`);
  const record = { id: article.id, path, key: '', textDigest: '', data: outcome.frontmatter?.data, draft: outcome.frontmatter?.draft ?? false, sectionLinks: outcome.sectionLinks };
  return { record, rendered: outcome.rendered };
}

function builtRecord(article: ArticleRef): ArticleRecord {
  const record = articleRecords()?.get(article.id);
  if (!record) throw new Error(`No record of the article ${article.id}: the article pass runs before every build (src/integrations/content-lint.ts) and records every article.`);
  return record;
}

export async function recordOf(article: ArticleRef): Promise<ArticleRecord> {
  return import.meta.env.DEV ? (await workedNow(article)).record : builtRecord(article);
}

/** The rendered body of `article`, and what its page shows beside it. */
export async function renderArticle(article: ArticleRef): Promise<PageRender> {
  if (import.meta.env.DEV) return (await workedNow(article)).rendered;
  const rendered = readEntry(builtRecord(article).key)?.rendered;
  if (!rendered) throw new Error(`The article cache has no rendered body for ${article.id}: was its cache folder removed during the build?`);
  return rendered;
}

/** The article as a reader copies it in Markdown (its `.md` file). */
export async function articleReaderTree(article: ArticleRef): Promise<Root> {
  if (import.meta.env.DEV) return (await workedNow(article)).rendered.readerTree;
  const tree = readReaderTree(builtRecord(article).key);
  if (!tree) throw new Error(`The article cache has no Markdown tree for ${article.id}: was its cache folder removed during the build?`);
  return tree;
}

/** The notes of `article`, with the source each cites. */
export async function articleNotes(article: ArticleRef): Promise<NoteCitation[]> {
  if (import.meta.env.DEV) return (await workedNow(article)).rendered.notes;
  const notes = readNotes(builtRecord(article).key);
  if (!notes) throw new Error(`The article cache has no notes for ${article.id}: was its cache folder removed during the build?`);
  return notes;
}
