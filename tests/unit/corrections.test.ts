import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { lintCorrections, type CorrectionTargets } from '../../src/corpus/lint-corrections.ts';
import { readSourceRecords } from '../../src/corpus/source-records.ts';
import { correctionsByEdition, correctionsOfArticle, evidenceShown, newestFirst, type CorrectionEntry } from '../../src/pure/corrections.ts';

const { records } = readSourceRecords('tests/fixtures/sources');
const targets: CorrectionTargets = {
  articles: new Set(['example', 'sketch']),
  drafts: new Set(['sketch']),
  editions: new Set(['edition-example-2018']),
  records,
  today: '2026-12-06',
};

const GOOD = `date: 2026-12-04
summary: Example 2018 was the first edition
wrong: The site said the series began in 2019.
right: The series began in 2018.
evidence:
  - { source: example-first, quote: "was first held in 2018" }
articles: [example]
editions: [edition-example-2018]
`;

/** The messages of one correction text, as "line:column reason". */
function problems(text: string): string[] {
  const [file] = lintCorrections([{ name: 'x.yaml', text, file: new VFile({ path: 'content/corrections/x.yaml' }) }], targets);
  return (file?.messages ?? []).map((message) => `${message.line}:${message.column} ${message.reason}`);
}

describe('the corrections lint', () => {
  it('passes a correction whose article, edition and quoted words exist', () => {
    expect(problems(GOOD)).toEqual([]);
  });

  it('refuses what points at nothing, each at its line and column', () => {
    expect(problems(GOOD.replace('articles: [example]', 'articles: [example, missing]'))).toEqual([expect.stringMatching(/^7:21 No article `missing`/)]);
    expect(problems(GOOD.replace('articles: [example]', 'articles: [sketch]'))).toEqual([expect.stringMatching(/^7:12 The article `sketch` is a draft/)]);
    expect(problems(GOOD.replace('edition-example-2018]', 'edition-example-2020]'))).toEqual([expect.stringMatching(/^8:12 No edition `edition-example-2020`/)]);
    expect(problems(GOOD.replace('source: example-first', 'source: example-none'))).toEqual([expect.stringMatching(/^6:15 No source record `example-none`/)]);
  });

  it('refuses words that no excerpt of the record holds', () => {
    expect(problems(GOOD.replace('was first held in 2018', 'was first held in 2019'))).toEqual([expect.stringMatching(/^6:37 These words are not in any excerpt of `example-first`/)]);
  });

  it('refuses a correction resting on weak sources alone, and accepts one beside a strong source', () => {
    const weak = GOOD.replace('{ source: example-first, quote: "was first held in 2018" }', '{ source: example-weak, quote: "the exercise drew 500 soldiers" }');
    expect(problems(weak)).toEqual([expect.stringMatching(/^6:3 Every source quoted here is marked weak/)]);
    expect(problems(`${weak.replace('articles:', '  - { source: example-first, quote: "was first held in 2018" }\narticles:')}`)).toEqual([]);
  });

  it('refuses a date after today, a long summary and an unknown field', () => {
    expect(problems(GOOD.replace('date: 2026-12-04', 'date: 2026-12-07'))).toEqual([expect.stringMatching(/^1:7 The correction is dated 2026-12-07, after today/)]);
    expect(problems(GOOD.replace('summary: Example', `summary: ${'x'.repeat(120)} Example`))).toEqual([expect.stringMatching(/^2:10 .*one line \(120 characters\)/)]);
    expect(problems(`${GOOD}source: x\n`)).toEqual([expect.stringMatching(/^9:1 .*`source` is not one the site knows/)]);
  });
});

const entry = (id: string, date: string, articles: string[], editions: string[] = []): CorrectionEntry => ({
  id,
  date,
  summary: id,
  wrong: 'w',
  right: 'r',
  evidence: [{ source: 'example-japanese', quote: 'x' }],
  articles,
  editions,
});

describe('the corrections log', () => {
  const log = [entry('b', '2026-11-27', ['jimex']), entry('c', '2026-12-04', ['jimex', 'malabar'], ['edition-jimex-12']), entry('a', '2026-12-04', ['malabar'], ['edition-jimex-12'])];

  it('lists newest first, one day in the order of the ids', () => {
    expect(newestFirst(log).map(({ id }) => id)).toEqual(['a', 'c', 'b']);
  });

  it('finds the corrections of an article and of each edition, newest first', () => {
    expect(correctionsOfArticle(log, 'jimex')).toEqual([
      { id: 'c', date: '2026-12-04', summary: 'c' },
      { id: 'b', date: '2026-11-27', summary: 'b' },
    ]);
    expect(correctionsOfArticle(log, 'rimpac')).toEqual([]);
    expect([...correctionsByEdition(log)].map(([edition, marks]) => [edition, marks.map(({ id }) => id)])).toEqual([['edition-jimex-12', ['a', 'c']]]);
  });

  it('prints each quotation with its record’s citation, language and our gloss', () => {
    const japanese = records.get('example-japanese');
    const excerpt = japanese?.excerpts[0];
    if (!japanese || !excerpt) throw new Error('No fixture record example-japanese');
    const [shown] = evidenceShown({ evidence: [{ source: 'example-japanese', quote: excerpt.text }] }, records);
    expect(shown).toMatchObject({ key: 'example-japanese', quote: excerpt.text, language: japanese.language, gloss: excerpt.gloss });
    expect(shown?.citation).toMatch(/\.$/);
  });

  it('prints the citation in a page\'s words on a Japanese page, an English title marked English', () => {
    const words = { citationDate: (date: string) => `${date}付`, accessed: (date: string) => `${date}閲覧`, storedCopy: '保存された写しによる' };
    const [english] = evidenceShown({ evidence: [{ source: 'example-second', quote: 'x' }] }, records, words, 'ja');
    expect(english?.parts).toEqual([{ text: '“Second Source”', lang: 'en' }, { text: 'Publication (ANI)', kind: 'publication' }, { text: '2024-03-02付' }, { text: 'https://example.org/second', kind: 'url' }, { text: '保存された写しによる' }]);
    const [onEnglish] = evidenceShown({ evidence: [{ source: 'example-second', quote: 'x' }] }, records);
    expect(onEnglish?.parts.map((part) => part.lang)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('refuses evidence whose record is gone, naming it', () => {
    expect(() => evidenceShown({ evidence: [{ source: 'example-gone', quote: 'x' }] }, records)).toThrow(/`example-gone`/);
  });
});
