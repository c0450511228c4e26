/**
 * The editions explorer's filters (/exercises/explorer/): the facts each row of its table
 * offers to filter on, the filter state as URL parameters (so a filtered view can be shared),
 * and whether a row matches. The page writes each row's facts (explorer-rows.ts); the browser
 * script (src/scripts/edition-explorer.ts) reads them back and filters with these functions,
 * and so do the unit tests. Nothing here imports more than the script needs.
 */
import { FORMATS, SERVICES } from '../schemas/services.ts';
import type { Role } from './roles.ts';

/** Each filter's name: a URL parameter and the name of its form control. */
export const EXPLORER_PARAMS = ['service', 'format', 'country', 'india', 'japan', 'host', 'place', 'from', 'to'] as const;
export type ExplorerParam = (typeof EXPLORER_PARAMS)[number];

/** The roles, in the order the role filters list them. */
export const ROLES: readonly Role[] = ['participant', 'host', 'limited', 'observer', 'absent'];

/** The `host` filter's value for editions whose host is not recorded (no country is named so). */
export const HOST_NOT_RECORDED = 'none';

/** A place query longer than any place's name is cut: a pasted page cannot slow the matching. */
export const MAX_PLACE_QUERY = 100;

/** What one edition offers to filter on, as its row carries it (`data-facts`). */
export interface RowFacts {
  /** The edition's id, as in editions.csv's `edition_id`: how a download picks its rows. */
  id: string;
  services: string[];
  format: string;
  /** The series' participant countries; India or Japan only where it took part in this edition. */
  countries: string[];
  india: Role;
  japan: Role;
  /** '' where no host is recorded. */
  host: string;
  places: string[];
  year: number;
}

/** The filters chosen: '' (or undefined for a year) where a filter is not set. */
export type ExplorerFilter = Record<Exclude<ExplorerParam, 'from' | 'to'>, string> & { from: number | undefined; to: number | undefined };

export const NO_FILTER: ExplorerFilter = { service: '', format: '', country: '', india: '', japan: '', host: '', place: '', from: undefined, to: undefined };

const oneOf = (value: string, choices: readonly string[]): string => (choices.includes(value) ? value : '');
const year = (value: string): number | undefined => (/^\d{4}$/.test(value) ? Number(value) : undefined);

/** The filters a URL's query gives; unknown parameters, and values no filter can take, are ignored. */
export function parseExplorerQuery(query: string | URLSearchParams): ExplorerFilter {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const get = (name: ExplorerParam) => params.get(name)?.trim() ?? '';
  return {
    service: oneOf(get('service'), SERVICES),
    format: oneOf(get('format'), FORMATS),
    country: get('country'),
    india: oneOf(get('india'), ROLES),
    japan: oneOf(get('japan'), ROLES),
    host: get('host'),
    place: get('place').slice(0, MAX_PLACE_QUERY),
    from: year(get('from')),
    to: year(get('to')),
  };
}

/** The query for `filter` (no "?"), the set filters only, always in one order: '' for none. */
export function serialiseExplorerFilter(filter: ExplorerFilter): string {
  const params = new URLSearchParams();
  for (const name of EXPLORER_PARAMS) {
    const value = filter[name];
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  return params.toString();
}

/** Lower case, without accents or extra spaces: "Sasebo" finds "sasebo", "Hawai‘i" finds "hawai". */
function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Whether an edition's row answers every filter set. */
export function matchesFilter(row: RowFacts, filter: ExplorerFilter): boolean {
  const place = foldText(filter.place);
  return (
    (filter.service === '' || row.services.includes(filter.service)) &&
    (filter.format === '' || row.format === filter.format) &&
    (filter.country === '' || row.countries.includes(filter.country)) &&
    (filter.india === '' || row.india === filter.india) &&
    (filter.japan === '' || row.japan === filter.japan) &&
    (filter.host === '' || row.host === (filter.host === HOST_NOT_RECORDED ? '' : filter.host)) &&
    (place === '' || row.places.some((name) => foldText(name).includes(place))) &&
    (filter.from === undefined || row.year >= filter.from) &&
    (filter.to === undefined || row.year <= filter.to)
  );
}

/** A row's facts as written in its `data-facts` attribute; undefined for anything else. */
export function readRowFacts(json: string | undefined): RowFacts | undefined {
  if (!json) return undefined;
  try {
    const facts = JSON.parse(json) as Partial<RowFacts>;
    return typeof facts.id === 'string' && typeof facts.year === 'number' && Array.isArray(facts.places) ? (facts as RowFacts) : undefined;
  } catch {
    return undefined;
  }
}
