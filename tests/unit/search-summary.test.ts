import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { ja } from '../../src/i18n/ja.ts';
import { searchSummary } from '../../src/pure/search-summary.ts';
import { countedText, fill, wordsFrom } from '../../src/pure/template.ts';

const words = en.search.script;

describe('the search’s status line', () => {
  it('counts results for the query, in the singular for one', () => {
    expect(searchSummary({ count: 3, searched: 'JIMEX' }, 'JIMEX', words)).toBe('3 results for “JIMEX”.');
    expect(searchSummary({ count: 1, searched: 'Kakadu' }, 'Kakadu', words)).toBe('1 result for “Kakadu”.');
  });

  it('says in words that no page mentions a query, and which name a typo was corrected to', () => {
    expect(searchSummary({ count: 0, searched: 'Exercise Garuda' }, 'Exercise Garuda', words)).toBe('No page mentions “Exercise Garuda”.');
    expect(searchSummary({ count: 2, searched: 'Malabar', correctedFrom: 'Malabaar' }, 'Malabaar', words)).toBe('No page mentions “Malabaar”. Showing 2 results for Malabar.');
  });

  it('counts pages that match filters alone', () => {
    expect(searchSummary({ count: 1, searched: '' }, '', words)).toBe('1 page matches the filters.');
    expect(searchSummary({ count: 4, searched: '' }, '', words)).toBe('4 pages match the filters.');
  });

  it('speaks Japanese on the Japanese pages, one count word for every number', () => {
    const jaWords = ja.search.script;
    expect(searchSummary({ count: 3, searched: 'JIMEX' }, 'JIMEX', jaWords)).toBe('「JIMEX」の検索結果：3件');
    expect(searchSummary({ count: 1, searched: 'JIMEX' }, 'JIMEX', jaWords)).toBe('「JIMEX」の検索結果：1件');
    expect(searchSummary({ count: 0, searched: 'ガルーダ' }, 'ガルーダ', jaWords)).toBe('「ガルーダ」を含む頁はない。');
    expect(searchSummary({ count: 2, searched: 'Malabar', correctedFrom: 'Malabaar' }, 'Malabaar', jaWords)).toBe('「Malabaar」を含む頁はない。Malabarの検索結果2件を表示。');
    expect(searchSummary({ count: 4, searched: '' }, '', jaWords)).toBe('絞り込みに合う頁：4件');
  });
});

describe('words for the browser’s scripts', () => {
  it('fills in placeholders, leaving an unknown one as it is', () => {
    expect(fill('Go to note {n}', { n: 3 })).toBe('Go to note 3');
    expect(fill('{a} and {b}', { a: 'x' })).toBe('x and {b}');
    expect(fill('{title}', { title: '$& {n}' })).toBe('$& {n}');
  });

  it('picks the form for a count', () => {
    expect(countedText(['{n} edition', '{n} editions'], 1)).toBe('1 edition');
    expect(countedText(['{n} edition', '{n} editions'], 0)).toBe('0 editions');
  });

  it('reads words from a data attribute, or falls back', () => {
    expect(wordsFrom('{"a":"b"}', {})).toEqual({ a: 'b' });
    expect(wordsFrom(undefined, { a: 'c' })).toEqual({ a: 'c' });
    expect(wordsFrom('{broken', { a: 'c' })).toEqual({ a: 'c' });
  });
});
