import { describe, expect, it } from 'vitest';
import { documentTitle } from '../../src/pure/document-title.ts';
import { blankFrontmatter, frontmatterOf } from '../../src/pure/frontmatter.ts';
import { TITLE_LIMIT } from '../../src/schemas/article.ts';
import { articleId, isPublished, neighbours, sortArticles } from '../../src/pure/articles.ts';
import { formatDate, isoDate } from '../../src/pure/dates.ts';
import { cacheKeyOf } from '../../src/pure/cache-key.ts';
import { articleMarkdownPath, articlePath, correctionPath, joinBase, llmsTxtPath, seriesPath, withBase } from '../../src/pure/paths.ts';
import { countWords, readingLength, readingMinutes, readingMinutesOf } from '../../src/pure/reading-time.ts';
import { buildToc } from '../../src/pure/toc.ts';

const article = (id: string, title: string, draft = false) => ({ id, data: { title, draft } });

describe('articles', () => {
  const list = [article('malabar', 'Malabar'), article('jimex', 'JIMEX'), article('dg', 'Dharma Guardian')];

  it('keys an article by its path without the extension, with forward slashes', () => {
    expect(articleId('jimex.md')).toBe('jimex');
    expect(articleId('JIMEX.MD')).toBe('JIMEX');
    expect(articleId('draft.mdx')).toBe('draft');
    expect(articleId('series\\jimex.md')).toBe('series/jimex');
    expect(articleId('notes.md.txt')).toBe('notes.md.txt');
  });

  it('orders articles by title, ignoring case', () => {
    expect(sortArticles(list).map((a) => a.id)).toEqual(['dg', 'jimex', 'malabar']);
  });

  it('finds the previous and next article, and none past either end', () => {
    const ordered = sortArticles(list);
    expect(neighbours(ordered, 1)).toEqual({ previous: ordered[0], next: ordered[2] });
    expect(neighbours(ordered, 0)).toEqual({ next: ordered[1] });
    expect(neighbours(ordered, 2)).toEqual({ previous: ordered[1] });
    expect(neighbours(ordered, 3)).toEqual({});
  });

  it('keeps drafts out of production builds only', () => {
    const draft = article('wip', 'Work in progress', true);
    expect(isPublished(draft, true)).toBe(false);
    expect(isPublished(draft, false)).toBe(true);
    expect(isPublished(article('final', 'Final'), true)).toBe(true);
  });
});

describe('table of contents', () => {
  it('nests h3 under the h2 before it and drops other levels', () => {
    const toc = buildToc([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'a1x', text: 'A1x' },
      { depth: 2, slug: 'b', text: 'B' },
      { depth: 1, slug: 'title', text: 'Title' },
    ]);
    expect(toc).toEqual([
      { depth: 2, slug: 'a', text: 'A', children: [{ depth: 3, slug: 'a1', text: 'A1', children: [] }] },
      { depth: 2, slug: 'b', text: 'B', children: [] },
    ]);
  });

  it('keeps an h3 that comes before any h2 at the top level', () => {
    expect(buildToc([{ depth: 3, slug: 'x', text: 'X' }])).toEqual([{ depth: 3, slug: 'x', text: 'X', children: [] }]);
  });
});

describe('reading time', () => {
  it('counts hyphenated names and numbers as single words', () => {
    expect(countWords('JIMEX-24 took place in 2024, at Yokosuka; the 2+2 met.')).toBe(10);
    expect(countWords('')).toBe(0);
  });

  it('rounds to whole minutes and never says zero', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(500)).toBe(3);
    expect(readingMinutes(500, 250)).toBe(2);
  });

  it('counts Japanese by characters, and the Latin names and numbers in it by words', () => {
    expect(readingLength('JIMEX-24は2024年に横須賀で行われた。')).toEqual({ words: 2, characters: 11 });
    expect(readingLength('ダルマ・ガーディアン')).toEqual({ words: 0, characters: 9 });
    expect(readingLength('JIMEX-24 took place in 2024.')).toEqual({ words: 5, characters: 0 });
  });

  it('reads Japanese at about 500 characters a minute, English at 200 words', () => {
    expect(readingMinutesOf({ words: 0, characters: 1500 })).toBe(3);
    expect(readingMinutesOf({ words: 200, characters: 500 })).toBe(2);
    expect(readingMinutesOf({ words: 500, characters: 0 })).toBe(readingMinutes(500));
    expect(readingMinutesOf({ words: 0, characters: 0 })).toBe(1);
  });
});

describe('dates and paths', () => {
  it('formats dates day-month-year in UTC', () => {
    const date = new Date('2024-03-09T00:00:00Z');
    expect(formatDate(date)).toBe('9 March 2024');
    expect(isoDate(date)).toBe('2024-03-09');
  });

  it('joins the base path and a page path with exactly one slash', () => {
    expect(joinBase('/', '/articles/')).toBe('/articles/');
    expect(joinBase('/docs', 'articles/')).toBe('/docs/articles/');
    expect(joinBase('/docs/', '')).toBe('/docs/');
  });
});

describe('site paths', () => {
  it('links pages under the build\'s base path (the root in tests)', () => {
    expect(withBase('search/')).toBe('/search/');
    expect(articlePath('jimex')).toBe('/articles/jimex/');
    expect(articleMarkdownPath('jimex')).toBe('/articles/jimex.md');
    expect(llmsTxtPath()).toBe('/llms.txt');
    expect(seriesPath({ article: 'multilateral-exercises', section: 'pitch-black' })).toBe('/articles/multilateral-exercises/#pitch-black');
    expect(seriesPath({ article: 'jimex' })).toBe('/articles/jimex/');
    expect(correctionPath('jimex-2012-held-off-japan')).toBe('/corrections/#jimex-2012-held-off-japan');
  });
});

describe('page cache keys', () => {
  it('change with any input and only with an input', () => {
    const key = cacheKeyOf(['jimex', { title: 'JIMEX' }, '2026-11-27']);
    expect(cacheKeyOf(['jimex', { title: 'JIMEX' }, '2026-11-27'])).toBe(key);
    expect(cacheKeyOf(['jimex', { title: 'JIMEX 2' }, '2026-11-27'])).not.toBe(key);
    expect(key).toMatch(/^[\w-]{43}$/);
  });
});

describe('document titles', () => {
  it('add the site\'s name while the whole fits the title limit, and never past it', () => {
    expect(documentTitle('JIMEX', 'India–Japan Defence Exercises')).toBe('JIMEX · India–Japan Defence Exercises');
    expect(documentTitle('India–Japan Defence Exercises', 'India–Japan Defence Exercises')).toBe('India–Japan Defence Exercises');
    const long = 'A'.repeat(TITLE_LIMIT);
    expect(documentTitle(long, 'India–Japan Defence Exercises')).toBe(long);
    for (let length = 1; length <= TITLE_LIMIT; length++) expect(documentTitle('x'.repeat(length), 'India–Japan Defence Exercises').length).toBeLessThanOrEqual(TITLE_LIMIT);
  });
});

describe('frontmatter', () => {
  const text = '---\ntitle: x\ndraft: true\n---\n\nBody.[^a]\n\n---\n\n[^a]: A note.\n';

  it('reads the block remark-frontmatter reads, and no thematic break after it', () => {
    expect(frontmatterOf(text)).toBe('title: x\ndraft: true');
    expect(frontmatterOf('Body.\n\n---\ntitle: x\n---\n')).toBeUndefined();
    expect(blankFrontmatter(text)).toBe('\n\n\n\n\nBody.[^a]\n\n---\n\n[^a]: A note.\n');
  });
});
