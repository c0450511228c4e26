/**
 * `node src/search/cli.ts [site folder]`: the second step of `npm run build`, after
 * `astro build`. Writes the search index into the built site (default dist/).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeSearchIndex } from './search-index.ts';

const site = resolve(process.argv[2] ?? 'dist');
if (!existsSync(resolve(site, 'index.html'))) {
  console.error(`No built site in ${site}: run "astro build" first.`);
  process.exit(1);
}
const pages = await writeSearchIndex(site);
console.log(`Indexed ${pages} pages for search in ${site}/pagefind.`);
