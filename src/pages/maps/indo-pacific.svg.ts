import type { APIRoute } from 'astro';
import type { Topology } from 'topojson-specification';
import land from 'world-atlas/land-110m.json';
import { landPath } from '../../pure/venue-map.ts';

/**
 * The land of the Indo-Pacific as one static SVG file, drawn by every venue map beneath its
 * marks: downloaded once and cached, instead of repeated inside each page. Its fill is a
 * mid grey that reads on both the light and the dark page (an image cannot follow the
 * page's colour scheme, and the CSP allows no inline style in it).
 */
export const GET: APIRoute = () => {
  const map = landPath(land as unknown as Topology);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}"><path d="${map.d}" fill="#8a94a3" fill-opacity="0.55"/></svg>`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
