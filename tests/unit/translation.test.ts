import { describe, expect, it } from 'vitest';
import { alignHeadings, localizeLinks, originalChangedSince, originalIds } from '../../src/pure/translation.ts';
import { langOf, langOfPath, langPrefix, pathInLanguage } from '../../src/i18n/languages.ts';

const heading = (depth: number, slug: string, text = slug) => ({ depth, slug, text });

describe('a translation against its original', () => {
  it('pairs the headings by position', () => {
    const ids = alignHeadings([heading(2, 'background'), heading(2, 'editions'), heading(3, 'jimex-12')], [heading(2, '背景'), heading(2, '実施回'), heading(3, 'jimex-12')], 'x.ja.md');
    expect([...ids]).toEqual([['background', '背景'], ['editions', '実施回'], ['jimex-12', 'jimex-12']]);
  });

  it('refuses headings that do not line up, naming the file and the heading', () => {
    expect(() => alignHeadings([heading(2, 'a', 'Background'), heading(2, 'b')], [heading(2, 'x'), heading(3, 'y')], 'jimex.ja.md')).toThrow(/jimex\.ja\.md.*heading 2 should be an h2/);
    expect(() => alignHeadings([heading(2, 'a')], [heading(2, 'x'), heading(2, 'y', '余分')], 'jimex.ja.md')).toThrow(/heading 2 \("余分"\) has no counterpart/);
  });

  it('puts back the original ids, on headings, paragraphs and links, percent-encoded or not', () => {
    const ids = new Map([['editions', '実施回']]);
    const html = '<h2 id="実施回">実施回</h2><p id="実施回-p2"></p><a href="#%E5%AE%9F%E6%96%BD%E5%9B%9E">x</a><a href="#other">y</a>';
    expect(originalIds(html, ids)).toBe('<h2 id="editions">実施回</h2><p id="editions-p2"></p><a href="#editions">x</a><a href="#other">y</a>');
  });

  it('keeps links to pages in the edition, and files and other editions as they are', () => {
    const html = '<a href="/articles/jimex/#2025">a</a><a href="/">h</a><a href="/data/exercises.json">d</a><a href="/ja/sources/">s</a><a href="https://example.com/">e</a>';
    expect(localizeLinks(html, '/', 'ja/')).toBe('<a href="/ja/articles/jimex/#2025">a</a><a href="/ja/">h</a><a href="/data/exercises.json">d</a><a href="/ja/sources/">s</a><a href="https://example.com/">e</a>');
    expect(localizeLinks('<a href="/base/articles/x/">a</a><a href="/other/">o</a>', '/base/', 'ja/')).toBe('<a href="/base/ja/articles/x/">a</a><a href="/other/">o</a>');
    expect(localizeLinks(html, '/', '')).toBe(html);
  });

  it('tells when the original changed after the translation was checked', () => {
    expect(originalChangedSince(new Date('2026-12-06'), new Date('2026-12-05'))).toBe(false);
    expect(originalChangedSince(new Date('2026-12-06'), new Date('2026-12-06'))).toBe(false);
    expect(originalChangedSince(new Date('2026-12-06'), new Date('2026-12-07'))).toBe(true);
  });
});

describe('the languages of pages', () => {
  it('reads the language of a page from its locale and its path', () => {
    expect(langOf('ja')).toBe('ja');
    expect(langOf(undefined)).toBe('en');
    expect(langOf('fr')).toBe('en');
    expect(langOfPath('/ja/exercises/', '/')).toBe('ja');
    expect(langOfPath('/japan/', '/')).toBe('en');
    expect(langOfPath('/base/ja/', '/base/')).toBe('ja');
    expect(langOfPath('/elsewhere/ja/', '/base/')).toBe('en');
    expect(langPrefix('en')).toBe('');
  });

  it('finds the same page in the other language', () => {
    expect(pathInLanguage('/exercises/', '/', 'ja')).toBe('/ja/exercises/');
    expect(pathInLanguage('/ja/exercises/', '/', 'en')).toBe('/exercises/');
    expect(pathInLanguage('/', '/', 'ja')).toBe('/ja/');
    expect(pathInLanguage('/base/ja/articles/x/', '/base', 'en')).toBe('/base/articles/x/');
    expect(pathInLanguage('/ja/', '/', 'ja')).toBe('/ja/');
  });
});
