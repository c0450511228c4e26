import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sharedCharacterRuns, sharedRuns } from '../support/shared-runs.ts';

const articlesDir = fileURLToPath(new URL('../../content/articles/', import.meta.url));
const exercisesDir = fileURLToPath(new URL('../../content/exercises/', import.meta.url));
const recordsDir = fileURLToPath(new URL('../../content/sources/', import.meta.url));
/** The research desk's documents sit beside the repository (CI has them); the originality
 * check needs their text, which is not ours to copy into this repository. */
const sourcesDir = process.env['SOURCES_DIR'] ?? fileURLToPath(new URL('../../../shared/sources/', import.meta.url));

const articles = readdirSync(articlesDir)
  .filter((name) => /\.mdx?$/.test(name))
  .map((name) => ({ slug: name.replace(/\.mdx?$/, ''), text: readFileSync(articlesDir + name, 'utf8') }));
const exercises = readdirSync(exercisesDir).map((name) => parse(readFileSync(exercisesDir + name, 'utf8')) as { name: string; aliases: string[]; article: string });

// Two editorial rules once tested here are the content lint's now, reported to editors with
// their place: every note cites a source (rules/footnote-source.ts), and an article that names
// an exercise series links to its article (exercise-mentions.ts).

describe('the corpus', () => {
  it.skipIf(!existsSync(sourcesDir))('repeats no run of 12 words from a source document outside quotation marks', () => {
    const sources = readdirSync(sourcesDir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(sourcesDir + name, 'utf8'));
    expect(sources.length).toBeGreaterThanOrEqual(2);
    const copied = articles.flatMap(({ slug, text }) => sources.flatMap((source) => sharedRuns(text, source).map((run) => `${slug}: "${run}"`)));
    expect(copied).toEqual([]);
  });

  /** The research desk's notes quote the reporting verbatim: those excerpts, and the desk's
   * own summaries, are not ours to repeat outside quotation marks either. */
  it.skipIf(!existsSync(`${sourcesDir}LEADS.md`))('repeats no run of 12 words from the research notes or the excerpts they quote', () => {
    const notes = ['LEADS.md', 'FACTS.md'].map((name) => readFileSync(sourcesDir + name, 'utf8'));
    const copied = articles.flatMap(({ slug, text }) => notes.flatMap((note) => sharedRuns(text, note, 12, { sourceQuotations: true }).map((run) => `${slug}: "${run}"`)));
    expect(copied).toEqual([]);
  });

  /** A translation's Japanese prose is compared by characters (Japanese has no spaces between
   * words) with every Japanese excerpt of the source records and with the research desk's 2026
   * notes, which quote Japanese reporting: a run of 20 characters outside 「」 and quotation
   * marks, and outside the notes, is copied. */
  it('repeats no run of 20 Japanese characters from a Japanese excerpt or the research notes in a translation', () => {
    const translations = articles.filter(({ slug }) => slug.endsWith('.ja'));
    expect(translations.length).toBeGreaterThanOrEqual(1);
    const excerpts = readdirSync(recordsDir)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => parse(readFileSync(recordsDir + name, 'utf8')) as { language: string; excerpts?: { text: string }[] })
      .filter((record) => record.language === 'ja')
      .flatMap((record) => (record.excerpts ?? []).map((excerpt) => excerpt.text));
    expect(excerpts.length).toBeGreaterThan(10);
    const leads = existsSync(`${sourcesDir}LEADS-2026.md`) ? [readFileSync(`${sourcesDir}LEADS-2026.md`, 'utf8')] : [];
    const copied = translations.flatMap(({ slug, text }) => [
      ...sharedCharacterRuns(text, excerpts.join('\n'), 20, { sourceQuotations: true }).map((run) => `${slug}: 「${run}」 (an excerpt)`),
      ...leads.flatMap((note) => sharedCharacterRuns(text, note, 20, { sourceQuotations: true }).map((run) => `${slug}: 「${run}」 (LEADS-2026.md)`)),
    ]);
    expect(copied).toEqual([]);
  });

  it('has an article for every exercise in the data, and data for every exercise article', () => {
    const slugs = new Set(articles.map((article) => article.slug));
    expect(exercises.filter((exercise) => !slugs.has(exercise.article)).map((exercise) => exercise.name)).toEqual([]);
    expect([...new Set(exercises.map((exercise) => exercise.article))].sort()).toEqual([
      'coast-guard-exercises',
      'cobra-gold',
      'dharma-guardian',
      'jimex',
      'kakadu',
      'khaan-quest',
      'komodo',
      'malabar',
      'mine-countermeasures',
      'multilateral-exercises',
      'passage-exercises',
      'rimpac',
      'sea-dragon',
      'shinyuu-maitri',
      'tarang-shakti',
      'veer-guardian',
    ]);
  });
});
