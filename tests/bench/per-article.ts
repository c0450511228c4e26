/**
 * The cost of one article, in one process, on the peer benchmark's generated articles
 * (../shared/bench/gen-corpus.mjs, the corpus `peer.sh` builds): the bare stack the user chose
 * (remark-parse, remark-gfm, remark-rehype, rehype-slug, rehype-stringify) beside the article
 * pass's work on one article (`workOn`: lint, render, record). Both run on one thread over the
 * same texts, after a warm-up round, and the median of the timed rounds is kept, so the ratio
 * is the site's own cost over the floor the stack sets. The figures are CPU time (the process's,
 * garbage collection included), which another busy process on the machine disturbs less than
 * the clock on the wall.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { workOn, type ArticleTask } from '../../src/corpus/article-work.ts';

export interface PerArticle {
  articles: number;
  /** CPU milliseconds per article, the median round. */
  bareMs: number;
  passMs: number;
}

/** The peer corpus's first `count` articles, with the frontmatter `peer.sh` gives this site. */
export function peerArticles(count: number): { path: string; text: string }[] {
  const dir = mkdtempSync(join(tmpdir(), 'per-article-'));
  try {
    const generator = new URL('../../../shared/bench/gen-corpus.mjs', import.meta.url);
    const made = spawnSync(process.execPath, [generator.pathname, String(count), dir], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`gen-corpus.mjs failed: ${made.stderr}`);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => ({ path: `content/articles/${name}`, text: readFileSync(join(dir, name), 'utf8').replace(/^date:/m, 'pubDate:') }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function timeRounds(rounds: number, run: () => Promise<void>): Promise<number> {
  await run(); // warm-up: module loading and the JIT are start-up, not the article's cost
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = process.cpuUsage();
    await run();
    const { user, system } = process.cpuUsage(started);
    times.push((user + system) / 1000);
  }
  return median(times);
}

export async function perArticle(count = 200, rounds = 3): Promise<PerArticle> {
  const articles = peerArticles(count);
  const bare = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSlug).use(rehypeStringify);
  const bareMs = await timeRounds(rounds, async () => {
    for (const { text } of articles) await bare.process(text.replace(/^---\n[\s\S]*?\n---\n/, ''));
  });
  const sourcesDir = mkdtempSync(join(tmpdir(), 'per-article-sources-'));
  try {
    const tasks: ArticleTask[] = articles.map(({ path, text }) => ({ path, root: process.cwd(), text, base: '/', render: true, evidence: { sourcesDir, required: false } }));
    const passMs = await timeRounds(rounds, async () => {
      for (const task of tasks) {
        const outcome = await workOn(task);
        if (!outcome.rendered) throw new Error(`${task.path} was not rendered: ${JSON.stringify(outcome.messages.slice(0, 3))}`);
      }
    });
    return { articles: count, bareMs: bareMs / count, passMs: passMs / count };
  } finally {
    rmSync(sourcesDir, { recursive: true, force: true });
  }
}

export function formatPerArticle({ articles, bareMs, passMs }: PerArticle): string {
  return `Per article, one thread, ${String(articles)} peer articles (CPU time): bare stack ${bareMs.toFixed(1)} ms, article pass ${passMs.toFixed(1)} ms, ratio ${(passMs / bareMs).toFixed(2)}`;
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  console.log(formatPerArticle(await perArticle(Number(process.argv[2] ?? 200))));
}
