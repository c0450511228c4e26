/**
 * Builds the Pagefind search index over the built site, with Pagefind's Node API. Only
 * elements marked `data-pagefind-body` (article bodies) are indexed. `npm run build` runs it
 * after `astro build` has exited (src/search/cli.ts), not inside Astro's process: Pagefind
 * holds about 3.3 GB while indexing 10,000 articles, and the Astro process, still resident,
 * another 2 GB, which together passed the 4 GB a build may take. See `npm run bench`.
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { INDEX_WORDS_PATH, indexWords } from '../pure/word-correct.ts';
import { indexedPages } from './fragments.ts';
import { writeSortDates } from './sort-dates.ts';

/** Parts of an article that are navigation, not text: note numbers, section self-links
 * and the dates line would otherwise run into excerpts ("2026" + "4 min read" = "20264").
 * The notes themselves are left out too, so citations never outrank the prose; the
 * sources pages index them instead, at half weight, without their "cited in" and "quoted in"
 * lists: titles
 * of articles indexed already, which no search needs (at 1,000 generated articles the index
 * is 11.4 MB without them, 18.0 MB with). Of the editions drawn from the data,
 * the table's rows are text (dates, places, ships), but not its caption and column
 * headings ("EditionDatesPlace"), the timeline's and map's labels and keys, or their headings. */
const NOT_TEXT = [
  '[data-footnote-ref]',
  '[data-footnote-backref]',
  '.heading-link',
  '.article-meta',
  'section[data-footnotes]',
  '.sidenote',
  'cite-this',
  '.note-link',
  '.cited-in',
  '.relied-on',
  '.editions-data caption',
  '.editions-data thead',
  '.timeline',
  '.venue-map',
  '#editions-timeline-heading',
  '#editions-map-heading',
];

/** Cloudflare Pages takes up to 20,000 files per deployment; the index keeps the whole site
 * under 19,000. */
const HOST_FILE_LIMIT = 19_000;
/** Room for the index files and the site's assets beside the pages and their fragments. */
const OTHER_FILES = 2_000;

/**
 * How Pagefind writes the index for a site of `pages` HTML pages, for the fewest bytes
 * before a first result (measured with ../shared/bench/peer.sh; see the README):
 * - `indexChunkSize`: word locations per index file. A search fetches the files holding its
 *   words; each file is listed in the index's table of contents, which every search fetches.
 *   The two costs balance near 3,000 × √(pages / 1,000) (3,000 at 1,000 articles, 6,700 at
 *   5,000; Pagefind's default is 20,000 at every size).
 * - `maxFragments`: one fragment file per page, which is all a result fetches, unless pages
 *   and fragments would pass the host's file limit; then pages share fragment files.
 */
export function indexLayout(pages: number): { indexChunkSize: number; maxFragments?: number } {
  const indexChunkSize = Math.round(Math.min(20_000, Math.max(2_000, 3_000 * Math.sqrt(pages / 1_000))));
  const spare = HOST_FILE_LIMIT - pages - OTHER_FILES;
  return pages <= spare ? { indexChunkSize } : { indexChunkSize, maxFragments: Math.max(1_000, spare) };
}

function countPages(folder: string): number {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;
}

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

/** Indexes the site in `site` (a folder) into `site/pagefind/`, with the pages' dates beside the
 * index (sort-dates.ts) and the words it holds (word-correct.ts); returns the number of pages indexed. */
export async function writeSearchIndex(site: string): Promise<number> {
  const { indexChunkSize, maxFragments } = indexLayout(countPages(site));
  // A folder left by an earlier run would keep fragment files no page has any more.
  rmSync(join(site, 'pagefind'), { recursive: true, force: true });
  // Pagefind reads the chunk size from an environment variable it calls unstable, when its
  // binary starts (next line); were it dropped, Pagefind's default would apply.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(indexChunkSize);
  try {
    // One index per page language (html lang): the Japanese edition (/ja/) gets Pagefind's
    // Japanese word splitting, and its search (which loads the index of its page's lang) finds
    // only Japanese-edition pages; the English search keeps an index of English pages alone.
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: NOT_TEXT, ...(maxFragments && { maxFragments }) });
    if (!index) fail('start', errors);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) fail('index the site', added.errors);
    if (added.page_count === 0) fail('index the site', ['No page has data-pagefind-body: nothing to search.']);
    const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
    if (written.errors.length > 0) fail('write the index', written.errors);
    // Read back once: the pages' dates for the date orders, their words for typo correction.
    const pages = indexedPages(site);
    writeSortDates(site, pages);
    writeFileSync(join(site, INDEX_WORDS_PATH), JSON.stringify(indexWords(pages.map((page) => page.content))));
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
