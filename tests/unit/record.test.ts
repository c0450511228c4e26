/**
 * The record as a whole (issue 12): every series is covered by a page or a section, every
 * edition cites a note, every multilateral edition says what India and Japan did, and no
 * sentence of prose calls something the latest, or counts editions, without saying when.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { anchorIds } from '../../src/content-lint/anchor-ids.ts';
import { articleParser } from '../../src/content-lint/processor.ts';
import { isJoint } from '../../src/pure/roles.ts';
import { loadExercises } from '../support/exercise-data.ts';

const articlesDir = fileURLToPath(new URL('../../content/articles/', import.meta.url));
const articles = new Map(
  readdirSync(articlesDir)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => [name.replace(/\.mdx?$/, ''), readFileSync(articlesDir + name, 'utf8')]),
);
const exercises = loadExercises();

/** Words that date a sentence the day it is written. */
const DATED = /\b(latest|most recent|to date|so far|currently|at present|up to now)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) (?:editions|exercises|meetings) (?:have|has) been\b/i;

/** Sentences of an article's prose (frontmatter, notes and quotations left out). */
function sentences(markdown: string): string[] {
  const prose = markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^\[\^[^\]]+\]:.*$/gm, '')
    .replace(/["“][^"”\n]*["”]/g, '""');
  return prose.split(/(?<=[.!?])\s+|\n{2,}/).filter((sentence) => sentence.trim() !== '');
}

describe('the record', () => {
  it('holds at least 75 editions in at least 16 series', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(16);
    expect(exercises.reduce((total, exercise) => total + exercise.editions.length, 0)).toBeGreaterThanOrEqual(75);
  });

  it('covers every series with an article or a section of one', () => {
    const uncovered = exercises.filter((exercise) => {
      const text = articles.get(exercise.article);
      if (text === undefined) return true;
      return exercise.section !== undefined && !anchorIds(articleParser().parse(text)).has(exercise.section);
    });
    expect(uncovered.map((exercise) => exercise.name)).toEqual([]);
  });

  it('gives a series of three or more joint editions an article of its own', () => {
    const shared = exercises.filter((exercise) => exercise.section !== undefined && exercise.editions.filter(isJoint).length >= 3);
    expect(shared.map((exercise) => exercise.name)).toEqual([]);
  });

  it('cites at least one note for every edition', () => {
    const bare = exercises.flatMap((exercise) => exercise.editions.filter((edition) => edition.notes.length === 0).map((edition) => edition.label));
    expect(bare).toEqual([]);
  });

  it('records India’s and Japan’s roles in every multilateral edition', () => {
    const unrecorded = exercises.flatMap((exercise) =>
      exercise.editions.filter((edition) => (edition.format ?? exercise.format) === 'multilateral' && edition.roles === undefined).map((edition) => edition.label),
    );
    expect(unrecorded).toEqual([]);
  });

  it('gives every edition a label of its own across the site (labels are anchors)', () => {
    const labels = exercises.flatMap((exercise) => exercise.editions.map((edition) => edition.label.toLowerCase()));
    expect(labels.filter((label, index) => labels.indexOf(label) !== index)).toEqual([]);
  });

  it('dates every "latest", "to date" or count of editions in prose with "as of"', () => {
    const undated = [...articles].flatMap(([slug, text]) =>
      sentences(text)
        .filter((sentence) => DATED.test(sentence) && !/\bas of\b/i.test(sentence))
        .map((sentence) => `${slug}: ${sentence.trim().slice(0, 140)}`),
    );
    expect(undated).toEqual([]);
  });
});
