/**
 * The content lint's rule across articles and data: an article that names an exercise series
 * (by the `name` in its data file) links to that series' own article, so a reader can always
 * go from a mention to the record. Notes and the frontmatter are not searched: a note names
 * its source, not the exercise.
 */
import type { VFile } from 'vfile';
import { proseOf } from '../pure/frontmatter.ts';
import { lineAndColumn } from './yaml-check.ts';

export interface NamedSeries {
  name: string;
  /** The slug of the series' own article. */
  article: string;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');


/** Adds a message to `file` (the article `slug`) for each series it names without linking. */
export function checkExerciseMentions(file: VFile, slug: string, series: readonly NamedSeries[]): void {
  const text = String(file.value);
  const body = proseOf(text);
  for (const { name, article } of series) {
    if (article === slug || body.includes(`](/articles/${article}/`)) continue;
    const mention = new RegExp(`(?<![\\p{L}\\p{N}])${escaped(name).replace(/ /g, '[ -]')}(?![\\p{L}\\p{N}])`, 'u').exec(body);
    if (!mention) continue;
    const message = file.message(`${name} is named without a link to its article: link a mention to /articles/${article}/, as [${name}](/articles/${article}/)`, {
      place: lineAndColumn(text, mention.index),
      ruleId: 'exercise-links',
      source: 'site',
    });
    message.fatal = true;
  }
}
