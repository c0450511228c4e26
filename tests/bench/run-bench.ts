/**
 * `npm run bench [-- --articles=100,1000,10000] [--seed=1] [--keep]`: builds the site over N
 * generated articles for each N, in a temporary folder (the real content and dist/ are left
 * alone), and prints build time by phase, CPU time, peak memory, the output's files and bytes,
 * the median article page's weight, the search index's size, the time to a first search
 * result in Chromium, and the rebuild after one article's text is edited; first, one
 * article's cost in the article pass beside the bare Markdown stack's (per-article.ts). Run it
 * on a quiet machine: the build figures are wall-clock times.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createStaticServer } from '../../src/server/static-server.ts';
import { findChromium } from '../support/find-browser.ts';
import type { BuildFigures } from './build-site.ts';
import { formatPerArticle, perArticle } from './per-article.ts';
import { samplePeakMemory } from './process-memory.ts';
import { formatReport, type BenchResult } from './report.ts';
import { timeFirstResult } from './search-timing.ts';
import { siteFigures } from './site-figures.ts';
import { syntheticArticle } from './synthetic-articles.ts';
import { syntheticExercises } from './synthetic-exercises.ts';

/** A build that runs longer than this has failed the 10,000-article target twice over. */
const BUILD_TIMEOUT_MS = 20 * 60_000;

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100,1000' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
  },
});
const counts = values.articles.split(',').map(Number);
const seed = Number(values.seed);
if (counts.some((count) => !Number.isInteger(count) || count < 2) || !Number.isInteger(seed)) {
  throw new Error('Usage: npm run bench -- --articles=100,1000,10000 --seed=1 (article counts of at least 2).');
}
const chromium = findChromium();
if (!chromium) throw new Error('No Chromium found: install one or set CHROMIUM_PATH (see README).');

/** Writes the articles and exercise data; returns the name of the first article's exercise. */
function writeContent(dir: string, count: number): string {
  mkdirSync(join(dir, 'content', 'articles'), { recursive: true });
  mkdirSync(join(dir, 'content', 'exercises'), { recursive: true });
  const articles = Array.from({ length: count }, (_, index) => syntheticArticle(seed, index, count));
  for (const article of articles) writeFileSync(join(dir, 'content', 'articles', article.file), article.text);
  for (const [file, yaml] of syntheticExercises(articles)) writeFileSync(join(dir, 'content', 'exercises', file), yaml);
  return articles[0]?.name ?? '';
}

/** Runs a Node script to its end, timing it and sampling its memory (children included). */
async function measured(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ wallMs: number; peakBytes: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
  const memory = samplePeakMemory(child.pid ?? 0);
  const timer = setTimeout(() => child.kill('SIGKILL'), BUILD_TIMEOUT_MS);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearTimeout(timer);
  const peakBytes = memory.stop();
  if (code !== 0) throw new Error(`${script} ${args.join(' ')} failed (exit ${String(code)}).`);
  return { wallMs: Math.round(performance.now() - started), peakBytes };
}

/** `npm run build` over the generated content: `astro build`, then the search index in a process of its own. */
async function buildSite(dir: string): Promise<Pick<BenchResult, 'wallMs' | 'peakBytes' | 'figures' | 'index'>> {
  const report = join(dir, 'build.json');
  const env = { CONTENT_DIR: join(dir, 'content'), BENCH_OUT_DIR: join(dir, 'dist'), BENCH_CACHE_DIR: join(dir, 'cache'), BENCH_REPORT: report };
  const astro = await measured(fileURLToPath(new URL('build-site.ts', import.meta.url)), [], env);
  const figures = JSON.parse(readFileSync(report, 'utf8')) as BuildFigures;
  const index = await measured(fileURLToPath(new URL('../../src/search/cli.ts', import.meta.url)), [join(dir, 'dist')], {});
  // The two run one after the other: the build's peak is the larger of theirs.
  return { wallMs: astro.wallMs + index.wallMs, peakBytes: Math.max(astro.peakBytes, figures.maxRssBytes, index.peakBytes), figures, index };
}

async function searchFigures(dist: string, query: string): Promise<BenchResult['search']> {
  const server = createStaticServer(dist);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    return await timeFirstResult(chromium ?? '', `http://127.0.0.1:${String(port)}/articles/synthetic-00000/`, query);
  } finally {
    server.close();
  }
}

// Printed at once, before the builds: the pass's cost over the stack's floor, in one process.
const cost = formatPerArticle(await perArticle());
console.error(cost);
const results: BenchResult[] = [];
for (const count of counts) {
  const dir = mkdtempSync(join(tmpdir(), `bench-${String(count)}-`));
  try {
    console.error(`\nBuilding the site over ${String(count)} generated articles in ${dir} …`);
    const query = writeContent(dir, count);
    const build = await buildSite(dir);
    // Printed at once: a long build's figures survive a failure in the measurements after it.
    console.error(`Built in ${(build.wallMs / 1000).toFixed(1)} s, peak memory ${(build.peakBytes / 1e6).toFixed(0)} MB: ${JSON.stringify(build.figures)}`);
    const dist = join(dir, 'dist');
    const site = siteFigures(dist);
    const search = await searchFigures(dist, query);
    // The same build again after an editor's change to one article's text, on the first build's caches.
    const edited = join(dir, 'content', 'articles', syntheticArticle(seed, 0, count).file);
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nA sentence added by an editor.\n`);
    const rebuild = await buildSite(dir);
    console.error(`Rebuilt after a one-article edit in ${(rebuild.wallMs / 1000).toFixed(1)} s.`);
    results.push({ count, ...build, site, search, query, rebuildMs: rebuild.wallMs });
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}
console.log(`${cost}\n\n${formatReport(results)}`);
