import { describe, expect, it } from 'vitest';
import { internalLinkProblem, SITE_PAGES } from '../../src/content-lint/rules/internal-links.ts';
import { urlScheme } from '../../src/content-lint/rules/link-schemes.ts';
import { parseLimitProblem } from '../../src/content-lint/parse-limits.ts';
import { lineAndColumn } from '../../src/content-lint/yaml-check.ts';

const options = {
  articles: new Map([['jimex', new Set(['editions', 'user-content-fn-pib'])]]),
  pages: new Set(['/', '/articles/', '/search/']),
};
const own = new Set(['aims']);

describe('internal links', () => {
  it.each(['#aims', '/articles/jimex/', '/articles/jimex/#editions', '/articles/jimex/#user-content-fn-pib', '/search/', 'https://example.org/x', 'mailto:a@example.org'])(
    'accepts %s',
    (url) => {
      expect(internalLinkProblem(url, own, options)).toBeUndefined();
    },
  );

  it.each([
    ['#nowhere', /No section `#nowhere` in this article/],
    ['/articles/malabar/', /No article `malabar`/],
    ['/articles/jimex/#nowhere', /No section `#nowhere` in the article `jimex`/],
    ['/articles/jimex', /No page `\/articles\/jimex`.*final slash/],
    ['/about/', /No page `\/about\/`/],
    ['jimex.md', /Relative link `jimex.md`: link to pages of this site from the root/],
    ['../jimex/', /Relative link/],
  ])('rejects %s', (url, problem) => {
    expect(internalLinkProblem(url, own, options)).toMatch(problem);
  });
});

describe('link schemes', () => {
  it('reads the scheme of absolute URLs and none of relative ones', () => {
    expect(['https://a.org', 'JavaScript:alert(1)', ' data:text/html,x', '/articles/', '#x', 'a:b'].map(urlScheme)).toEqual([
      'https:',
      'javascript:',
      'data:',
      undefined,
      undefined,
      'a:',
    ]);
  });
});

describe('locations in YAML text', () => {
  const text = 'title: JIMEX\nservices:\n  - navy\n';

  it('gives the line and column of an offset, counted from the line the text starts on', () => {
    expect(lineAndColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn(text, text.indexOf('navy'))).toEqual({ line: 3, column: 5 });
    expect(lineAndColumn(text, text.indexOf('navy'), 2)).toEqual({ line: 4, column: 5 });
  });

  it('keeps an offset past either end on the text', () => {
    expect(lineAndColumn(text, -4)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn(text, text.length + 10)).toEqual({ line: 4, column: 1 });
  });
});

describe('parse limits', () => {
  /** A list nested `depth` deep by indentation, one marker a line, `step` columns a level. */
  const indented = (depth: number, step = '  ', marker = '- ') => Array.from({ length: depth }, (_, level) => `${step.repeat(level)}${marker}x`).join('\n');

  it('counts quote and list markers at the start of a line, and allows up to the limit', () => {
    expect(parseLimitProblem(`${'> '.repeat(32)}ok`)).toBeUndefined();
    expect(parseLimitProblem(`text\n${'> - '.repeat(17)}deep`)).toMatchObject({ line: 2, column: 1, reason: expect.stringContaining('nested 34 deep') });
    expect(parseLimitProblem('- a\n  - b\n    1. c\n')).toBeUndefined();
    expect(parseLimitProblem(`${'-'.repeat(80)}\n`)).toBeUndefined();
  });

  it('counts lists nested by indentation, with spaces, tabs, numbers or inside a quote', () => {
    expect(parseLimitProblem(indented(32))).toBeUndefined();
    expect(parseLimitProblem(indented(33))).toMatchObject({ line: 33, reason: expect.stringContaining('nested 33 deep') });
    expect(parseLimitProblem(indented(40, '\t', '* '))).toMatchObject({ line: 33 });
    expect(parseLimitProblem(indented(40, '   ', '1. '))).toMatchObject({ line: 33 });
    expect(parseLimitProblem(indented(40).replace(/^/gm, '> '))).toMatchObject({ line: 32, reason: expect.stringContaining('nested 33 deep') });
  });

  it('does not count what is not a list: code, a dedented item, indented code', () => {
    expect(parseLimitProblem(`\`\`\`\n${indented(40)}\n\`\`\`\n`)).toBeUndefined();
    expect(parseLimitProblem(`${indented(20)}\n- back\n${indented(20)}`)).toBeUndefined();
    expect(parseLimitProblem(`- a\n${'      - code\n'.repeat(40)}`)).toBeUndefined();
  });

  it('refuses more brackets in one paragraph than the parser takes in linear time, and counts each paragraph apart', () => {
    expect(parseLimitProblem('[a]('.repeat(1000))).toBeUndefined();
    expect(parseLimitProblem(`x\n${'[^a'.repeat(1001)}`)).toMatchObject({ line: 2, column: 3001, reason: expect.stringContaining('More than 1000 `[`') });
    expect(parseLimitProblem(`${'[a]('.repeat(900)}\n\n${'[a]('.repeat(900)}`)).toBeUndefined();
    expect(parseLimitProblem(Array.from({ length: 900 }, () => '| [a](https://x.example) | [b](https://y.example) |').join('\n'))).toBeUndefined();
  });
});

describe('links the site can serve', () => {
  const withData = { articles: new Map([['jimex', new Set(['editions', 'edition-jimex-24'])]]), pages: options.pages };

  it('accepts the feed, the data files, a percent-encoded fragment and an edition row', () => {
    const site = { ...options, pages: SITE_PAGES };
    for (const url of ['/rss.xml', '/data/editions.csv', '/data/exercises.json']) expect(internalLinkProblem(url, own, site), url).toBeUndefined();
    expect(internalLinkProblem('#%C3%A9t%C3%A9', new Set(['été']), options)).toBeUndefined();
    expect(internalLinkProblem('/articles/jimex/#edition-jimex-24', own, withData)).toBeUndefined();
    expect(internalLinkProblem('/articles/jimex/#edition-jimex-99', own, withData)).toMatch(/No section `#edition-jimex-99`/);
  });
});
