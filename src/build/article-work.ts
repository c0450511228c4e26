/**
 * What the build does with one article, on whichever thread runs it: the content lint's
 * per-file checks (links to other articles are handed back, to be checked once every
 * article's ids are known) and, when asked, the render. Plain data in and out, so a worker
 * thread can run it and the article cache can keep it.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownConfigDefaults, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { VFile } from 'vfile';
import { anchorIds } from '../content-lint/anchor-ids.ts';
import { articleLinter } from '../content-lint/processor.ts';
import type { DeferredLink } from '../content-lint/rules/internal-links.ts';
import { markdownConfig } from '../markdown/index.ts';
import { renderBody } from '../markdown/render-body.ts';
import type { ArticleOutcome } from './article-cache.ts';

export interface ArticleTask {
  /** The file, relative to `root` (the working directory). */
  path: string;
  root: string;
  text: string;
  /** The site's base path ("/" or "/india-japan/"). */
  base: string;
  render: boolean;
}

/** Site pages that are not articles, valid as link targets from an article. */
export const SITE_PAGES = new Set(['/', '/articles/', '/search/', '/sources/', '/exercises/']);

const renderers = new Map<string, Promise<MarkdownRenderer>>();

/** The site's renderer for base path `base`, made once per thread. */
export function siteRenderer(base: string): Promise<MarkdownRenderer> {
  let renderer = renderers.get(base);
  if (!renderer) {
    const config = markdownConfig(base);
    renderer = config.processor.createRenderer({ ...markdownConfigDefaults, syntaxHighlight: config.syntaxHighlight });
    renderers.set(base, renderer);
  }
  return renderer;
}

async function lint(task: ArticleTask): Promise<Pick<ArticleOutcome, 'messages' | 'anchors' | 'links'>> {
  const file = new VFile({ path: task.path, value: task.text });
  const deferred: DeferredLink[] = [];
  const linter = articleLinter({ articles: new Map(), pages: SITE_PAGES, defer: (link) => deferred.push(link) });
  const tree = linter.parse(file);
  const ids = anchorIds(tree);
  file.data['anchorIds'] = ids;
  await linter.run(tree, file);
  return {
    messages: file.messages.map((message) => ({
      reason: message.reason,
      line: message.line ?? 1,
      column: message.column ?? 1,
      ruleId: message.ruleId,
      source: message.source,
      fatal: message.fatal === true,
    })),
    anchors: [...ids],
    links: deferred.map(({ url, node }) => ({ url, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 })),
  };
}

export async function workOn(task: ArticleTask): Promise<ArticleOutcome> {
  const outcome: ArticleOutcome = await lint(task);
  // An article with lint errors is never published, so it is not rendered either: a bad
  // footnote or link would only make the renderer's error less clear than the lint's.
  if (task.render && !outcome.messages.some((message) => message.fatal)) {
    outcome.rendered = await renderBody(await siteRenderer(task.base), task.text, pathToFileURL(resolve(task.root, task.path)));
  }
  return outcome;
}
