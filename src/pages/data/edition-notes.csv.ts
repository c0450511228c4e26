import type { APIRoute } from 'astro';
import { getDataset } from '../../data/site-dataset.ts';
import { editionNotesCsv } from '../../pure/dataset-tables.ts';
import { withBase } from '../../pure/paths.ts';

/** One row per note an edition cites, beside its number and its own source. */
export const GET: APIRoute = async ({ site }) => {
  const dataset = await getDataset(new URL(withBase('data/'), site).href);
  return new Response(editionNotesCsv(dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
