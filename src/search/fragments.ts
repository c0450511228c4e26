/**
 * The pages of a written Pagefind index, read back from its fragment files: each page's id,
 * URL and indexed text. Pagefind names each page's fragment file by the page's id, or, where
 * pages share fragment files, keys each page's fragment in the file by it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Pagefind's mark at the start of an unpacked index file. */
const UNPACKED = 'pagefind_dcd';

export interface IndexedPage {
  id: string;
  url: string;
  /** The page's text as Pagefind indexed it. */
  content: string;
}

interface Fragment {
  url: string;
  content?: string;
}

function pagesIn(folder: string, name: string): IndexedPage[] {
  const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
  const parsed = JSON.parse(text.startsWith(UNPACKED) ? text.slice(UNPACKED.length) : text) as Fragment | Record<string, Fragment>;
  const id = name.slice(0, -'.pf_fragment'.length);
  const page = (key: string, fragment: Fragment): IndexedPage => ({ id: key, url: fragment.url, content: fragment.content ?? '' });
  if (typeof parsed.url === 'string') return [page(id, parsed as Fragment)];
  return Object.entries(parsed as Record<string, Fragment>).map(([key, fragment]) => page(key, fragment));
}

/** Every page indexed into `site/pagefind/`, in fragment-file order. */
export function indexedPages(site: string): IndexedPage[] {
  const folder = join(site, 'pagefind', 'fragment');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.pf_fragment'))
    .sort()
    .flatMap((name) => pagesIn(folder, name));
}
