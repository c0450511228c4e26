/**
 * The `astro build` of one benchmark build, run in its own process by run-bench.ts so its
 * memory and CPU are its own: the project over CONTENT_DIR into BENCH_OUT_DIR, with a cache of
 * its own (a cold build every time) and an extra integration that notes when each phase ends.
 * Writes the phase times and this process's CPU time and peak memory to BENCH_REPORT as JSON.
 * run-bench.ts then runs the search index step, as `npm run build` does.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'astro';

/** What one build measured: phase ends in ms since the process started, CPU ms, peak RSS bytes. */
export interface BuildFigures {
  /** Config loaded and every article through the content lint. */
  lintedAt: number;
  /** Content collections synced: every article read, parsed and validated. */
  syncedAt: number;
  /** Every page bundled and rendered to HTML. */
  pagesAt: number;
  /** Sitemap written: `astro build` is done. */
  doneAt: number;
  cpuMs: number;
  maxRssBytes: number;
  /** Resident memory when each phase ended, to see which phase holds what. */
  rssAt: Record<string, number>;
  /** JavaScript heap in use at each phase end: the rest of the resident memory is the bundler, code and free heap. */
  heapAt: Record<string, number>;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`build-site.ts needs ${name}; run it through npm run bench.`);
  return value;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const report = required('BENCH_REPORT');
const figures: Partial<BuildFigures> & Pick<BuildFigures, 'rssAt' | 'heapAt'> = { rssAt: {}, heapAt: {} };
const now = (phase: string): number => {
  figures.rssAt[phase] = process.memoryUsage.rss();
  figures.heapAt[phase] = process.memoryUsage().heapUsed;
  return Math.round(performance.now());
};

/** Hooks run in integration order, so these run after the site's own at each step. */
const phaseTimer: AstroIntegration = {
  name: 'bench:phase-timer',
  hooks: {
    'astro:config:done': () => void (figures.lintedAt = now('lint')),
    'astro:build:start': () => void (figures.syncedAt = now('content')),
    'astro:build:generated': () => void (figures.pagesAt = now('pages')),
    'astro:build:done': () => void (figures.doneAt = now('index')),
  },
};

await build({
  root,
  outDir: required('BENCH_OUT_DIR'),
  cacheDir: required('BENCH_CACHE_DIR'),
  logLevel: 'warn',
  integrations: [phaseTimer],
});

const cpu = process.cpuUsage();
figures.cpuMs = Math.round((cpu.user + cpu.system) / 1000);
// maxRSS is in kilobytes: the peak of this process, whatever the sampling in the parent missed.
figures.maxRssBytes = process.resourceUsage().maxRSS * 1024;
writeFileSync(report, JSON.stringify(figures));
