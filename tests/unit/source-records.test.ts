import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSourceRecords } from '../../src/corpus/source-records.ts';
import { lintContent } from '../../src/corpus/lint-content.ts';
import { citationOf, cslJson, readableDate } from '../../src/pure/source-record.ts';
import { FIXTURE_EVIDENCE } from '../support/fixture-evidence.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

const bad = readSourceRecords('tests/fixtures/sources-bad');
/** "line:column message" for each problem of the record file `name`. */
const problems = (name: string) => {
  const file = bad.files.find((candidate) => candidate.basename === name);
  if (!file) throw new Error(`No fixture ${name}`);
  return file.messages.map((message) => `${message.line}:${message.column} ${message.reason}`);
};

describe('source records', () => {
  it.each([
    ['bad-no-title.yaml', '1:1', /lacks the required field `title`: Give the title as the page shows it, or `untitled: headline not shown`/],
    ['bad-no-url.yaml', '1:1', /lacks the required field `URL`: Give the web address the desk gives, or `no-url: true`/],
    ['bad-no-archive.yaml', '1:1', /lacks the required field `archived`: Give an archived copy/],
    ['bad-duplicate-url-b.yaml', '5:1', /`bad-duplicate-url-b` gives the same web address as `bad-duplicate-url-a`: one source, one record/],
    ['bad-id-mismatch.yaml', '1:1', /`id` is `another-key` but its file is bad-id-mismatch\.yaml/],
    ['bad-gloss.yaml', '9:11', /An excerpt not in English needs an English `gloss`/],
    ['bad-extension.yml', '1:1', /content\/sources holds source records only, named like `x.yaml`: this file would not be read; rename it bad-extension.yaml/],
  ])('refuses %s at the line and column, saying what to do', (name, where, reason) => {
    const found = problems(name);
    expect(found.find((message) => message.startsWith(`${where} `)), found.join('\n')).toMatch(reason);
  });

  it('marks every record problem as fatal, and passes the good records', () => {
    expect(bad.files.flatMap((file) => file.messages).every((message) => message.fatal === true)).toBe(true);
    const good = readSourceRecords('tests/fixtures/sources');
    expect(good.files.flatMap((file) => file.messages)).toEqual([]);
    expect([...good.records.keys()]).toContain('example-first');
  });

  it('warns, without failing, about a record no article cites', async () => {
    const files = await lintContent('tests/fixtures/articles', 'tests/fixtures/exercises', { evidence: FIXTURE_EVIDENCE });
    const uncited = files.find((file) => file.basename === 'example-uncited.yaml');
    expect(uncited?.messages.map((message) => [message.reason, message.fatal])).toEqual([['No article cites `@example-uncited`: cite it where its words support a claim, or remove the record', false]]);
    expect(files.find((file) => file.basename === 'example-first.yaml')?.messages).toEqual([]);
  });

  it('writes an archived address as the browser sends it, so it pairs with the original link', () => {
    const original = 'https://bjbsi.com/2022/09/19/インド海軍と共同訓練';
    const record = sourceSchema.parse({ id: 'x', type: 'webpage', title: 'T', URL: original, accessed: 'stored copy', language: 'ja', archived: `https://web.archive.org/web/20220919/${original}`, excerpts: [{ text: 'the words' }] });
    expect(record.archived).toBe(`https://web.archive.org/web/20220919/${new URL(original).href}`);
    expect(record.archived).toMatch(/%E3%82%A4/);
  });

  it('reads a record as Astro does too: an unquoted date is the same day', () => {
    const text = readFileSync('tests/fixtures/sources/example-first.yaml', 'utf8');
    expect(text).toContain("issued: '2024-03-01'");
    expect(readSourceRecords('tests/fixtures/sources').records.get('example-first')?.issued).toBe('2024-03-01');
  });
});

describe('a record as the pages print it', () => {
  const { records } = readSourceRecords('tests/fixtures/sources');
  const record = (key: string) => {
    const found = records.get(key);
    if (!found) throw new Error(`No record ${key}`);
    return found;
  };

  it('prints author, title, publication with its wire service, date, address and access', () => {
    expect(citationOf(record('example-first')).text).toBe('Author One, “First Source”, Publication, 1 March 2024, https://example.org/first, accessed 11 February 2025.');
    expect(citationOf(record('example-second')).text).toBe('“Second Source”, Publication (ANI), 2 March 2024, https://example.org/second, stored copy.');
  });

  it('prints a source with no address or day without stray punctuation', () => {
    expect(citationOf(record('example-paper')).text).toBe('A. Author, “A Printed Paper”, An Institute, New Delhi, 2025.');
    expect(citationOf(record('example-japanese')).text).toBe('例示新聞, https://example.jp/news/1, stored copy.');
  });

  it('writes dates as readers read them', () => {
    expect([readableDate('2024-03-07'), readableDate('2024-11'), readableDate('2025')]).toEqual(['7 March 2024', 'November 2024', '2025']);
  });

  it('gives CSL-JSON its own fields only, dates as date-parts', () => {
    const csl = cslJson(record('example-second'));
    expect(csl).toEqual({
      id: 'example-second',
      type: 'article-newspaper',
      title: 'Second Source',
      'container-title': 'Publication',
      issued: { 'date-parts': [[2024, 3, 2]] },
      URL: 'https://example.org/second',
      language: 'en',
      note: 'Wire service: ANI. Read from a stored copy',
    });
    expect(cslJson(record('example-first'))['accessed']).toEqual({ 'date-parts': [[2025, 2, 11]] });
  });
});
