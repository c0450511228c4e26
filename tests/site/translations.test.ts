/**
 * The Japanese edition's article pages: a translated article shows its translation, the day it
 * was checked against the English and, when the English has changed since, a warning; an
 * article not translated shows the English text, marked English, under a notice linking to it.
 * Every article has its page in both languages; a translation keeps its original's section ids.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { frontmatterOf } from '../../src/pure/frontmatter.ts';
import { readYaml } from '../../src/pure/read-yaml.ts';
import { formatDate } from '../../src/pure/dates.ts';
import { BASE, listPages, readPage } from '../support/built-site.ts';

const pages = listPages();
const tree = (url: string) => {
  const found = pages.find((candidate) => candidate.url === `${BASE}${url}`);
  if (!found) throw new Error(`No built page ${BASE}${url}`);
  return readPage(found).tree;
};
const read = (name: string) => articleSchema.parse(readYaml(frontmatterOf(readFileSync(join('content/articles', name), 'utf8')) ?? ''));
const names = readdirSync('content/articles');
const originals = names.filter((name) => !/\.ja\.mdx?$/.test(name)).map((name) => ({ id: name.replace(/\.mdx?$/, ''), data: read(name) })).filter(({ data }) => !data.draft);
const translated = new Map(names.filter((name) => /\.ja\.mdx?$/.test(name)).map((name) => [name.replace(/\.ja\.mdx?$/, ''), read(name)]));
const headingIds = (url: string) => selectAll('.article-body h2[id], .article-body h3[id]', tree(url)).map((heading) => heading.properties['id']);

describe('the Japanese edition of every article', () => {
  it('has translations to check', () => {
    expect(translated.size).toBeGreaterThanOrEqual(6);
  });

  for (const { id, data } of originals) {
    const translation = translated.get(id);
    it(`/ja/articles/${id}/ shows ${translation ? 'its translation, when it was checked, and any later change to the English' : 'the English text under a notice'}`, () => {
      const page = tree(`ja/articles/${id}/`);
      const notice = select('.translation-notice', page);
      expect(notice, 'notice').toBeDefined();
      const link = select('a[hreflang="en-GB"]', notice ?? page);
      expect(link?.properties['href']).toBe(`${BASE}articles/${id}/`);
      const h1 = select('h1', page);
      if (translation) {
        expect(toString(h1 ?? page)).toBe(translation.title);
        expect(h1?.properties['lang']).toBeUndefined();
        const checked = translation.checked;
        expect(checked, 'checked').toBeDefined();
        if (!checked) return;
        expect(toString(notice ?? page)).toContain(formatDate(checked, 'ja'));
        const changed = data.updatedDate.getTime() > checked.getTime();
        expect(select('strong', notice ?? page) !== undefined, 'warning shown').toBe(changed);
        if (changed) expect(toString(select('strong', notice ?? page) ?? page)).toContain(formatDate(data.updatedDate, 'ja'));
        expect(headingIds(`ja/articles/${id}/`), 'section ids').toEqual(headingIds(`articles/${id}/`));
      } else {
        expect(notice?.properties['className']).toContain('untranslated');
        expect(toString(h1 ?? page)).toBe(data.title);
        expect(h1?.properties['lang']).toBe('en-GB');
        expect(selectAll('.article-body[lang="en-GB"]', page).length).toBeGreaterThan(0);
      }
    });
  }

  it('shows no translation notice on English pages', () => {
    for (const { id } of originals) expect(select('.translation-notice', tree(`articles/${id}/`)), id).toBeUndefined();
  });
});
