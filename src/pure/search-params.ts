/**
 * The search's state as URL parameters, so a filtered search can be linked: `q`, any number
 * of `service`, `format` and one `year`, and `sort` (relevance when absent).
 */
import { FACET } from './facets.ts';
import type { DateOrder } from './search-order.ts';

/** The longest query searched: longer than any name or phrase a reader looks for, short
 * enough that a pasted page of text cannot keep the search busy. The rest is ignored. */
export const MAX_QUERY_LENGTH = 200;

export interface SearchState {
  query: string;
  services: string[];
  formats: string[];
  year: string;
  sort: '' | DateOrder;
}

export function readSearchParams(params: URLSearchParams): SearchState {
  const sort = params.get('sort');
  return {
    query: params.get('q')?.slice(0, MAX_QUERY_LENGTH).trim() ?? '',
    services: params.getAll(FACET.service).filter(Boolean),
    formats: params.getAll(FACET.format).filter(Boolean),
    year: params.get(FACET.year) ?? '',
    sort: sort === 'newest' || sort === 'oldest' ? sort : '',
  };
}

export function writeSearchParams(state: SearchState, params = new URLSearchParams()): URLSearchParams {
  for (const key of ['q', FACET.service, FACET.format, FACET.year, 'sort']) params.delete(key);
  if (state.query) params.set('q', state.query);
  for (const service of state.services) params.append(FACET.service, service);
  for (const format of state.formats) params.append(FACET.format, format);
  if (state.year) params.set(FACET.year, state.year);
  if (state.sort) params.set('sort', state.sort);
  return params;
}

/** The search's options for a state: Pagefind's filters where chosen, and a date order
 * (which the site applies itself: search-order.ts). */
export interface SearchOptions {
  filters: Record<string, { any: string[] } | string>;
  order?: DateOrder;
}

export function searchOptions(state: SearchState): SearchOptions {
  const filters: Record<string, { any: string[] } | string> = {};
  if (state.services.length > 0) filters[FACET.service] = { any: state.services };
  if (state.formats.length > 0) filters[FACET.format] = { any: state.formats };
  if (state.year) filters[FACET.year] = state.year;
  return { filters, ...(state.sort && { order: state.sort }) };
}

/** Whether the state asks for anything: a query, or a filter to list pages by. */
/** Whether the reader has chosen a filter or an order: the filters are then shown, never folded away. */
export function hasFilters(state: SearchState): boolean {
  return state.services.length > 0 || state.formats.length > 0 || state.year !== '' || state.sort !== '';
}

export function isActive(state: SearchState): boolean {
  return state.query !== '' || state.services.length > 0 || state.formats.length > 0 || state.year !== '';
}
