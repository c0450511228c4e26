/**
 * A worker thread of the article pass (article-pass.ts): lints and renders the articles it is
 * sent and stores each outcome in the article cache. The rendered HTML stays in the cache
 * (the page reads it from there); only the lint's findings go back to the main thread.
 */
import { parentPort } from 'node:worker_threads';
import { writeEntry } from './article-cache.ts';
import { taskKey, workOn, type ArticleTask } from './article-work.ts';

parentPort?.on('message', ({ id, task }: { id: number; task: ArticleTask }) => {
  workOn(task)
    .then((outcome) => {
      writeEntry(taskKey(task), outcome);
      const { rendered: _html, ...findings } = outcome;
      parentPort?.postMessage({ id, result: findings });
    })
    .catch((error: unknown) => parentPort?.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
});
