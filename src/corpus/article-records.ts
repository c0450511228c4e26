/**
 * The article records: what the article pass knows of each article, by id, for everything
 * that runs after it in the same build (the collection's loader, the pages, the bibliography,
 * "Mentioned in"). Each record names the article cache's entry that holds the rendered body
 * and notes. Written once per build into the cache folder, beside the entries; the pass sets
 * the variable that says where, so a bundled page finds them without reading any article.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SectionLink } from '../pure/mentions.ts';
import { articleCacheDir } from './article-cache.ts';

export interface ArticleRecord {
  id: string;
  /** The file, relative to the project root. */
  path: string;
  /** The key of its entry in the article cache: a digest of its text and all that renders it. */
  key: string;
  /** A digest of its text alone: the entry's digest, and so part of its page's cache key. Not
   * `key`, which changes with every source record and would make every page render again. */
  textDigest: string;
  /** The frontmatter's fields as written. */
  data: unknown;
  draft: boolean;
  /** Its body's links to other articles, with their sections. */
  sectionLinks: SectionLink[];
}

/** Names the file of this build's records: set by the article pass. */
export const ARTICLE_RECORDS_ENV = 'SITE_ARTICLE_RECORDS';

/** Writes the records of a build for base path `base`, and says where for the rest of the build. */
export function writeRecords(base: string, records: readonly ArticleRecord[]): void {
  const folder = articleCacheDir();
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `records-${createHash('sha256').update(base).digest('hex').slice(0, 16)}.json`);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(records));
  renameSync(temporary, path);
  process.env[ARTICLE_RECORDS_ENV] = path;
  loaded = undefined;
}

let loaded: { path: string; records: Map<string, ArticleRecord> } | undefined;

/** This build's records by article id, or undefined where no article pass ran in this process
 * (`astro check`, `astro sync`). */
export function articleRecords(): ReadonlyMap<string, ArticleRecord> | undefined {
  const path = process.env[ARTICLE_RECORDS_ENV];
  if (path === undefined) return undefined;
  if (loaded?.path !== path) {
    const records = JSON.parse(readFileSync(path, 'utf8')) as ArticleRecord[];
    loaded = { path, records: new Map(records.map((record) => [record.id, record])) };
  }
  return loaded.records;
}
