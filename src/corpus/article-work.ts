/**
 * What the build does with one article, on whichever thread runs it: parse it once, run the
 * content lint's rules on that tree (remark-lint-findings.ts) and, when asked, render it.
 * Links to other articles are handed back, to be checked once every article's ids are known.
 * Plain data in and out, so a worker thread can run it and the article cache can keep it.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownConfigDefaults, unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { VFile } from 'vfile';
import { articleLinter } from '../content-lint/processor.ts';
import { SITE_PAGES, type DeferredLink } from '../content-lint/rules/internal-links.ts';
import { nestingProblem } from '../content-lint/nesting.ts';
import { checkYaml, lineAndColumn } from '../content-lint/yaml-check.ts';
import { anchorIds, noteSources } from '../content-lint/anchor-ids.ts';
import type { NoteEvidenceOptions } from '../content-lint/rules/note-evidence.ts';
import { SOURCES_DIR } from '../content-dirs.ts';
import { recordsDigest, recordsUnder } from './source-records.ts';
import { markdownConfig, markdownProcessorOptions } from '../markdown/index.ts';
import { renderMarkdown } from '../markdown/render-body.ts';
import { frontmatterOf } from '../pure/frontmatter.ts';
import { articleSchema } from '../schemas/article.ts';
import { SITE_EVIDENCE, type ArticleOutcome, type EvidenceContext, type LintMessage } from './article-cache.ts';
import { FINDINGS_KEY, remarkLintFindings, toLintMessage, type Findings } from './remark-lint-findings.ts';

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

const renderers = new Map<string, Promise<MarkdownRenderer>>();

function cachedRenderer(key: string, make: () => Promise<MarkdownRenderer>): Promise<MarkdownRenderer> {
  let renderer = renderers.get(key);
  if (!renderer) renderers.set(key, (renderer = make()));
  return renderer;
}

/** The source records the notes cite, and whether every note must cite one: read once per
 * thread, and again when a record changes. */
export function evidenceOptions({ sourcesDir, required }: EvidenceContext = SITE_EVIDENCE): NoteEvidenceOptions {
  return { sources: recordsUnder(sourcesDir).records, required, sourcesDir };
}

/** The site's renderer for base path `base` and the records in `sourcesDir`, made once per
 * thread and set of records. */
export function siteRenderer(base: string, sourcesDir = SOURCES_DIR): Promise<MarkdownRenderer> {
  return cachedRenderer(`site ${base} ${recordsDigest(sourcesDir)}`, () => {
    const config = markdownConfig(base, recordsUnder(sourcesDir).records);
    return config.processor.createRenderer({ ...markdownConfigDefaults, syntaxHighlight: config.syntaxHighlight });
  });
}

/** The site's renderer with the lint's rules first, on the tree before any plugin changes it. */
function lintingRenderer(base: string, context: EvidenceContext): Promise<MarkdownRenderer> {
  return cachedRenderer(`lint ${base} ${recordsDigest(context.sourcesDir)} ${context.required}`, () => {
    const evidence = evidenceOptions(context);
    const options = markdownProcessorOptions(base, evidence.sources);
    const processor = unified({ ...options, remarkPlugins: [[remarkLintFindings, evidence], ...options.remarkPlugins] });
    return processor.createRenderer({ ...markdownConfigDefaults, syntaxHighlight: markdownConfig(base).syntaxHighlight });
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

/** The lint alone, with a parse of its own: for `npm run lint:content`, and to report a bad
 * article whose render failed. */
async function lintOnly(task: ArticleTask): Promise<Findings> {
  const file = new VFile({ path: task.path, value: task.text });
  const deferred: DeferredLink[] = [];
  const evidence = evidenceOptions(task.evidence);
  const linter = articleLinter({ articles: new Map(), pages: SITE_PAGES, defer: (link) => deferred.push(link) }, evidence);
  const tree = linter.parse(file);
  const ids = anchorIds(tree);
  file.data['anchorIds'] = ids;
  await linter.run(tree, file);
  const links = deferred.map(({ url, node }) => ({ url, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 }));
  return { messages: file.messages.map(toLintMessage), anchors: [...ids], ...noteSources(tree, evidence.sources), links };
}

export async function workOn(task: ArticleTask): Promise<ArticleOutcome> {
  // Nesting too deep for the tree walks is reported before any parse: nothing else can run.
  const deep = nestingProblem(task.text);
  if (deep) return { messages: [deep], anchors: [], sources: [], records: [], links: [] };
  if (!task.render) return lintOnly(task);
  const fileUrl = pathToFileURL(resolve(task.root, task.path));
  try {
    const { rendered, frontmatter } = await renderMarkdown(await lintingRenderer(task.base, task.evidence), task.text, fileUrl);
    const findings = frontmatter[FINDINGS_KEY] as Findings;
    const messages = [...frontmatterMessages(task.text), ...findings.messages];
    // An article with lint errors is never published: only its findings are kept.
    return messages.some((message) => message.fatal) ? { ...findings, messages } : { ...findings, messages, rendered };
  } catch (error) {
    // A bad article can break a plugin: the lint's findings say what to fix, where.
    const findings = await lintOnly(task);
    if (findings.messages.some((message) => message.fatal)) return findings;
    throw error;
  }
}
