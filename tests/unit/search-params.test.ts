import { describe, expect, it } from 'vitest';
import { hasFilters, isActive, MAX_QUERY_LENGTH, searchOptions, readSearchParams, writeSearchParams } from '../../src/pure/search-params.ts';

describe('search parameters', () => {
  it('read filters and sort from the URL and write them back the same', () => {
    const params = new URLSearchParams('q=JIMEX&service=navy&service=army&format=bilateral&year=2024&sort=newest&other=1');
    const state = readSearchParams(params);
    expect(state).toEqual({ query: 'JIMEX', services: ['navy', 'army'], formats: ['bilateral'], year: '2024', sort: 'newest' });
    expect(writeSearchParams(state, new URLSearchParams('other=1')).toString()).toBe('other=1&q=JIMEX&service=navy&service=army&format=bilateral&year=2024&sort=newest');
  });

  it('ignore an unknown sort and drop empty values', () => {
    const state = readSearchParams(new URLSearchParams('q=&sort=random&year='));
    expect(state).toEqual({ query: '', services: [], formats: [], year: '', sort: '' });
    expect(writeSearchParams(state).toString()).toBe('');
    expect(isActive(state)).toBe(false);
    expect(isActive({ ...state, year: '2020' })).toBe(true);
  });

  it('say when a filter or an order is chosen, a query alone not counting', () => {
    const state = readSearchParams(new URLSearchParams('q=JIMEX'));
    expect(hasFilters(state)).toBe(false);
    expect(hasFilters({ ...state, sort: 'newest' })).toBe(true);
    expect(hasFilters({ ...state, services: ['navy'] })).toBe(true);
  });

  it('turn a state into Pagefind filters and a date sort', () => {
    expect(searchOptions({ query: 'x', services: ['navy'], formats: [], year: '2024', sort: 'oldest' })).toEqual({
      filters: { service: { any: ['navy'] }, year: '2024' },
      order: 'oldest',
    });
    expect(searchOptions({ query: 'x', services: [], formats: [], year: '', sort: '' })).toEqual({ filters: {} });
  });
});

describe('the query in the URL', () => {
  it('is cut to the longest query the search reads', () => {
    expect(readSearchParams(new URLSearchParams({ q: 'a'.repeat(5000) })).query).toHaveLength(MAX_QUERY_LENGTH);
  });
});
