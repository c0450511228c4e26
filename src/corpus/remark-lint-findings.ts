/**
 * remark plugin, for the build's article pass only: runs the content lint's rules on the tree
 * the renderer has just parsed, before any other plugin changes it, so each article is parsed
 * once for both. What it finds (the messages, the ids the page will have, and the links to
 * other articles, checked once every article is known) leaves with the render's frontmatter,
 * the one thing Astro's renderer hands back besides the HTML.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { anchorIds, noteSources } from '../content-lint/anchor-ids.ts';
import type { NoteEvidenceOptions } from '../content-lint/rules/note-evidence.ts';
import { bodyLinter } from '../content-lint/processor.ts';
import { SITE_PAGES } from '../content-lint/rules/internal-links.ts';
import type { ArticleOutcome, LinkToCheck, LintMessage } from './article-cache.ts';

/** Where the frontmatter carries the findings. */
export const FINDINGS_KEY = 'lintFindings';

export type Findings = Pick<ArticleOutcome, 'messages' | 'anchors' | 'sources' | 'records' | 'links'>;

export function toLintMessage(message: VFile['messages'][number]): LintMessage {
  return { reason: message.reason, line: message.line ?? 1, column: message.column ?? 1, ruleId: message.ruleId, source: message.source, fatal: message.fatal === true };
}

export function remarkLintFindings(evidence: NoteEvidenceOptions) {
  let links: LinkToCheck[] = [];
  const linter = bodyLinter(
    {
      articles: new Map(),
      pages: SITE_PAGES,
      defer: ({ url, node }) => links.push({ url, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 }),
    },
    evidence,
  );
  return async (tree: Root, file: VFile): Promise<void> => {
    links = [];
    const ids = anchorIds(tree);
    file.data['anchorIds'] = ids;
    const before = file.messages.length;
    await linter.run(tree, file);
    const findings: Findings = { messages: file.messages.slice(before).map(toLintMessage), anchors: [...ids], ...noteSources(tree, evidence.sources), links };
    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, [FINDINGS_KEY]: findings };
  };
}
