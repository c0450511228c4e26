/** Where each source record's entry is on the bibliography pages (/sources/, /sources/2/, …),
 * by record key: what a Japanese name or a term links to for its source. A record that no
 * article's note cites has no entry, and so no path here. */
import { sourcesPagePath } from '../pure/bibliography-pages.ts';
import { getBibliography } from './site-bibliography.ts';

/** Record key → the entry's path from the site's root with its anchor ("/sources/2/#source-…"). */
export async function getSourceEntryPaths(): Promise<Map<string, string>> {
  const { pages } = await getBibliography();
  const paths = new Map<string, string>();
  for (const page of pages)
    for (const part of page.parts)
      for (const entry of part.sources) if (entry.citation.key && !paths.has(entry.citation.key)) paths.set(entry.citation.key, `${sourcesPagePath(page.number)}#${entry.id}`);
  return paths;
}
