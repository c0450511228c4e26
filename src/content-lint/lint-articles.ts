/**
 * Lints every article and exercise data file. The articles go through the article pass
 * (src/build/article-pass.ts): each is parsed once, on every core, and not at all when the
 * article cache already holds its findings; links between articles are checked once every
 * article's ids are known. The data files are checked against those ids.
 */
import type { VFile } from 'vfile';
import { articlePass } from '../build/article-pass.ts';
import { lintExercises } from './lint-exercises.ts';

export interface LintOptions {
  /** The project root: reports name files relative to it; the article cache is under it. */
  root?: string;
  /** The site's base path, when the articles are rendered too (for a build). */
  base?: string;
  /** Render the articles into the cache as well, for the build that follows. */
  render?: boolean;
}

/** Every article and data file, with the messages found in each; no messages means all pass. */
export async function lintContent(articlesDir: string, exercisesDir: string, options: LintOptions = {}): Promise<VFile[]> {
  const root = options.root ?? process.cwd();
  const { files, articles } = await articlePass(articlesDir, { root, base: options.base ?? '/', render: options.render ?? false });
  return [...files, ...(await lintExercises(exercisesDir, articles, root))];
}

/** Every article under `dir`, with the messages found in each. */
export async function lintArticles(dir: string, root = process.cwd()): Promise<VFile[]> {
  return (await articlePass(dir, { root, base: '/', render: false })).files;
}
