import { describe, expect, it } from 'vitest';
import { searchSummary } from '../../src/pure/search-summary.ts';

describe('the search’s status line', () => {
  it('counts results for the query, in the singular for one', () => {
    expect(searchSummary({ count: 3, searched: 'JIMEX' }, 'JIMEX')).toBe('3 results for “JIMEX”.');
    expect(searchSummary({ count: 1, searched: 'Kakadu' }, 'Kakadu')).toBe('1 result for “Kakadu”.');
  });

  it('says in words that no page mentions a query, and which name a typo was corrected to', () => {
    expect(searchSummary({ count: 0, searched: 'Exercise Garuda' }, 'Exercise Garuda')).toBe('No page mentions “Exercise Garuda”.');
    expect(searchSummary({ count: 2, searched: 'Malabar', correctedFrom: 'Malabaar' }, 'Malabaar')).toBe('No page mentions “Malabaar”. Showing 2 results for Malabar.');
  });

  it('counts pages that match filters alone', () => {
    expect(searchSummary({ count: 1, searched: '' }, '')).toBe('1 page matches the filters.');
    expect(searchSummary({ count: 4, searched: '' }, '')).toBe('4 pages match the filters.');
  });
});
