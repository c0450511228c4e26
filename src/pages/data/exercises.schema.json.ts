import type { APIRoute } from 'astro';
import { datasetJsonSchema } from '../../schemas/dataset.ts';
import { withBase } from '../../pure/paths.ts';

/** The JSON Schema of exercises.json, generated from the site's zod schemas. */
export const GET: APIRoute = ({ site }) => {
  const schema = datasetJsonSchema(new URL(withBase('data/exercises.schema.json'), site).href);
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
