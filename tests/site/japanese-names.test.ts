/**
 * The Japanese edition names a series or an edition as a Japanese source does, with a link to
 * that source's entry on the sources page, and otherwise shows the English name with a notice
 * (never a transliteration of ours); /ja/terms/ lists every term of content/terms/terms.yaml
 * with a link to its source's entry.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { readTerms } from '../../src/corpus/term-list.ts';
import { BASE, DIST, attributeValues, elementIds, fileForPath, parseHtml } from '../support/built-site.ts';
import { loadSeries } from '../support/exercise-data.ts';

const NOTICE = '日本語の出典に名称の記載がないため';
const trees = new Map<string, Root>();

function page(url: string): Root {
  const file = join(DIST, fileForPath(url));
  if (!trees.has(file)) trees.set(file, parseHtml(existsSync(file) ? readFileSync(file, 'utf8') : ''));
  return trees.get(file) ?? { type: 'root', children: [] };
}

/** Whether a link leads to an element that exists on a built page. */
function landsOnEntry(link: Element): boolean {
  const [path = '', id = ''] = (attributeValues(link, 'href')[0] ?? '').split('#');
  return id !== '' && path.startsWith(`${BASE}ja/sources/`) && elementIds(page(path)).includes(decodeURIComponent(id));
}

describe('Japanese names on the Japanese pages', () => {
  it('/ja/articles/dharma-guardian/ names the series ダルマ・ガーディアン with a link to its source entry', () => {
    const name = select('.infobox .japanese-name', page(`${BASE}ja/articles/dharma-guardian/`));
    expect(name && toString(select('[lang="ja"]', name) ?? name)).toBe('ダルマ・ガーディアン');
    const links = name ? selectAll('a', name) : [];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(landsOnEntry(link), attributeValues(link, 'href')[0]).toBe(true);
  });

  it('an edition with a Japanese name shows it in its row, with its source', () => {
    const rows = selectAll('.editions-table th .japanese-name:not(.english-only)', page(`${BASE}ja/articles/dharma-guardian/`));
    expect(rows.map((row) => toString(select('[lang="ja"]', row) ?? row))).toContain('ダルマガーディアン19');
    for (const row of rows) expect(selectAll('a', row).every(landsOnEntry)).toBe(true);
  });

  const without = loadSeries().filter((series) => !series.nameJa && !series.section);
  it('some series has no Japanese name (else the next check checks nothing)', () => expect(without.length).toBeGreaterThan(0));
  for (const series of without) {
    it(`${series.name}, without a Japanese name, shows its English name and the notice`, () => {
      const name = select('.infobox .japanese-name', page(`${BASE}ja/articles/${series.article}/`));
      expect(name).toBeDefined();
      expect(toString(select('[lang="en"]', name ?? { type: 'root', children: [] }) ?? { type: 'root', children: [] })).toBe(series.name);
      expect(toString(name ?? { type: 'root', children: [] })).toContain(NOTICE);
    });
  }

  it('the English pages show neither', () => {
    expect(select('.japanese-name', page(`${BASE}articles/dharma-guardian/`))).toBeUndefined();
  });
});

describe('/ja/terms/', () => {
  const tree = page(`${BASE}ja/terms/`);
  const rows = selectAll('.terms-table tbody tr', tree);
  for (const term of readTerms()) {
    it(`lists ${term.ja} (${term.en}) with its source entry`, () => {
      const row = rows.find((candidate) => toString(select('th[lang="ja"]', candidate) ?? candidate).trim() === term.ja);
      expect(row, term.ja).toBeDefined();
      if (!row) return;
      expect(toString(row)).toContain(term.en);
      for (const { quote } of term.evidence) expect(toString(row)).toContain(quote);
      const links = selectAll('a', row);
      expect(links.length).toBe(term.evidence.length);
      for (const link of links) expect(landsOnEntry(link), attributeValues(link, 'href')[0]).toBe(true);
    });
  }
});
