/**
 * What a benchmark build left in its output folder: files and bytes in all, the search
 * index's share, the heaviest page and the median gzipped weight of an article page.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { siteFiles, siteOrigin } from '../support/built-site.ts';
import { gzipSize, pageFigures } from '../support/page-figures.ts';

export interface SiteFigures {
  files: number;
  bytes: number;
  searchIndexFiles: number;
  /** The heaviest HTML page, gzipped: the index pages that grow with the site. */
  largestPageGzip: number;
  searchIndexBytes: number;
  /** Median over up to SAMPLE article pages, gzipped bytes. */
  article: { html: number; css: number; js: number; onDemandJs: number };
}

/** Article pages measured per build: enough for a stable median, few enough to stay quick at 10,000. */
const SAMPLE = 101;


const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export function siteFigures(dist: string): SiteFigures {
  const files = siteFiles(dist);
  const index = files.filter((file) => file.path.startsWith('/pagefind/'));
  // Article pages only: /articles/page/<n>/ are the index's own pages.
  const articles = readdirSync(join(dist, 'articles'), { withFileTypes: true }).filter((entry) => entry.isDirectory() && existsSync(join(dist, 'articles', entry.name, 'index.html')));
  const step = Math.max(1, Math.floor(articles.length / SAMPLE));
  const origin = siteOrigin(dist);
  const sampled = articles
    .filter((_, position) => position % step === 0)
    .slice(0, SAMPLE)
    .map((entry) => pageFigures({ url: `/articles/${entry.name}/`, file: `articles/${entry.name}/index.html` }, dist, origin));
  const largest = files.filter((file) => file.path.endsWith('.html')).reduce((max, file) => (file.size > max.size ? file : max), { path: '', size: 0 });
  return {
    largestPageGzip: largest.path ? gzipSize(readFileSync(join(dist, largest.path))) : 0,
    files: files.length,
    bytes: files.reduce((sum, file) => sum + file.size, 0),
    searchIndexFiles: index.length,
    searchIndexBytes: index.reduce((sum, file) => sum + file.size, 0),
    article: {
      html: median(sampled.map((page) => page.html)),
      css: median(sampled.map((page) => page.css)),
      js: median(sampled.map((page) => page.js)),
      onDemandJs: median(sampled.map((page) => page.onDemandJs)),
    },
  };
}
