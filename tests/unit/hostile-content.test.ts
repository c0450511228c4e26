/**
 * Hostile content, generated from one seed per run (printed in the test names; HOSTILE_SEED
 * makes a run again): frontmatter, Markdown, the articles folder's entries and exercise data
 * through the build's own article pass and data lint. Every input must be refused with a
 * message at a real line and column of its file, or ignored with a warning (hidden files),
 * or published whole; a draft stays a draft. Never a crash, a freeze, or a file silently lost.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { articleKey, readEntry } from '../../src/corpus/article-cache.ts';
import { articlePass } from '../../src/corpus/article-pass.ts';
import { lintContent } from '../../src/corpus/lint-content.ts';
import { isoDate } from '../../src/pure/dates.ts';
import { articleId } from '../../src/pure/articles.ts';
import { FIXTURE_EVIDENCE } from '../support/fixture-evidence.ts';
import { articleCases, GOOD } from '../support/hostile/articles.ts';
import { expectedWords, pageText } from '../support/hostile/expected-words.ts';
import { dataCases, fileSystemCases } from '../support/hostile/files.ts';
import { generator, pick, runSeed, type HostileCase } from '../support/hostile/random.ts';
import { targetFor } from '../../src/pure/search-match.ts';
import { searchTargets } from '../../src/pure/search-vocabulary.ts';
import { loadExercises } from '../support/exercise-data.ts';

const SEED = runSeed();
const random = generator(SEED);
/** Per class and run: enough for every variant several times, within the test budget. */
const SAMPLE = { frontmatter: 40, markdown: 54, 'file system': 27, data: 32, search: 200 };
const scratch = mkdtempSync(join(tmpdir(), 'hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Makes each case's entry in `dir`. */
function create(dir: string, cases: readonly HostileCase[]): void {
  mkdirSync(dir, { recursive: true });
  for (const { name, content } of cases) {
    const path = join(dir, name);
    if (typeof content === 'function') content(path);
    else writeFileSync(path, content);
  }
}

/** The text a case's file holds, for checking that a message's line is in it. */
const textOf = (content: HostileCase['content']): string => (typeof content === 'string' ? content : content instanceof Uint8Array ? new TextDecoder().decode(content) : '');

/** What became of one case: its file's messages, checked against what it must be. */
function outcome(files: readonly VFile[], path: string, hostile: HostileCase): 'refused' | 'ignored' | 'accepted' {
  const about = `${hostile.kind} (${JSON.stringify(hostile.name)})`;
  const file = files.find((candidate) => candidate.path === path);
  const fatal = file?.messages.filter((message) => message.fatal) ?? [];
  const lines = textOf(hostile.content).split('\n').length;
  for (const message of fatal) {
    expect(message.line ?? 0, `${about}: ${message.reason}`).toBeGreaterThanOrEqual(1);
    expect(message.line ?? 0, `${about}: ${message.reason}`).toBeLessThanOrEqual(lines + 1);
    expect(message.column ?? 0, `${about}: ${message.reason}`).toBeGreaterThanOrEqual(1);
    expect(message.reason.length, about).toBeGreaterThan(20);
  }
  if (hostile.expected === 'ignore') {
    expect(file?.messages.map((message) => `${message.fatal ? 'error' : 'warning'} ${message.reason}`), about).toEqual([expect.stringMatching(/^warning ignored: a hidden file/)]);
    return 'ignored';
  }
  if (hostile.expected === 'refuse') expect(fatal.length, `${about} was not refused`).toBeGreaterThan(0);
  return fatal.length > 0 ? 'refused' : 'accepted';
}

describe(`hostile content from seed ${SEED}`, () => {
  it('articles: frontmatter, Markdown and entries in the folder are refused at a place, ignored aloud, or published whole', async () => {
    const dir = join(scratch, 'articles');
    const outside = join(scratch, 'outside.md');
    writeFileSync(outside, GOOD);
    const cases = [...articleCases(random, SAMPLE.frontmatter, 'frontmatter'), ...articleCases(random, SAMPLE.markdown, 'markdown'), ...fileSystemCases(random, SAMPLE['file system'], outside)];
    // The fixture's own page too: its notes link to it.
    create(dir, [...cases, { kind: 'the fixture', name: 'good.md', content: GOOD, expected: 'either' }]);
    const { files, articles, drafts } = await articlePass(dir, { root: scratch, base: '/', render: true, evidence: FIXTURE_EVIDENCE, today: isoDate(new Date()) });
    const counts = new Map<string, number>();
    for (const hostile of cases) {
      const path = `articles/${hostile.name}`;
      const result = outcome(files, path, hostile);
      const kind = hostile.kind.split(':')[0] ?? '';
      counts.set(`${kind} ${result}`, (counts.get(`${kind} ${result}`) ?? 0) + 1);
      if (result !== 'accepted') continue;
      // Accepted: published under its name (never lost), a draft kept a draft, every word on the page.
      const slug = articleId(hostile.name);
      expect(articles.has(slug), `${hostile.kind}: ${hostile.name} was accepted but not published`).toBe(true);
      if (hostile.expected === 'draft') expect(drafts.has(slug), `${hostile.kind}: ${hostile.name} is a draft`).toBe(true);
      const text = textOf(hostile.content);
      const html = readEntry(articleKey(path, text, '/', FIXTURE_EVIDENCE))?.rendered?.html;
      if (html === undefined) throw new Error(`${hostile.kind}: ${hostile.name} passed the lint but was not rendered`);
      const page = pageText(html);
      for (const word of expectedWords(text)) expect(page.includes(word), `${hostile.kind}: "${word}" is not on the page of ${hostile.name}`).toBe(true);
    }
    console.log(`seed ${SEED}: ${[...counts].map(([key, count]) => `${key} ${count}`).join(', ')}`);
    expect([...counts.keys()].some((key) => key.endsWith('accepted')), 'no case was accepted: the test checks only one branch').toBe(true);
  }, 240_000);

  it('exercise data: each file is refused at a place, ignored aloud, or passes', async () => {
    const articlesDir = join(scratch, 'data-articles');
    create(articlesDir, [{ kind: 'the article the data names', name: 'good.md', content: GOOD, expected: 'either' }]);
    const cases = dataCases(random, SAMPLE.data);
    create(join(scratch, 'exercises'), cases);
    const files = await lintContent(articlesDir, join(scratch, 'exercises'), { root: scratch, evidence: FIXTURE_EVIDENCE });
    const results = cases.map((hostile) => outcome(files, `exercises/${hostile.name}`, hostile));
    console.log(`seed ${SEED}: data ${['refused', 'ignored', 'accepted'].map((result) => `${result} ${results.filter((other) => other === result).length}`).join(', ')}`);
    expect(results).toContain('refused');
  }, 60_000);

  it('search: a name every object inherits, or any text, leads to a page of the vocabulary or nowhere', () => {
    const exercises = loadExercises();
    const { targets } = searchTargets(exercises, { series: (exercise) => `/articles/${exercise.article}/`, edition: (exercise, edition) => `/articles/${exercise.article}/#${edition.label}` });
    // A series named like an inherited property is kept, not lost behind Object's own.
    const inherited = Object.getOwnPropertyNames(Object.prototype);
    const [first] = exercises;
    if (!first) throw new Error('No exercise data');
    const named = searchTargets([{ ...first, name: 'constructor', aliases: [] }], { series: () => '/x/', edition: () => '/y/' });
    expect(targetFor('constructor 2024', named.targets)).toBe('/y/');
    expect(targetFor('constructor', {})).toBeUndefined();
    const pages = new Set(Object.values(targets));
    const words = [...inherited, ...Object.getOwnPropertyNames(Array.prototype), ...Object.keys(targets)];
    for (let n = 0; n < SAMPLE.search; n++) {
      const query = n % 3 === 2 ? String.fromCodePoint(...Array.from({ length: 1 + Math.floor(random() * 12) }, () => Math.floor(random() * 0x3000))) : `${pick(random, words)}${random() < 0.3 ? pick(random, [' ', '', 'x', '\u0000']) : ''}`;
      const target = targetFor(query, targets);
      expect(target === undefined || pages.has(target), `${JSON.stringify(query)} led to ${String(target)}`).toBe(true);
      if (inherited.includes(query) && !Object.hasOwn(targets, query)) expect(target, query).toBeUndefined();
    }
  });
});
