/**
 * The source records as readers and their tools get them: /data/sources.json is CSL-JSON that
 * citation-js imports with every record's title, address and date; every record with an
 * address offers an archived copy; and every note on the site shows the words of its source
 * that support it, which the bibliography lists with the notes that rely on each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { readSourceRecords } from '../../src/corpus/source-records.ts';
import { comparable } from '../../src/pure/note-evidence.ts';
import { SOURCE_TYPES } from '../../src/schemas/source.ts';
import { DIST, isArticlePage, listPages, readPage } from '../support/built-site.ts';

const published = JSON.parse(readFileSync(join(DIST, 'data', 'sources.json'), 'utf8')) as Record<string, unknown>[];
const { records, files } = readSourceRecords('content/sources');

/** The CSL variables the site writes (citationstyles.org, CSL 1.0.2 "Appendix IV: Variables"). */
const CSL_FIELDS = new Set(['id', 'type', 'title', 'container-title', 'publisher', 'publisher-place', 'author', 'issued', 'accessed', 'URL', 'language', 'note']);

describe('the source records', () => {
  it('all pass the schema, and each with a web address has an archived copy on the Wayback Machine', () => {
    expect(files.flatMap((file) => file.messages.map((message) => `${file.path}:${message.line} ${message.reason}`))).toEqual([]);
    const withAddress = [...records.values()].filter((record) => record.URL);
    expect(withAddress.length).toBeGreaterThan(100);
    for (const record of withAddress) expect(record.archived, record.id).toMatch(/^https:\/\/web\.archive\.org\/web\/(\d{8}|\*)\//);
  });

  it('are published whole as CSL-JSON, in CSL’s own variables and types', () => {
    expect(published.map((item) => item['id'])).toEqual([...records.keys()].sort());
    for (const item of published) {
      expect(Object.keys(item).filter((key) => !CSL_FIELDS.has(key)), String(item['id'])).toEqual([]);
      expect(SOURCE_TYPES).toContain(item['type']);
    }
  });

  it('import through citation-js with every record’s title, address and date', () => {
    const imported = new Cite(published).data as Record<string, unknown>[];
    expect(imported).toHaveLength(records.size);
    for (const item of imported) {
      const record = records.get(String(item['id']));
      if (!record) throw new Error(`No record ${String(item['id'])}`);
      expect(item['title'], record.id).toBe(record.title);
      expect(item['URL'], record.id).toBe(record.URL);
      const issued = (item['issued'] as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0]?.join('-');
      expect(issued, record.id).toBe(record.issued?.split('-').map(Number).join('-'));
    }
  });
});

describe('evidence on the pages', () => {
  const articles = listPages().filter((page) => isArticlePage(page.url));

  it('shows under every note of every article the quoted words of its source', () => {
    let quoted = 0;
    for (const page of articles) {
      const { tree } = readPage(page);
      for (const note of selectAll('.footnotes li', tree)) {
        const pointer = selectAll('a', note).every((link) => !/^https?:/.test(String(link.properties['href'])) || /web\.archive\.org/.test(String(link.properties['href'])));
        if (pointer && !select('.note-evidence', note)) continue;
        const words = selectAll('.note-evidence .evidence-words', note).map((element) => toString(element));
        expect(words.length, `${page.url} ${String(note.properties['id'])}`).toBeGreaterThan(0);
        for (const word of words) expect(word, page.url).toMatch(/^“.+”$/s);
        quoted++;
      }
    }
    expect(quoted).toBeGreaterThan(400);
  });

  it('lists each excerpt on the sources pages with the notes that quote it', () => {
    const pages = listPages().filter((page) => /\/sources\//.test(page.url));
    const shown = pages.flatMap((page) => selectAll('.excerpts li', readPage(page).tree));
    const excerpts = [...records.values()].flatMap((record) => record.excerpts.map((excerpt) => comparable(excerpt.text)));
    expect(shown.length).toBeGreaterThan(0);
    for (const item of shown) expect(excerpts).toContain(comparable(toString(select('.evidence-words', item) ?? item).slice(1, -1)));
    expect(shown.filter((item) => select('.relied-on a', item)).length).toBeGreaterThan(shown.length / 2);
  });
});
