import type { APIRoute } from 'astro';
import { getSourceRecords } from '../../data/site-sources.ts';
import { cslJson } from '../../pure/source-record.ts';

/** Every source record as CSL-JSON (an array of items), which Zotero and citation-js import. */
export const GET: APIRoute = async () => {
  const records = [...(await getSourceRecords()).values()].sort((a, b) => a.id.localeCompare(b.id));
  return new Response(`${JSON.stringify(records.map(cslJson), null, 2)}\n`, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
};
