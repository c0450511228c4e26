/** The benchmark's report: one column per article count, as a Markdown table. */
import type { BuildFigures } from './build-site.ts';
import type { SearchFigures } from './search-timing.ts';
import type { SiteFigures } from './site-figures.ts';

/** Everything measured for one article count. */
export interface BenchResult {
  count: number;
  wallMs: number;
  peakBytes: number;
  figures: BuildFigures;
  site: SiteFigures;
  search: SearchFigures;
  /** The exercise-like name searched for. */
  query: string;
  /** The search index step, after `astro build`: its time and peak memory. */
  index: { wallMs: number; peakBytes: number };
  /** `npm run build` again after one article's text changed, on the first build's caches. */
  rebuildMs: number;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const kB = (bytes: number): string => `${(bytes / 1000).toFixed(2)} kB`;
const MB = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const count = (value: number): string => value.toLocaleString('en-GB');

/** The rows of the report: a label and how to read it from a result. */
const ROWS: [string, (result: BenchResult) => string][] = [
  ['Build (npm run build), wall time', (r) => seconds(r.wallMs)],
  ['  start-up and content lint', (r) => seconds(r.figures.lintedAt)],
  ['  content collections', (r) => seconds(r.figures.syncedAt - r.figures.lintedAt)],
  ['  pages (bundle and render)', (r) => seconds(r.figures.pagesAt - r.figures.syncedAt)],
  ['  sitemap', (r) => seconds(r.figures.doneAt - r.figures.pagesAt)],
  ['  search index (Pagefind)', (r) => seconds(r.index.wallMs)],
  ['astro build, CPU time', (r) => seconds(r.figures.cpuMs)],
  ['Build per article, wall', (r) => `${(r.wallMs / r.count).toFixed(1)} ms`],
  ['Rebuild after editing one article, wall', (r) => `${seconds(r.rebuildMs)} (${((100 * r.rebuildMs) / r.wallMs).toFixed(0)}% of the build)`],
  ['Peak memory (any step, with its children)', (r) => MB(r.peakBytes)],
  ['  astro build, resident after pages', (r) => MB(r.figures.rssAt['pages'] ?? 0)],
  ['  astro build, JS heap in use after pages', (r) => MB(r.figures.heapAt['pages'] ?? 0)],
  ['  search index step, peak', (r) => MB(r.index.peakBytes)],
  ['Files in the output', (r) => count(r.site.files)],
  ['Bytes in the output', (r) => MB(r.site.bytes)],
  ['Largest HTML page, gzip', (r) => kB(r.site.largestPageGzip)],
  ['Search index files', (r) => count(r.site.searchIndexFiles)],
  ['Search index bytes', (r) => MB(r.site.searchIndexBytes)],
  ['Article page HTML (median, gzip)', (r) => kB(r.site.article.html)],
  ['Article page CSS (gzip)', (r) => kB(r.site.article.css)],
  ['Article page JS on load (gzip)', (r) => kB(r.site.article.js)],
  ['Article page JS on demand (gzip)', (r) => kB(r.site.article.onDemandJs)],
  ['Keystroke to first result', (r) => `${String(r.search.firstResultMs)} ms`],
  ['  requests after the keystroke', (r) => count(r.search.requests)],
  ['  bytes after the keystroke (gzip)', (r) => kB(r.search.gzippedBytes)],
];

/** How build time per article changes from each count to the next: 1.00 is linear growth,
 * above 1 faster than linear. */
export function scalingRatios(results: readonly Pick<BenchResult, 'count' | 'wallMs'>[]): { from: number; to: number; ratio: number }[] {
  const sorted = [...results].sort((a, b) => a.count - b.count);
  return sorted.slice(1).map((large, index) => {
    const small = sorted[index] ?? large;
    return { from: small.count, to: large.count, ratio: large.wallMs / large.count / (small.wallMs / small.count) };
  });
}

export function formatReport(results: readonly BenchResult[]): string {
  const header = `| | ${results.map((r) => `${count(r.count)} articles`).join(' | ')} |`;
  const rule = `|---|${results.map(() => '---:').join('|')}|`;
  const rows = ROWS.map(([label, read]) => `| ${label.replace(/^ {2}/, '· ')} | ${results.map(read).join(' | ')} |`);
  const ratios = scalingRatios(results);
  const notes = [
    `Searched for "${results[0]?.query ?? ''}" from a cold article page, typed without pause after "/".`,
    ...(ratios.length === 0
      ? ['Run two or more article counts to see how build time scales.']
      : ratios.map(({ from, to, ratio }) => `Build time per article, ${count(to)} vs ${count(from)} articles: ×${ratio.toFixed(2)} (1.00 is linear growth; below 1, better than linear).`)),
  ];
  return [header, rule, ...rows, '', ...notes].join('\n');
}
