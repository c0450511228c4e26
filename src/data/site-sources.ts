/** The source records (content/sources), by key: the bibliography shows their excerpts and
 * /data/sources.json publishes them; an article page's cache key covers those it cites. */
import { getCollection } from 'astro:content';
import type { SourceRecord } from '../schemas/source.ts';

export async function getSourceRecords(): Promise<Map<string, SourceRecord>> {
  return new Map((await getCollection('sources')).map((entry) => [entry.id, entry.data]));
}

/** The digests of the records `keys`: a page printed from them is made again when one changes. */
export async function recordDigests(keys: readonly string[]): Promise<string[]> {
  const digests = new Map((await getCollection('sources')).map((entry) => [entry.id, entry.digest ?? '']));
  return keys.map((key) => `${key} ${digests.get(key) ?? ''}`);
}
