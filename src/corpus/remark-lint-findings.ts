/**
 * remark plugin, for the article pass only: runs the content lint's rules on the tree the
 * processor has just parsed, before any other plugin changes it, so each article is parsed
 * once for both. What it finds (the messages, the ids the page will have, and the links to
 * other articles, checked once every article is known) it records on the file, where the
 * pass reads it even when a later plugin fails.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { anchorIds, noteSources } from '../content-lint/anchor-ids.ts';
import { checkExerciseMentions, type NamedSeries } from '../content-lint/exercise-mentions.ts';
import type { NoteEvidenceOptions } from '../content-lint/rules/note-evidence.ts';
import { bodyLinter } from '../content-lint/processor.ts';
import { SITE_PAGES } from '../content-lint/rules/internal-links.ts';
import { articleLinks, type ArticleLink } from '../pure/mentions.ts';
import { translationFacts } from '../content-lint/translation-match.ts';
import type { ArticleOutcome, LinkToCheck, LintMessage } from './article-cache.ts';

export type Findings = Pick<ArticleOutcome, 'messages' | 'anchors' | 'sources' | 'records' | 'links' | 'translation'>;


declare module 'vfile' {
  interface DataMap {
    lintFindings: Findings;
    /** The body's links to articles, as parsed. */
    articleLinks: ArticleLink[];
    /** The article's slug, and the exercise series whose mentions must link to their article. */
    mentionRule: { slug: string; series: readonly NamedSeries[] };
  }
}

export function toLintMessage(message: VFile['messages'][number]): LintMessage {
  return { reason: message.reason, line: message.line ?? 1, column: message.column ?? 1, ruleId: message.ruleId, source: message.source, fatal: message.fatal === true };
}

export function remarkLintFindings(evidence: NoteEvidenceOptions) {
  // By file: a worker thread may have several articles in the lint at once.
  const deferred = new WeakMap<VFile, LinkToCheck[]>();
  const linter = bodyLinter(
    {
      articles: new Map(),
      pages: SITE_PAGES,
      defer: ({ file, url, node }) => deferred.get(file)?.push({ url, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 }),
    },
    evidence,
  );
  return async (tree: Root, file: VFile): Promise<void> => {
    const links: LinkToCheck[] = [];
    deferred.set(file, links);
    const ids = anchorIds(tree);
    file.data['anchorIds'] = ids;
    const before = file.messages.length;
    await linter.run(tree, file);
    if (file.data.mentionRule) checkExerciseMentions(tree, file, file.data.mentionRule.slug, file.data.mentionRule.series);
    file.data.articleLinks = articleLinks(tree);
    file.data.lintFindings = { messages: file.messages.slice(before).map(toLintMessage), anchors: [...ids], ...noteSources(tree, evidence.sources), links, translation: translationFacts(tree, file) };
  };
}
