import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lintContent } from '../../src/corpus/lint-content.ts';
import { FIXTURE_EVIDENCE } from '../support/fixture-evidence.ts';
import { exerciseSchema } from '../../src/schemas/exercise.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = await lintContent('tests/fixtures/articles', 'tests/fixtures/exercises', { root, evidence: FIXTURE_EVIDENCE });

function found(name: string): string[] {
  const file = fixtures.find((candidate) => candidate.path === `tests/fixtures/exercises/${name}`);
  if (!file) throw new Error(`No fixture ${name}`);
  return file.messages.map((message) => `${message.ruleId} ${message.line}:${message.column} ${message.reason}`);
}

describe('exercise data lint', () => {
  it('passes well-formed data whose notes are footnotes of its article', () => {
    expect(found('good.yaml')).toEqual([]);
  });

  it('fails an article that names a series without linking to its article, at the first mention; a note may name it', () => {
    const article = fixtures.find((candidate) => candidate.path === 'tests/fixtures/articles/bad-unlinked-exercise.md');
    expect(article?.messages.map((message) => `${message.ruleId} ${message.line}:${message.column} ${message.reason}`)).toEqual([
      'exercise-links 7:42 Example is named without a link to its article: link a mention to /articles/good/, as [Example](/articles/good/)',
    ]);
    // The series' own article names it freely, and so does every article that links it.
    expect(fixtures.find((candidate) => candidate.path === 'tests/fixtures/articles/good.md')?.messages).toEqual([]);
  });

  it.each([
    ['bad-date.yaml', /^exercise-schema 13:12 Exercise data `editions.0.start`: Write the date as YYYY-MM-DD, a real calendar date/],
    ['bad-note.yaml', /^exercise-notes 21:21 The note `nowhere` is not a footnote of content\/articles\/good.md/],
    ['bad-article.yaml', /^exercise-article 2:1 No article `no-such-article`/],
    ['bad-field.yaml', /^exercise-schema 5:1 Exercise data field `founded` is not one the site knows/],
    ['bad-roles.yaml', /^exercise-schema 10:5 Exercise data lacks the required field `editions.0.roles`: A multilateral edition says what India and Japan did/],
    ['bad-section.yaml', /^exercise-section 3:1 content\/articles\/good.md has no heading with the id `no-such-section`/],
    ['bad-no-editions-section.yaml', /^exercise-section 2:1 content\/articles\/bad-long-title.md has no `## Editions` section: the page sets Lonely's timeline, map and table/],
    ['bad-edition-ids.yaml', /^exercise-edition-ids 10:12 The edition "Sample 2020" gets the same id on its page as "Sample-2020" \(line \d+\) \(`edition-sample-2020`\)/],
    ['bad-alias.yaml', /^exercise-schema 5:15 Exercise data cannot be read: Unresolved alias .*: forces\. Write each anchor \(&name\) before its aliases/],
    ['bad-alias-bomb.yaml', /^exercise-schema 2:9 Exercise data cannot be read: Excessive alias count/],
    ['bad-host-role.yaml', /^exercise-schema 13:41 Exercise data `editions.0.roles.japan`: Japan’s role and `host` disagree/],
    ['bad-script-alias.yaml', /^exercise-schema 8:30 Exercise data `aliases.1`: "例の訓練" is in Japanese or Chinese script: say its language, \{ name: 例の訓練, lang: ja \}/],
    ['bad-unexplained-note.yaml', /^exercise-schema 10:15 .*`editions.0.aliases.0.notes`: An explanation is a claim: cite the notes that support it/],
    ['bad-no-host.yaml', /^exercise-schema 9:\d+ .*`editions.0.host`: Say who hosted the edition, as a source says \(`host: India`\), or why no host is recorded/],
    ['bad-no-cite.yaml', /^exercise-schema 1:1 Exercise data lacks the required field `cite`/],
    ['bad-limited-role.yaml', /^exercise-schema 10:\d+ Exercise data lacks the required field `editions.0.roleWording`: A `limited` role needs the sources’ words for it/],
  ])('fails %s at the place of the problem, saying what to do', (name, problem) => {
    expect(found(name)[0]).toMatch(problem);
  });
});

describe('the real exercise data', () => {
  const dir = fileURLToPath(new URL('../../content/exercises/', import.meta.url));
  const files = readdirSync(dir).filter((name) => name.endsWith('.yaml'));

  it('covers every exercise series the site writes about', () => {
    const names = files.map((name) => parse(readFileSync(dir + name, 'utf8')).name as string).sort();
    expect(names).toEqual([
      'Balikatan',
      'Bright Star',
      'Coast guard exercises',
      'Cobra Gold',
      'Cope India',
      'Dharma Guardian',
      'JIMEX',
      'Kakadu',
      'Khaan Quest',
      'Komodo',
      'La Pérouse',
      'Malabar',
      'Milan',
      'Mine countermeasures exercises',
      'Pacific Reach',
      'Passage exercises',
      'Pitch Black',
      'RIMPAC',
      'Sea Dragon',
      'Shinyuu Maitri',
      'Super Garuda Shield',
      'Talisman Sabre',
      'Tarang Shakti',
      'Veer Guardian',
    ]);
  });

  it.each(files)('%s matches the schema, lists editions oldest first and gives each a source', (name) => {
    const data = exerciseSchema.parse(parse(readFileSync(dir + name, 'utf8')));
    expect(data.editions.length).toBeGreaterThan(0);
    expect(data.editions.every((edition) => edition.notes.length > 0)).toBe(true);
    // The series may be older than its first edition with India and Japan (RIMPAC), never younger.
    if (data.firstHeld !== undefined) expect(data.firstHeld).toBeLessThanOrEqual(data.editions[0]?.year ?? 0);
  });

  it('gives each series and edition a name no other uses, so a search alias means one thing', () => {
    const names = files.flatMap((name) => {
      const data = exerciseSchema.parse(parse(readFileSync(dir + name, 'utf8')));
      return [data.name, ...data.aliases.map(({ name }) => name), ...data.editions.flatMap((edition) => [edition.label, ...edition.aliases.map(({ name }) => name)])].map((alias) => alias.toLowerCase());
    });
    expect(names.filter((alias, index) => names.indexOf(alias) !== index)).toEqual([]);
  });

  it('passes the content lint with every article', async () => {
    const files = await lintContent('content/articles', 'content/exercises', { root });
    expect(files.flatMap((file) => file.messages.map((message) => `${file.path}:${message.line}:${message.column} ${message.reason}`))).toEqual([]);
  });
});
