/**
 * The article pass: every article linted (and, for a build, rendered) once, on every core,
 * through the article cache. An unchanged article costs a file read; the others go to a pool
 * of worker threads, one per core, unless so few changed that starting threads would cost
 * more than it saves. The links between articles are checked here, once every article's ids
 * are known. Run by the content lint before a build (src/integrations/content-lint.ts) and
 * by `npm run lint:content`; the pages then read each rendered article from the cache.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { VFile } from 'vfile';
import { internalLinkProblem, SITE_PAGES } from '../content-lint/rules/internal-links.ts';
import { readFindings, SITE_EVIDENCE, writeEntry, type ArticleOutcome, type EvidenceContext } from './article-cache.ts';
import { taskKey, workOn, type ArticleTask } from './article-work.ts';
import { ARTICLE_FILES } from '../pure/content-names.ts';
import { readContentFolder } from './content-files.ts';
import type { NamedSeries } from '../content-lint/exercise-mentions.ts';
import type { DatePlace } from './article-frontmatter.ts';
import { writeRecords, type ArticleRecord } from './article-records.ts';
import { articleId } from '../pure/articles.ts';
import { createPool } from './worker-pool.ts';
import { checkTranslations } from './translation-checks.ts';

/** Below this many articles to work out, the main thread does them (a worker takes ~0.3 s to start). */
const POOL_THRESHOLD = 16;

export interface PassOptions {
  /** Paths in reports are relative to it (the working directory). */
  root: string;
  base: string;
  /** Render too (a build), or lint only (`npm run lint:content`). */
  render: boolean;
  /** Ids each article's page takes from the exercise data (its editions' rows), by slug. */
  dataIds?: ReadonlyMap<string, ReadonlySet<string>>;
  /** The source records the notes cite, and whether every note must: the site's own unless
   * said otherwise (a generated corpus, a test's fixtures). */
  evidence?: EvidenceContext;
  /** The exercise series whose every mention in an article must link to the series' article. */
  series?: readonly NamedSeries[];
  /** Today (YYYY-MM-DD): a publication or update date after it is refused. Left out for
   * generated corpora, which date articles freely (the benchmarks). */
  today?: string;
}

/** A `pubDate` or `updatedDate` after `today`, with its place. Checked on every run, outside
 * the article cache: the same text is fine tomorrow. */
function futureDates(dates: readonly DatePlace[], today: string): { reason: string; line: number; column: number }[] {
  return dates
    .filter(({ value }) => value > today)
    .map(({ field, value, line, column }) => ({
      reason: `\`${field}\` ${value} is after today (${today}): the article would claim a date that has not come; use today's date, or keep it \`draft: true\` until then`,
      line,
      column,
    }));
}

export interface PassResult {
  files: VFile[];
  /** Every article's slug with the ids its page will have. */
  articles: Map<string, Set<string>>;
  /** The slug of each article's file (as `articles` keys it). */
  slugs: Map<VFile, string>;
  /** The slugs of the articles that are drafts. */
  drafts: ReadonlySet<string>;
  /** The slugs of the articles whose files could not be read (refused on their own files). */
  unreadable: ReadonlySet<string>;
  /** How many articles were worked out, not taken from the cache. */
  worked: number;
  /** The keys of the source records the articles' notes cite. */
  records: ReadonlySet<string>;
}


async function workOut(tasks: readonly ArticleTask[]): Promise<ArticleOutcome[]> {
  if (tasks.length < POOL_THRESHOLD) {
    const outcomes: ArticleOutcome[] = [];
    for (const task of tasks) {
      const outcome = await workOn(task);
      writeEntry(taskKey(task), outcome);
      outcomes.push(outcome);
    }
    return outcomes;
  }
  const size = Math.min(availableParallelism(), Math.ceil(tasks.length / POOL_THRESHOLD));
  const pool = createPool<ArticleTask, ArticleOutcome>(new URL('./article-worker.ts', import.meta.url), size);
  try {
    return await Promise.all(tasks.map((task) => pool.run(task)));
  } finally {
    await pool.close();
  }
}

export async function articlePass(dir: string, options: PassOptions): Promise<PassResult> {
  const { root, base, render } = options;
  const { texts, refused, unread } = readContentFolder(dir, ARTICLE_FILES, root);
  const outcomes = new Map<VFile, ArticleOutcome>();
  const tasks: { file: VFile; task: ArticleTask }[] = [];
  const keys = new Map<VFile, string>();
  // A series whose article does not exist is the data lint's to report (lint-exercises.ts).
  const slugsKnown = new Set(texts.map(({ name }) => articleId(name)));
  // An article that cannot be read is refused on its own file; links to it are not errors too.
  const unreadable = new Set(unread.map(articleId));
  const series = (options.series ?? []).filter(({ article }) => slugsKnown.has(article));
  const files = texts.map(({ file }) => file);
  for (const { name, text, file } of texts) {
    const mentionRule = { slug: articleId(name), series };
    const task: ArticleTask = { path: file.path, root, text, base, render, evidence: options.evidence ?? SITE_EVIDENCE, mentionRule };
    const key = taskKey(task);
    keys.set(file, key);
    const cached = readFindings(key);
    if (cached && (!render || cached.rendered || cached.messages.some((message) => message.fatal))) {
      const { rendered: _rendered, ...findings } = cached;
      outcomes.set(file, findings);
    } else tasks.push({ file, task });
  }
  const worked = await workOut(tasks.map(({ task }) => task));
  for (const [index, { file }] of tasks.entries()) outcomes.set(file, worked[index] as ArticleOutcome);

  const articles = new Map<string, Set<string>>();
  const slugs = new Map<VFile, string>();
  const drafts = new Set<string>();
  const sources = new Set<string>();
  const records = new Set<string>();
  const recordList: ArticleRecord[] = [];
  for (const [index, file] of files.entries()) {
    const outcome = outcomes.get(file);
    if (!outcome) continue;
    const slug = articleId(texts[index]?.name ?? '');
    articles.set(slug, new Set([...outcome.anchors, ...(options.dataIds?.get(slug) ?? [])]));
    slugs.set(file, slug);
    if (outcome.frontmatter?.draft) drafts.add(slug);
    if (options.today) {
      for (const { reason, line, column } of futureDates(outcome.frontmatter?.dates ?? [], options.today)) file.message(reason, { place: { line, column }, ruleId: 'frontmatter', source: 'site' }).fatal = true;
    }
    if (outcome.frontmatter) recordList.push({ id: slug, path: file.path, key: keys.get(file) ?? '', textDigest: createHash('sha256').update(String(file.value)).digest('hex'), data: outcome.frontmatter.data, draft: outcome.frontmatter.draft, sectionLinks: outcome.sectionLinks });
    for (const id of outcome.sources) sources.add(id);
    for (const key of outcome.records) records.add(key);
  }
  for (const [file, outcome] of outcomes) {
    for (const { reason, line, column, ruleId, source, fatal } of outcome.messages) {
      file.message(reason, { place: { line, column }, ...(ruleId && { ruleId }), ...(source && { source }) }).fatal = fatal;
    }
    const own = slugs.get(file) ?? '';
    for (const { url, line, column } of outcome.links) {
      // A link to a row of this article's own editions table was deferred until the data was read.
      const target = url.startsWith('#') ? `/articles/${own}/${url}` : url;
      const slug = /^\/articles\/([^/#?]+)\//.exec(target)?.[1];
      const source = target.startsWith('/sources/#') ? decodeURIComponent(target.slice('/sources/#'.length)) : undefined;
      if (slug && unreadable.has(slug)) continue;
      const problem =
        (source !== undefined && !sources.has(source) ? `No source entry \`#${source}\` in the bibliography: link to a source an article's note cites` : undefined) ??
        internalLinkProblem(target, new Set(), { articles, pages: SITE_PAGES }) ??
        (slug && slug !== own && drafts.has(slug) && !drafts.has(own) ? `\`${slug}\` is a draft, never published: link to it once it is, or remove the link` : undefined);
      if (problem) file.message(problem, { place: { line, column }, ruleId: 'internal-links', source: 'site' }).fatal = true;
    }
  }
  checkTranslations(files.flatMap((file) => {
    const outcome = outcomes.get(file);
    const slug = slugs.get(file);
    return outcome && slug !== undefined ? [{ file, slug, outcome }] : [];
  }), unreadable);
  if (render) writeRecords(base, recordList);
  for (const file of files) file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { files: [...files, ...refused], articles, slugs, drafts, unreadable, worked: tasks.length, records };
}
