/**
 * What the build does with one article, on whichever thread runs it: parse it once, run the
 * content lint's rules on that tree (remark-lint-findings.ts) and, when asked, render it.
 * Links to other articles are handed back, to be checked once every article's ids are known.
 * Plain data in and out, so a worker thread can run it and the article cache can keep it.
 */
import type { NamedSeries } from '../content-lint/exercise-mentions.ts';
import { parseLimitProblem } from '../content-lint/parse-limits.ts';
import type { NoteEvidenceOptions } from '../content-lint/rules/note-evidence.ts';
import { SOURCES_DIR } from '../content-dirs.ts';
import { recordsDigest, recordsUnder } from './source-records.ts';
import { articleFile, articleProcessor, renderFile, type ArticleProcessor } from '../markdown/render-body.ts';
import { linkSections } from '../pure/mentions.ts';
import { articleLang } from '../pure/articles.ts';
import { readFrontmatter } from './article-frontmatter.ts';
import { articleKey, SITE_EVIDENCE, type ArticleOutcome, type EvidenceContext } from './article-cache.ts';
import { remarkLintFindings } from './remark-lint-findings.ts';

/** An article's language, as its file name tells it. */
type Lang = ReturnType<typeof articleLang>;

export interface ArticleTask {
  /** The file, relative to `root` (the working directory). */
  path: string;
  root: string;
  text: string;
  /** The site's base path ("/" or "/india-japan/"). */
  base: string;
  render: boolean;
  /** The source records the notes cite, and whether every note must. */
  evidence: EvidenceContext;
  /** Its slug, and the series whose every mention must link to the series' article. */
  mentionRule?: { slug: string; series: readonly NamedSeries[] };
}

/** The key of the task's entry in the article cache. */
export const taskKey = (task: ArticleTask): string => articleKey(task.path, task.text, task.base, task.evidence, task.mentionRule?.series, articleLang(task.path));

const processors = new Map<string, ArticleProcessor>();

function cachedProcessor(key: string, make: () => ArticleProcessor): ArticleProcessor {
  let processor = processors.get(key);
  if (!processor) processors.set(key, (processor = make()));
  return processor;
}

/** The source records the notes cite, and whether every note must cite one: read once per
 * thread, and again when a record changes. */
export function evidenceOptions({ sourcesDir, required }: EvidenceContext = SITE_EVIDENCE): NoteEvidenceOptions {
  return { sources: recordsUnder(sourcesDir).records, required, sourcesDir };
}

/** The site's renderer for base path `base` and the records in `sourcesDir`, made once per
 * thread, set of records and language: `astro dev` renders an edited article with it. */
export function siteRenderer(base: string, sourcesDir = SOURCES_DIR, mdx = false, lang: Lang = 'en'): ArticleProcessor {
  return cachedProcessor(`site ${base} ${recordsDigest(sourcesDir)} ${mdx} ${lang}`, () => articleProcessor(base, recordsUnder(sourcesDir).records, [], mdx, lang));
}

/** Whether the file at `path` is MDX, parsed with the site's components. */
export const isMdx = (path: string): boolean => path.toLowerCase().endsWith('.mdx');

/** The site's renderer with the lint's rules first, on the tree before any plugin changes it:
 * one processor lints and renders. */
function lintingRenderer(base: string, context: EvidenceContext, mdx: boolean, lang: Lang): ArticleProcessor {
  return cachedProcessor(`lint ${base} ${recordsDigest(context.sourcesDir)} ${context.required} ${mdx} ${lang}`, () => {
    const evidence = { ...evidenceOptions(context), lang };
    return articleProcessor(base, evidence.sources, [[remarkLintFindings, evidence]], mdx, lang);
  });
}

export async function workOn(task: ArticleTask): Promise<ArticleOutcome> {
  // Text the parser cannot take in reasonable time is reported before any parse: nothing else can run.
  const limit = parseLimitProblem(task.text);
  if (limit) return { messages: [limit], anchors: [], sources: [], records: [], links: [], sectionLinks: [] };
  const { messages: frontmatterMessages, frontmatter } = readFrontmatter(task.text);
  const file = articleFile(task.text, task.path);
  if (task.mentionRule) file.data.mentionRule = task.mentionRule;
  try {
    const rendered = await renderFile(lintingRenderer(task.base, task.evidence, isMdx(task.path), articleLang(task.path)), file);
    const findings = file.data.lintFindings;
    if (!findings) throw new Error(`The lint did not run on ${task.path}`);
    const messages = [...frontmatterMessages, ...findings.messages];
    const record = { ...findings, messages, ...(frontmatter && { frontmatter }), sectionLinks: linkSections(file.data.articleLinks ?? [], rendered.headings) };
    // An article with lint errors is never published: only its findings are kept.
    return messages.some((message) => message.fatal) || !task.render ? record : { ...record, rendered };
  } catch (error) {
    // A bad article can break a plugin after the lint: its findings say what to fix, where.
    const findings = file.data.lintFindings;
    if (findings?.messages.some((message) => message.fatal)) return { ...findings, messages: [...frontmatterMessages, ...findings.messages], sectionLinks: [] };
    throw error;
  }
}
