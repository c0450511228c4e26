import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FootnoteDefinition, Link } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleParser } from '../../src/content-lint/processor.ts';
import { sharedRuns } from '../support/shared-runs.ts';

const articlesDir = fileURLToPath(new URL('../../content/articles/', import.meta.url));
const exercisesDir = fileURLToPath(new URL('../../content/exercises/', import.meta.url));
/** The research desk's documents sit beside the repository (CI has them); the originality
 * check needs their text, which is not ours to copy into this repository. */
const sourcesDir = process.env['SOURCES_DIR'] ?? fileURLToPath(new URL('../../../shared/sources/', import.meta.url));

const articles = readdirSync(articlesDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ slug: name.replace(/\.md$/, ''), text: readFileSync(articlesDir + name, 'utf8') }));
const exercises = readdirSync(exercisesDir).map((name) => parse(readFileSync(exercisesDir + name, 'utf8')) as { name: string; aliases: string[]; article: string });

/** Sources cited without a URL, because none is given for them: the paper and the news item. */
const SOURCES_WITHOUT_URL = [
  /^Simran Walia, "India-Japan Defence Collaboration: Emphasis on Defence Exercises and Defence Technology", \*Manohar Parrikar Institute for Defence Studies and Analyses\*, New Delhi, 2025\.$/,
  /^"India and Japan Deepen Strategic Defense Partnership", news report\.$/,
];

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

  it('cites a source in every footnote: a URL, or a source for which none exists', () => {
    const unsourced: string[] = [];
    for (const { slug, text } of articles) {
      visit(articleParser().parse(text), 'footnoteDefinition', (note: FootnoteDefinition) => {
        const links: string[] = [];
        visit(note, 'link', (link: Link) => void links.push(link.url));
        const citation = toString(note);
        const markdown = text.slice(note.position?.start.offset ?? 0, note.position?.end.offset ?? 0).replace(/^\[\^[^\]]+\]:\s*/, '');
        if (links.some((url) => /^https?:\/\//.test(url))) return;
        if (!SOURCES_WITHOUT_URL.some((pattern) => pattern.test(markdown))) unsourced.push(`${slug} [^${note.label ?? ''}]: ${citation}`);
      });
    }
    expect(unsourced).toEqual([]);
  });

  it('has an article for every exercise in the data, and data for every exercise article', () => {
    const slugs = new Set(articles.map((article) => article.slug));
    expect(exercises.filter((exercise) => !slugs.has(exercise.article)).map((exercise) => exercise.name)).toEqual([]);
    expect([...new Set(exercises.map((exercise) => exercise.article))].sort()).toEqual([
      'coast-guard-exercises',
      'dharma-guardian',
      'jimex',
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

  it('links an exercise named in an article to the exercise’s own article', () => {
    const missing: string[] = [];
    for (const { slug, text } of articles) {
      const body = text.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^\[\^[^\]]+\]:.*$/gm, '');
      for (const exercise of exercises) {
        if (exercise.article === slug) continue;
        const named = new RegExp(`\\b${exercise.name.replace(/ /g, '[ -]')}\\b`).test(body);
        if (named && !body.includes(`](/articles/${exercise.article}/`)) missing.push(`${slug} names ${exercise.name} without linking /articles/${exercise.article}/`);
      }
    }
    expect(missing).toEqual([]);
  });
});
