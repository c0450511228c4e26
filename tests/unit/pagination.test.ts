import { describe, expect, it } from 'vitest';
import { latestArticles } from '../../src/pure/articles.ts';
import { indexPagePath, paginate, pagerNumbers } from '../../src/pure/pagination.ts';

describe('the paged article index', () => {
  it('splits a list into pages of a fixed size, the last one shorter', () => {
    const pages = paginate(Array.from({ length: 250 }, (_, index) => index), 100);
    expect(pages.map((page) => [page.number, page.count, page.first, page.items.length])).toEqual([
      [1, 3, 1, 100],
      [2, 3, 101, 100],
      [3, 3, 201, 50],
    ]);
    expect(pages[2]?.items[0]).toBe(200);
  });

  it('has one page, empty, when there is nothing to list', () => {
    expect(paginate([], 100)).toEqual([{ number: 1, count: 1, items: [], first: 1 }]);
  });

  it('puts page 1 at /articles/ and the others under /articles/page/', () => {
    expect(indexPagePath(1)).toBe('/articles/');
    expect(indexPagePath(7)).toBe('/articles/page/7/');
  });

  it('shows the first, the last and the pages near the current one, marking the gaps', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pagerNumbers(50, 100)).toEqual([1, undefined, 48, 49, 50, 51, 52, undefined, 100]);
    expect(pagerNumbers(1, 100)).toEqual([1, 2, 3, undefined, 100]);
  });
});

describe('the latest articles', () => {
  // As the schema gives them: an article never updated has its publication date as updatedDate.
  const article = (id: string, pubDate: string, updatedDate = pubDate) => ({ id, data: { pubDate: new Date(pubDate), updatedDate: new Date(updatedDate) } });

  it('are the most recently changed first, as many as asked for', () => {
    const articles = [article('a', '2024-01-01'), article('b', '2023-01-01', '2025-06-01'), article('c', '2024-06-01')];
    expect(latestArticles(articles, 2).map((entry) => entry.id)).toEqual(['b', 'c']);
  });
});
