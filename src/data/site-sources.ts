/** The source records (content/sources), by key: the bibliography shows their excerpts and
 * /data/sources.json publishes them; an article page's cache key covers those it cites. */
import { getCollection } from 'astro:content';
import type { SourceRecord } from '../schemas/source.ts';

export async function getSourceRecords(): Promise<Map<string, SourceRecord>> {
  return new Map((await getCollection('sources')).map((entry) => [entry.id, entry.data]));
}

/** Every record's digest, read once per build (every article page asks, in getStaticPaths);
 * `astro dev` reads them afresh, as a record may have been saved since. */
let digestsOnce: Promise<Map<string, string>> | undefined;
async function digestsByKey(): Promise<Map<string, string>> {
  const read = async () => new Map((await getCollection('sources')).map((entry) => [entry.id, String(entry.digest ?? '')]));
  if (import.meta.env.DEV) return read();
  return (digestsOnce ??= read());
}

/** The digests of the records `keys`: a page printed from them is made again when one changes. */
export async function recordDigests(keys: readonly string[]): Promise<string[]> {
  const digests = await digestsByKey();
  return keys.map((key) => `${key} ${digests.get(key) ?? ''}`);
}
