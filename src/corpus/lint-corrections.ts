/**
 * Lints the corrections (content/corrections): each must match the schema, be dated no later
 * than today, and point only at what exists: published articles, editions the data holds,
 * and source records whose excerpts hold the quoted words. A weak source never stands alone.
 * A correction that points nowhere would print a link to nothing on /corrections/.
 */
import type { VFile } from 'vfile';
import { correctionSchema } from '../schemas/correction.ts';
import type { SourceRecord } from '../schemas/source.ts';
import { evidenceProblems } from '../pure/quoted-evidence.ts';
import { checkYaml, lineAndColumn, offsetOf } from '../content-lint/yaml-check.ts';
import type { ContentText } from './content-files.ts';

/** What the corrections may point at. */
export interface CorrectionTargets {
  /** Article ids, published or draft (drafts are refused: they have no page). */
  articles: ReadonlySet<string>;
  drafts: ReadonlySet<string>;
  /** Every edition id the data gives a row. */
  editions: ReadonlySet<string>;
  records: ReadonlyMap<string, SourceRecord>;
  /** Today, YYYY-MM-DD: a correction cannot be dated later. */
  today: string;
}

/** Each correction file, with its problems. */
export function lintCorrections(texts: readonly ContentText[], targets: CorrectionTargets): VFile[] {
  return texts.map(({ text, file }) => {
    const fail = (reason: string, path: readonly PropertyKey[], document?: Parameters<typeof offsetOf>[0]) => {
      const offset = document ? offsetOf(document, path) : 0;
      file.message(reason, { place: lineAndColumn(text, offset ?? 0), ruleId: 'correction', source: 'site' }).fatal = true;
    };
    const { data, problems, written } = checkYaml(text, correctionSchema, 'A correction');
    for (const { reason, offset } of problems) file.message(reason, { place: lineAndColumn(text, offset), ruleId: 'correction', source: 'site' }).fatal = true;
    if (!data || !written) return file;
    const { document } = written;
    if (data.date > targets.today) fail(`The correction is dated ${data.date}, after today (${targets.today}): date it the day it is published`, ['date'], document);
    data.articles.forEach((id, index) => {
      if (!targets.articles.has(id)) fail(`No article \`${id}\`: name a file of content/articles (without its extension)`, ['articles', index], document);
      else if (targets.drafts.has(id)) fail(`The article \`${id}\` is a draft, with no page to mark: publish it or leave it out`, ['articles', index], document);
    });
    data.editions.forEach((id, index) => {
      if (!targets.editions.has(id)) fail(`No edition \`${id}\` in content/exercises: write the id of its table row ("edition-" and its label in lowercase words joined by hyphens)`, ['editions', index], document);
    });
    for (const { reason, path } of evidenceProblems(data.evidence, targets.records)) fail(reason, ['evidence', ...path], document);
    return file;
  });
}
