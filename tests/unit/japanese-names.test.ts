import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { lintExercises } from '../../src/corpus/lint-exercises.ts';
import { lintTerms } from '../../src/corpus/lint-terms.ts';
import { readSourceRecords } from '../../src/corpus/source-records.ts';
import { readTerms } from '../../src/corpus/term-list.ts';
import { getTerms, getTermsByKind } from '../../src/data/site-terms.ts';
import { countryShown, forceShown, japaneseName, termJa, termsByKind } from '../../src/pure/japanese-names.ts';
import { evidenceProblems } from '../../src/pure/quoted-evidence.ts';
import { judgeName, TERM_FILES } from '../../src/pure/content-names.ts';
import { noteId } from '../../src/pure/note-ids.ts';
import type { Term } from '../../src/schemas/term.ts';

const { records } = readSourceRecords('tests/fixtures/sources');

const TERMS = `- { en: Exercise, ja: 訓練, kind: other, evidence: [{ source: example-japanese, quote: "第2回の訓練は2019年に行われた。" }] }
- { en: First edition, ja: first held, kind: other, evidence: [{ source: example-first, quote: "was first held in 2018" }] }
`;

/** The messages of one term list, as "line:column reason". */
function termProblems(text: string, cited?: Set<string>): string[] {
  const [file] = lintTerms([{ name: 'terms.yaml', text, file: new VFile({ path: 'content/terms/terms.yaml' }) }], records, cited);
  return (file?.messages ?? []).map((message) => `${message.line}:${message.column} ${message.reason}`);
}

describe('the term list lint', () => {
  it('passes terms whose quotations hold them, and counts their records as cited', () => {
    const cited = new Set<string>();
    expect(termProblems(TERMS, cited)).toEqual([]);
    expect([...cited].sort()).toEqual(['example-first', 'example-japanese']);
  });

  it('refuses a record that does not exist and words no excerpt holds', () => {
    expect(termProblems(TERMS.replace('source: example-japanese', 'source: example-none'))).toEqual([expect.stringMatching(/^1:61 No source record `example-none`/)]);
    expect(termProblems(TERMS.replace('2019年に行われた', '2020年に行われた'))).toEqual([expect.stringMatching(/^1:86 These words are not in any excerpt of `example-japanese`/)]);
  });

  it('refuses a quotation that does not hold the term exactly', () => {
    expect(termProblems(TERMS.replace('ja: 訓練', 'ja: 演習'))).toEqual([expect.stringMatching(/^1:86 The quotation does not hold "演習" as written/)]);
  });

  it('refuses a term resting on weak sources alone, and accepts one beside a strong source', () => {
    const weak = '- { en: Soldiers, ja: soldiers, kind: other, evidence: [{ source: example-weak, quote: "the exercise drew 500 soldiers" }] }\n';
    expect(termProblems(weak)).toEqual([expect.stringMatching(/^1:56 Every source quoted here is marked weak.* for a term$/)]);
    const both = weak.replace('ja: soldiers', 'ja: e').replace(' }] }', ' }, { source: example-first, quote: "was first held in 2018" }] }');
    expect(termProblems(both)).toEqual([]);
  });

  it('refuses a Japanese or English term listed twice, at the later one', () => {
    const twice = `${TERMS}- { en: Drill, ja: 訓練, kind: other, evidence: [{ source: example-japanese, quote: "訓練は2019年" }] }\n- { en: exercise, ja: 行われた, kind: other, evidence: [{ source: example-japanese, quote: "行われた" }] }\n`;
    expect(termProblems(twice)).toEqual([expect.stringMatching(/^3:20 The Japanese term "訓練" is listed already \(term 1, line 1\)/), expect.stringMatching(/^4:9 The English term "exercise" is listed already \(term 1, line 1\)/)]);
  });

  it('refuses unknown fields, unknown kinds and an empty list', () => {
    expect(termProblems(TERMS.replace('kind: other,', 'kind: other, note: x,'))).toEqual([expect.stringMatching(/^1:40 .*`0.note` is not one the site knows/)]);
    expect(termProblems(TERMS.replace('kind: other,', 'kind: weapon,'))).toEqual([expect.stringMatching(/^1:33 The term list `0.kind`/)]);
    expect(termProblems('[]\n')).toEqual([expect.stringMatching(/at least one term/)]);
  });
});

const SERIES = `name: Example
nameJa: { name: 訓練, evidence: [{ source: example-japanese, quote: "第2回の訓練は2019年に行われた。" }] }
article: example
services: [army]
format: bilateral
participants: [{ country: India, force: Indian Army }]
cite: { format: [a], participants: [a] }
reviewed: 2026-12-04
summary: An example series of exercises for the tests.
editions:
  - label: Example 2019
    nameJa: { name: 第2回, evidence: [{ source: example-japanese, quote: "第2回の訓練" }] }
    year: 2019
    host: India
    notes: [a]
`;

/** The messages of one exercise file, as "line:column reason". */
function nameProblems(text: string, cited?: Set<string>): string[] {
  const [file] = lintExercises([{ name: 'example.yaml', text, file: new VFile({ path: 'content/exercises/example.yaml' }) }], new Map([['example', new Set(['editions', noteId('a')])]]), new Set(), new Set(), { records, ...(cited && { cited }) });
  return (file?.messages ?? []).map((message) => `${message.line}:${message.column} ${message.reason}`);
}

describe('the Japanese names lint', () => {
  it('passes names whose quotations hold them, and counts their records as cited', () => {
    const cited = new Set<string>();
    expect(nameProblems(SERIES, cited)).toEqual([]);
    expect([...cited]).toEqual(['example-japanese']);
  });

  it('refuses words no excerpt holds and a quotation without the name, at their place', () => {
    expect(nameProblems(SERIES.replace('quote: "第2回の訓練" }', 'quote: "第3回の訓練" }'))).toEqual([expect.stringMatching(/^12:72 These words are not in any excerpt/)]);
    expect(nameProblems(SERIES.replace('name: 訓練,', 'name: 演習,'))).toEqual([expect.stringMatching(/^2:67 The quotation does not hold "演習" as written/)]);
  });

  it('refuses a missing record and a name on weak sources alone', () => {
    expect(nameProblems(SERIES.replace('source: example-japanese, quote: "第2回の訓練"', 'source: example-gone, quote: "第2回の訓練"'))).toEqual([expect.stringMatching(/^12:47 No source record `example-gone`/)]);
    expect(nameProblems(SERIES.replace('nameJa: { name: 第2回, evidence: [{ source: example-japanese, quote: "第2回の訓練" }] }', 'nameJa: { name: drew, evidence: [{ source: example-weak, quote: "the exercise drew 500 soldiers" }] }'))).toEqual([expect.stringMatching(/^12:37 Every source quoted here is marked weak.* for a Japanese name$/)]);
  });

  it('refuses an unknown field, an empty name and a name without evidence', () => {
    expect(nameProblems(SERIES.replace('nameJa: { name: 訓練,', 'nameJa: { reading: kunren, name: 訓練,'))).toEqual([expect.stringMatching(/^2:11 .*`nameJa.reading` is not one the site knows/)]);
    expect(nameProblems(SERIES.replace('nameJa: { name: 訓練,', 'nameJa: { name: " ",'))).toEqual([expect.stringMatching(/^2:17 .*`nameJa.name`: Write the Japanese name with at least one letter or digit/)]);
    expect(nameProblems(SERIES.replace(/evidence: \[\{ source: example-japanese, quote: "第2回の訓練は2019年に行われた。" \}\]/, 'evidence: []'))).toEqual([expect.stringMatching(/^2:31 .*Quote at least one source/)]);
  });

  it('leaves the names unchecked where no records are given', () => {
    const [file] = lintExercises([{ name: 'example.yaml', text: SERIES.replace('name: 訓練,', 'name: 演習,'), file: new VFile({ path: 'content/exercises/example.yaml' }) }], new Map([['example', new Set(['editions', noteId('a')])]]));
    expect(file?.messages).toEqual([]);
  });
});

describe('quoted evidence', () => {
  it('reports a missing record once, not also as weak', () => {
    expect(evidenceProblems([{ source: 'example-gone', quote: 'x' }], records).map(({ path }) => path)).toEqual([[0, 'source']]);
  });
});

describe('Japanese names and terms for the pages', () => {
  const terms: Term[] = [
    { en: 'Mizoram', ja: 'ミゾラム州', kind: 'place', evidence: [{ source: 's', quote: 'ミゾラム州' }] },
    { en: 'Indian Army', ja: 'インド陸軍', kind: 'force', evidence: [{ source: 's', quote: 'インド陸軍' }] },
    { en: 'Frigate', ja: 'フリゲート', kind: 'ship', evidence: [{ source: 's', quote: 'フリゲート' }] },
  ];

  it('gives the Japanese name where a source gives one, else the English one marked English', () => {
    const nameJa = { name: 'ダルマ・ガーディアン', evidence: [{ source: 'tbs-dg2025', quote: '「ダルマ・ガーディアン」' }] };
    expect(japaneseName({ name: 'Dharma Guardian', nameJa })).toEqual({ name: 'ダルマ・ガーディアン', lang: 'ja', evidence: nameJa.evidence });
    expect(japaneseName({ label: 'Dharma Guardian 2024' })).toEqual({ name: 'Dharma Guardian 2024', lang: 'en', evidence: [] });
  });

  it('groups the terms by kind in a fixed order and finds a term by its English', () => {
    expect(termsByKind(terms).map(({ kind, terms: group }) => [kind, group.map(({ en }) => en)])).toEqual([['force', ['Indian Army']], ['place', ['Mizoram']], ['ship', ['Frigate']]]);
    expect(termJa(terms, 'indian army')).toBe('インド陸軍');
    expect(termJa(terms, 'Indian Navy')).toBeUndefined();
  });

  it('names a country in the page\'s words, two hosts each, and keeps one it lacks in English, marked so', () => {
    const names = { India: 'インド', Thailand: 'タイ', 'United States': '米国', 'Trinidad and Tobago': 'トリニダード・トバゴ' };
    expect(countryShown('India', names, 'と')).toEqual({ name: 'インド' });
    expect(countryShown('Thailand and the United States', names, 'と')).toEqual({ name: 'タイと米国' });
    expect(countryShown('Trinidad and Tobago', names, 'と')).toEqual({ name: 'トリニダード・トバゴ' });
    expect(countryShown('India and Fiji', names, 'と')).toEqual({ name: 'India and Fiji', lang: 'en' });
    expect(countryShown('Fiji', names, 'と')).toEqual({ name: 'Fiji', lang: 'en' });
  });

  it('names a force by the term list\'s Japanese, else in English (its short form where asked), marked so', () => {
    expect(forceShown({ force: 'Indian Army' }, 'full', terms)).toEqual({ name: 'インド陸軍' });
    expect(forceShown({ force: 'Indian Army', short: 'IA' }, 'short', terms)).toEqual({ name: 'インド陸軍' });
    expect(forceShown({ force: 'United States Navy', short: 'USN' }, 'short', terms)).toEqual({ name: 'USN', lang: 'en' });
    expect(forceShown({ force: 'United States Navy', short: 'USN' }, 'full', terms)).toEqual({ name: 'United States Navy', lang: 'en' });
    expect(forceShown({ force: 'Royal Navy' }, 'short', terms)).toEqual({ name: 'Royal Navy', lang: 'en' });
  });

  it('reads the term list from its folder, and none from a folder without one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'terms-'));
    expect(readTerms(dir)).toEqual([]);
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'terms.yaml'), TERMS);
    expect(readTerms(dir).map(({ ja }) => ja)).toEqual(['訓練', 'first held']);
  });

  it('reads the site’s own term list, and names only terms.yaml in its folder', () => {
    expect(getTerms().length).toBeGreaterThanOrEqual(20);
    expect(getTermsByKind()[0]?.kind).toBe('force');
    expect(judgeName('terms.yaml', TERM_FILES)).toEqual({ read: true });
    expect(judgeName('glossary.yaml', TERM_FILES)).toHaveProperty('refuse');
  });
});
