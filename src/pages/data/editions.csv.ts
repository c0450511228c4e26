import type { APIRoute } from 'astro';
import { getDataset } from '../../data/site-dataset.ts';
import { editionsCsv } from '../../pure/dataset.ts';
import { withBase } from '../../pure/paths.ts';

/** One row per edition, RFC 4180, UTF-8: the columns are explained on /data/. */
export const GET: APIRoute = async ({ site }) => {
  const dataset = await getDataset(new URL(withBase('data/'), site).href);
  return new Response(editionsCsv(dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
