/**
 * The dataset as this build publishes it (src/pure/dataset.ts): every series from the
 * collection, the notes they cite from the rendered articles, the build date and the commit.
 */
import { execFileSync } from 'node:child_process';
import { SITE_TITLE } from '../consts.ts';
import { isoDate } from '../pure/dates.ts';
import { buildDataset, type Dataset } from '../pure/dataset.ts';
import type { NoteCitation } from '../pure/bibliography.ts';
import { getPublishedArticles } from './published-articles.ts';
import { articleNotes } from './render-article.ts';
import { getExercises } from './site-exercises.ts';
import { getCorrections } from './site-corrections.ts';
import { getReleases } from './site-releases.ts';

/** The commit being built: SITE_COMMIT where a host provides it, else git's, else "unknown"
 * (a copy of the source without its history). */
function currentCommit(): string {
  if (process.env['SITE_COMMIT']) return process.env['SITE_COMMIT'];
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

let dataset: Promise<Dataset> | undefined;

/** The dataset, made once per build; `url` is where /data/ is published. */
export function getDataset(url: string): Promise<Dataset> {
  dataset ??= (async () => {
    const [exercises, articles, corrections] = await Promise.all([getExercises(), getPublishedArticles(), getCorrections()]);
    const notes = new Map<string, readonly NoteCitation[]>();
    for (const article of articles) {
      if (exercises.some((exercise) => exercise.data.article === article.id)) notes.set(article.id, await articleNotes(article));
    }
    return buildDataset({
      series: exercises.map((exercise) => ({ id: exercise.id, ...exercise.data })),
      version: getReleases().version,
      notesOf: (article) => notes.get(article) ?? [],
      generated: isoDate(new Date()),
      commit: currentCommit(),
      url,
      title: `${SITE_TITLE}: the exercise data`,
      corrections,
    });
  })();
  return dataset;
}
