/**
 * Content loader for the articles: each article's frontmatter, validated against the
 * collection's schema, and where the file is. In a build (and when `astro dev` starts) they
 * come from the article pass's records (src/corpus/article-records.ts): the pass has read
 * every file once, and nothing reads them again. Where no pass ran (`astro check`,
 * `astro sync`) and when `astro dev` sees a file saved, the loader reads the frontmatter itself.
 * The article page takes the rendered body from the article cache (src/data/render-article.ts). Astro's `glob()` loader either renders
 * every article into the content cache, which the build embeds as one string (past V8's limit
 * at about 8,000 articles), or, with `deferRender`, makes every article a module of the build,
 * so the bundler holds the whole corpus (2.8 GB at 1,000 articles). Even the text alone makes
 * the cache a 100 MB module at 10,000 articles. So the cache holds frontmatter only: a few
 * megabytes at 10,000 articles. See `npm run bench`.
 */
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { articleRecords, type ArticleRecord } from '../corpus/article-records.ts';
import { articleId } from '../pure/articles.ts';
import { frontmatterOf } from '../pure/frontmatter.ts';
import { readYaml } from '../pure/read-yaml.ts';
import { ARTICLE_FILES, judgeName } from '../pure/content-names.ts';
import { listContent, readContentOrThrow } from '../corpus/content-files.ts';

async function loadFile(context: LoaderContext, folder: string, name: string): Promise<string> {
  const absolute = join(folder, name);
  const filePath = relative(fileURLToPath(context.config.root), absolute).replace(/\\/g, '/');
  const text = readContentOrThrow(folder, name, ARTICLE_FILES, filePath);
  const id = articleId(name);
  const digest = context.generateDigest(text);
  // Unchanged since the last build: the cached entry stands, and nothing is parsed again.
  if (context.store.get(id)?.digest === digest) return id;
  const data = await context.parseData({ id, data: readYaml(frontmatterOf(text) ?? '') as Record<string, unknown>, filePath });
  context.store.set({ id, data, filePath, digest });
  return id;
}

/** The entries from the pass's records. */
async function loadRecords(context: LoaderContext, records: ReadonlyMap<string, ArticleRecord>): Promise<Set<string>> {
  for (const record of records.values()) {
    // Unchanged text: the entry stands (its data is the frontmatter, from the text alone).
    if (context.store.get(record.id)?.digest === record.textDigest) continue;
    const data = await context.parseData({ id: record.id, data: record.data as Record<string, unknown>, filePath: record.path });
    context.store.set({ id: record.id, data, filePath: record.path, digest: record.textDigest });
  }
  return new Set(records.keys());
}

export function markdownArticles(folder: string): Loader {
  return {
    name: 'site:markdown-articles',
    load: async (context) => {
      const records = articleRecords();
      const absolute = fileURLToPath(new URL(folder.endsWith('/') ? folder : `${folder}/`, context.config.root));
      const ids = records ? await loadRecords(context, records) : new Set<string>();
      if (!records) {
        // The files the content lint reads (src/corpus/content-files.ts), one at a time.
        for (const name of listContent(absolute, ARTICLE_FILES).names) ids.add(await loadFile(context, absolute, name));
      }
      for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
      // `astro dev`: reload an article when it is saved, added or removed.
      const inFolder = (path: string): boolean => relative(absolute, path) === basename(path) && 'read' in judgeName(basename(path), ARTICLE_FILES);
      const reload = (path: string): void => {
        if (!inFolder(path)) return;
        loadFile(context, absolute, basename(path)).catch((error: unknown) => context.logger.error(String(error)));
      };
      context.watcher?.on('change', reload);
      context.watcher?.on('add', reload);
      context.watcher?.on('unlink', (path) => {
        if (inFolder(path)) context.store.delete(articleId(basename(path)));
      });
    },
  };
}
