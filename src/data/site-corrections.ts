/** The corrections (content/corrections), newest first: /corrections/ lists them, and the
 * pages of the articles and editions they touched link to them. */
import { getCollection } from 'astro:content';
import { newestFirst, type CorrectionEntry } from '../pure/corrections.ts';

export async function getCorrections(): Promise<CorrectionEntry[]> {
  return newestFirst((await getCollection('corrections')).map((entry) => ({ ...entry.data, id: entry.id })));
}
