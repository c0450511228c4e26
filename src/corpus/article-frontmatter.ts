/**
 * An article's frontmatter, read once by the article pass: checked against the article
 * schema (the lint's frontmatter rule, on the text: the renderer sees the body only), and
 * kept as the record's data, with whether it is a draft and where its dates are written, so
 * that nothing after the pass reads or scans the YAML again.
 */
import { checkYaml, lineAndColumn, offsetOf } from '../content-lint/yaml-check.ts';
import { isoDate } from '../pure/dates.ts';
import { frontmatterOf } from '../pure/frontmatter.ts';
import { articleSchema } from '../schemas/article.ts';
import type { LintMessage } from './lint-message.ts';

/** A date of the frontmatter, and where it is written (for a message about it). */
export interface DatePlace {
  field: 'pubDate' | 'updatedDate' | 'checked' | `revisions.${number}.date`;
  /** YYYY-MM-DD. */
  value: string;
  line: number;
  column: number;
}

export interface FrontmatterFacts {
  /** The fields as written (the collection's schema validates them again for Astro). */
  data: unknown;
  draft: boolean;
  dates: DatePlace[];
}

const message = (reason: string, place: { line: number; column: number }): LintMessage => ({ reason, ...place, ruleId: 'frontmatter', source: 'site', fatal: true });

/** The frontmatter of `text`: its problems, or its facts when it has none. */
export function readFrontmatter(text: string): { messages: LintMessage[]; frontmatter?: FrontmatterFacts } {
  const yaml = frontmatterOf(text);
  if (yaml === undefined) return { messages: [message('No frontmatter: start the file with --- and the fields in README, "Add an article"', { line: 1, column: 1 })] };
  const { data, problems, written } = checkYaml(yaml, articleSchema, 'Frontmatter');
  const messages = problems.map(({ reason, offset }) => message(`${reason} (see README, "Add an article")`, lineAndColumn(yaml, offset, 2)));
  if (!data || !written) return { messages };
  const dates: DatePlace[] = (['pubDate', 'updatedDate', 'checked'] as const).flatMap((field) => {
    const offset = offsetOf(written.document, [field]);
    // updatedDate defaults to pubDate: only a date as written has a place.
    const value = data[field];
    return offset === undefined || value === undefined ? [] : [{ field, value: isoDate(value), ...lineAndColumn(yaml, offset, 2) }];
  });
  data.revisions.forEach(({ date }, index) => {
    const offset = offsetOf(written.document, ['revisions', index, 'date']) ?? 0;
    dates.push({ field: `revisions.${index}.date`, value: isoDate(date), ...lineAndColumn(yaml, offset, 2) });
  });
  return { messages, frontmatter: { data: written.data, draft: data.draft, dates } };
}
