/**
 * `npm run build:base-path`: builds the site for a sub-path (see base-path.ts) into
 * dist-base-path/, with its search index, for the second run of the browser tests and site
 * checks. The same as `SITE_URL=https://example.org/india-japan/ npm run build`, as a script
 * that works in every shell.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { writeSearchIndex } from '../../src/search/search-index.ts';
import { BASE_PATH_DIST, BASE_PATH_SITE_URL } from './base-path.ts';

// Read by astro.config.mjs, which build() loads after this line.
process.env['SITE_URL'] = BASE_PATH_SITE_URL;
await build({ root: fileURLToPath(new URL('../..', import.meta.url)), outDir: BASE_PATH_DIST });
await writeSearchIndex(BASE_PATH_DIST);
