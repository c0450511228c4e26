/** The source records (content/sources), by key: the bibliography shows their excerpts and
 * /data/sources.json publishes them. */
import { getCollection } from 'astro:content';
import type { SourceRecord } from '../schemas/source.ts';

export async function getSourceRecords(): Promise<Map<string, SourceRecord>> {
  return new Map((await getCollection('sources')).map((entry) => [entry.id, entry.data]));
}
