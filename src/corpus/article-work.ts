/**
 * What the build does with one article, on whichever thread runs it: parse it once, run the
 * content lint's rules on that tree (remark-lint-findings.ts) and, when asked, render it.
 * Links to other articles are handed back, to be checked once every article's ids are known.
 * Plain data in and out, so a worker thread can run it and the article cache can keep it.
 */
import { nestingProblem } from '../content-lint/nesting.ts';
import { checkYaml, lineAndColumn } from '../content-lint/yaml-check.ts';
import type { NoteEvidenceOptions } from '../content-lint/rules/note-evidence.ts';
import { SOURCES_DIR } from '../content-dirs.ts';
import { recordsDigest, recordsUnder } from './source-records.ts';
import { articleFile, articleProcessor, renderFile, type ArticleProcessor } from '../markdown/render-body.ts';
import { frontmatterOf } from '../pure/frontmatter.ts';
import { articleSchema } from '../schemas/article.ts';
import { SITE_EVIDENCE, type ArticleOutcome, type EvidenceContext, type LintMessage } from './article-cache.ts';
import { remarkLintFindings } from './remark-lint-findings.ts';

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
}

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
 * thread and set of records: `astro dev` renders an edited article with it. */
export function siteRenderer(base: string, sourcesDir = SOURCES_DIR): ArticleProcessor {
  return cachedProcessor(`site ${base} ${recordsDigest(sourcesDir)}`, () => articleProcessor(base, recordsUnder(sourcesDir).records));
}

/** The site's renderer with the lint's rules first, on the tree before any plugin changes it:
 * one processor lints and renders. */
function lintingRenderer(base: string, context: EvidenceContext): ArticleProcessor {
  return cachedProcessor(`lint ${base} ${recordsDigest(context.sourcesDir)} ${context.required}`, () => {
    const evidence = evidenceOptions(context);
    return articleProcessor(base, evidence.sources, [[remarkLintFindings, evidence]]);
  });
}

/** The frontmatter rule of the lint (rules/frontmatter.ts), on the text: the renderer sees the
 * body only. */
function frontmatterMessages(text: string): LintMessage[] {
  const message = (reason: string, place: { line: number; column: number }): LintMessage => ({ reason, ...place, ruleId: 'frontmatter', source: 'site', fatal: true });
  const yaml = frontmatterOf(text);
  if (yaml === undefined) return [message('No frontmatter: start the file with --- and the fields in README, "Add an article"', { line: 1, column: 1 })];
  return checkYaml(yaml, articleSchema, 'Frontmatter').problems.map(({ reason, offset }) => message(`${reason} (see README, "Add an article")`, lineAndColumn(yaml, offset, 2)));
}

export async function workOn(task: ArticleTask): Promise<ArticleOutcome> {
  // Nesting too deep for the tree walks is reported before any parse: nothing else can run.
  const deep = nestingProblem(task.text);
  if (deep) return { messages: [deep], anchors: [], sources: [], records: [], links: [] };
  const file = articleFile(task.text, task.path);
  try {
    const rendered = await renderFile(lintingRenderer(task.base, task.evidence), file);
    const findings = file.data.lintFindings;
    if (!findings) throw new Error(`The lint did not run on ${task.path}`);
    const messages = [...frontmatterMessages(task.text), ...findings.messages];
    // An article with lint errors is never published: only its findings are kept.
    return messages.some((message) => message.fatal) || !task.render ? { ...findings, messages } : { ...findings, messages, rendered };
  } catch (error) {
    // A bad article can break a plugin after the lint: its findings say what to fix, where.
    const findings = file.data.lintFindings;
    if (findings?.messages.some((message) => message.fatal)) return { ...findings, messages: [...frontmatterMessages(task.text), ...findings.messages] };
    throw error;
  }
}
