/**
 * Excerpts read clean (issue 13): for every series name and edition label, the first result's
 * excerpt, as Pagefind makes it from the built index, holds no run of a name list (the names
 * are metadata, searched but never excerpted) and no words run together across elements.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { editionNames, seriesNames } from '../../src/pure/search-aliases.ts';
import { loadExercises } from '../support/exercise-data.ts';
import { expect, test } from './fixtures.ts';

const exercises = loadExercises();
/** A word with a capital inside ("firstEdition") is two words run together, unless the
 * content itself writes it so ("FlyTeam"). */
const GLUED = /\b\w*[a-z]{2}[A-Z][a-z]\w*\b/g;
const contentDir = new URL('../../content/', import.meta.url);
const written = new Set(
  ['articles', 'exercises'].flatMap((folder) => readdirSync(new URL(`${folder}/`, contentDir)).flatMap((name) => readFileSync(new URL(`${folder}/${name}`, contentDir), 'utf8').match(GLUED) ?? [])),
);
const queries = exercises.flatMap((exercise) => [exercise.name, ...exercise.editions.map((edition) => edition.label)]);
/** Two neighbours of any name list the site writes, as a list would join them. */
const pairs = exercises.flatMap((exercise) =>
  [seriesNames(exercise), ...exercise.editions.flatMap((edition) => [edition.aliases.map(({ name }) => name), editionNames(edition, seriesNames(exercise))])].flatMap((names) =>
    names.slice(1).flatMap((name, index) => [`${names[index] ?? ''}, ${name}`, `${names[index] ?? ''} · ${name}`]),
  ),
);

test('keeps name lists and run-together words out of the first result’s excerpt for every exercise and edition', async ({ page, basePath }) => {
  await page.goto('/search/');
  const excerpts = await page.evaluate(
    async ({ queries, bundle }) => {
      const pagefind = (await import(bundle)) as {
        search(query: string): Promise<{ results: { data(): Promise<{ url: string; plain_excerpt: string }> }[] }>;
      };
      const found: [string, string, string][] = [];
      for (const query of queries) {
        const first = (await pagefind.search(query)).results[0];
        const data = first ? await first.data() : undefined;
        found.push([query, data?.url ?? '', data?.plain_excerpt ?? '']);
      }
      return found;
    },
    { queries, bundle: `${basePath}pagefind/pagefind.js` },
  );
  expect(excerpts.filter(([, url]) => url === '').map(([query]) => query)).toEqual([]);
  const lists = excerpts.filter(([, , excerpt]) => pairs.some((pair) => excerpt.includes(pair))).map(([query, , excerpt]) => `${query}: ${excerpt}`);
  expect(lists).toEqual([]);
  const runTogether = excerpts.filter(([, , excerpt]) => (excerpt.match(GLUED) ?? []).some((word) => !written.has(word))).map(([query, , excerpt]) => `${query}: ${excerpt}`);
  expect(runTogether).toEqual([]);
});
