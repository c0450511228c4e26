import { describe, expect, it } from 'vitest';
import { indexLayout } from '../../src/search/search-index.ts';

describe('how the search index is written for a site of a given size', () => {
  it('grows index files with the square root of the pages, within Pagefind’s default', () => {
    expect(indexLayout(20).indexChunkSize).toBe(2_000);
    expect(indexLayout(1_000).indexChunkSize).toBe(3_000);
    expect(indexLayout(5_000).indexChunkSize).toBe(6_708);
    expect(indexLayout(100_000).indexChunkSize).toBe(20_000);
  });

  it('gives every page its own fragment file until pages and fragments would pass the host’s file limit', () => {
    expect(indexLayout(5_000).maxFragments).toBeUndefined();
    expect(indexLayout(8_500).maxFragments).toBeUndefined();
    expect(indexLayout(10_000).maxFragments).toBe(7_000);
    const { maxFragments = 0 } = indexLayout(10_000);
    expect(10_000 + maxFragments + 2_000).toBeLessThanOrEqual(19_000);
    expect(indexLayout(30_000).maxFragments).toBe(1_000);
  });
});
