/**
 * Lints every article in a folder: the checks that need all articles at once (links to
 * other articles and their sections) get an index built from a first parse of each file.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { VFile } from 'vfile';
import { anchorIds } from './anchor-ids.ts';
import { lintExercises } from './lint-exercises.ts';
import { articleLinter } from './processor.ts';
import { internalLinkProblem, type DeferredLink } from './rules/internal-links.ts';

/** Site pages that are not articles, valid as link targets from an article. */
export const SITE_PAGES = new Set(['/', '/articles/', '/search/', '/sources/', '/exercises/']);

const MDX_REFUSED =
  'MDX runs code when the site is built, so articles are plain Markdown: rename the file to .md and replace any component or import with Markdown';

/** Every article and data file, with the messages found in each; no messages means all pass. */
export async function lintContent(articlesDir: string, exercisesDir: string, cwd = process.cwd()): Promise<VFile[]> {
  const { files, articles } = await lintArticlesWithIndex(articlesDir, cwd);
  return [...files, ...(await lintExercises(exercisesDir, articles, cwd))];
}

/** Every article under `dir`, with the messages found in each. */
export async function lintArticles(dir: string, cwd = process.cwd()): Promise<VFile[]> {
  return (await lintArticlesWithIndex(dir, cwd)).files;
}

async function lintArticlesWithIndex(dir: string, cwd: string): Promise<{ files: VFile[]; articles: Map<string, Set<string>> }> {
  const names = (await readdir(dir, { recursive: true })).filter((name) => /\.(md|mdx|markdown)$/i.test(name)).sort();
  const files = await Promise.all(
    names.map(async (name) => new VFile({ path: relative(cwd, join(dir, name)), value: await readFile(join(dir, name), 'utf8') })),
  );
  // One parse per file: links to other articles are checked once every article's anchors are known.
  const articles = new Map<string, Set<string>>();
  const deferred: DeferredLink[] = [];
  const linter = articleLinter({ articles, pages: SITE_PAGES, defer: (link) => deferred.push(link) });
  for (const [index, file] of files.entries()) {
    if (extname(file.path).toLowerCase() !== '.md') {
      file.message(MDX_REFUSED, { place: { line: 1, column: 1 }, ruleId: 'markdown-only', source: 'site' }).fatal = true;
      continue;
    }
    const tree = linter.parse(file);
    const ids = anchorIds(tree);
    articles.set(slugOf(names[index] ?? ''), ids);
    file.data['anchorIds'] = ids;
    await linter.run(tree, file);
  }
  for (const { file, url, node } of deferred) {
    const problem = internalLinkProblem(url, new Set(), { articles, pages: SITE_PAGES });
    if (problem) file.message(problem, { place: node.position, ruleId: 'internal-links', source: 'site' }).fatal = true;
  }
  for (const file of files) file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { files, articles };
}

/** An article's slug, as Astro's glob loader makes it: its path in the folder without the extension. */
function slugOf(name: string): string {
  return name.replace(/\\/g, '/').replace(/\.(md|mdx|markdown)$/i, '');
}
