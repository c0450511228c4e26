import { describe, expect, it } from 'vitest';
import { excerptSegments } from '../../src/pure/search-excerpt.ts';

describe('search excerpts', () => {
  it('splits an excerpt into plain and marked runs', () => {
    expect(excerptSegments('The <mark>JIMEX</mark> exercise, <mark>JIMEX-24</mark>.')).toEqual([
      { text: 'The ', marked: false },
      { text: 'JIMEX', marked: true },
      { text: ' exercise, ', marked: false },
      { text: 'JIMEX-24', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('decodes entities into text instead of markup', () => {
    expect(excerptSegments('India &amp; Japan &lt;script&gt; &#39;x&#39; &#x2013;')).toEqual([
      { text: "India & Japan <script> 'x' –", marked: false },
    ]);
  });

  it('drops any tag other than mark', () => {
    expect(excerptSegments('<b>bold</b> <img src=x onerror=alert(1)>text')).toEqual([{ text: 'bold text', marked: false }]);
  });

  it('returns nothing for an empty excerpt', () => {
    expect(excerptSegments('')).toEqual([]);
  });
});
