import type { APIRoute } from 'astro';
import { getDataset } from '../../data/site-dataset.ts';
import { placesCsv } from '../../pure/dataset-tables.ts';
import { withBase } from '../../pure/paths.ts';

/** One row per place of each edition, its latitude and longitude in cells of their own. */
export const GET: APIRoute = async ({ site }) => {
  const dataset = await getDataset(new URL(withBase('data/'), site).href);
  return new Response(placesCsv(dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
