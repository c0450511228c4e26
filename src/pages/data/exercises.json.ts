import type { APIRoute } from 'astro';
import { getDataset } from '../../data/site-dataset.ts';
import { withBase } from '../../pure/paths.ts';

/** Every series and edition, with the notes they cite and their sources (src/pure/dataset.ts). */
export const GET: APIRoute = async ({ site }) => {
  const dataset = await getDataset(new URL(withBase('data/'), site).href);
  return new Response(`${JSON.stringify(dataset, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
