/**
 * Builds the Pagefind search index over the built site, with Pagefind's Node API. Only
 * elements marked `data-pagefind-body` (article bodies) are indexed. `npm run build` runs it
 * after `astro build` has exited (src/search/cli.ts), not inside Astro's process: Pagefind
 * holds about 3.3 GB while indexing 10,000 articles, and the Astro process, still resident,
 * another 2 GB, which together passed the 4 GB a build may take. See `npm run bench`.
 */
import * as pagefind from 'pagefind';

/** Parts of an article that are navigation, not text: note numbers, section self-links
 * and the dates line would otherwise run into excerpts ("2026" + "4 min read" = "20264").
 * The notes themselves are left out too, so citations never outrank the prose; the
 * sources page indexes them instead, at half weight. Of the editions drawn from the data,
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
  '.editions-data caption',
  '.editions-data thead',
  '.timeline',
  '.venue-map',
  '#editions-timeline-heading',
  '#editions-map-heading',
];

/** Past this many pages, Pagefind bundles several pages' fragments into one file. One file
 * per page would double a 10,000-article site's file count, past Cloudflare Pages' limit of
 * 20,000 files per deployment; 2,000 keeps a search's downloads small (about five pages per file). */
const MAX_FRAGMENTS = 2000;

/** Word locations per index file (Pagefind's default is 20,000). A search fetches the files
 * that hold its words, so smaller files mean fewer bytes before the first result: at 1,000
 * articles, 38 kB of index for "Dharma Guardian" instead of 123 kB, for 3.7 kB more of the
 * index's table of contents (measured with ../shared/bench/peer.sh; see the README). Pagefind
 * reads it from an environment variable it calls unstable; without it, its default applies. */
const INDEX_CHUNK_SIZE = 5000;

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

/** Indexes the site in `site` (a folder) into `site/pagefind/`; returns the number of pages indexed. */
export async function writeSearchIndex(site: string): Promise<number> {
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_SIZE);
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: NOT_TEXT, maxFragments: MAX_FRAGMENTS });
    if (!index) fail('start', errors);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) fail('index the site', added.errors);
    if (added.page_count === 0) fail('index the site', ['No page has data-pagefind-body: nothing to search.']);
    const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
    if (written.errors.length > 0) fail('write the index', written.errors);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
