import { describe, expect, it } from 'vitest';
import { hostKind, timelineLayout } from '../../src/lib/timeline.ts';
import { loadExercises } from '../support/exercise-data.ts';

const exercises = loadExercises();
const layout = timelineLayout(exercises, { articleHref: (slug) => `/articles/${slug}/` });
const editions = exercises.reduce((total, exercise) => total + exercise.editions.length, 0);

describe('the timeline layout', () => {
  it('draws one mark per edition and one row per series', () => {
    expect(layout.marks).toHaveLength(editions);
    expect(layout.rows.map((row) => row.name)).toEqual(exercises.map((exercise) => exercise.name));
  });

  it('spans every year from the first edition in the data to the latest, gaps included', () => {
    expect(layout.years[0]?.year).toBe(1992);
    expect(layout.years.at(-1)?.year).toBe(Math.max(...exercises.flatMap((exercise) => exercise.editions.map((edition) => edition.year))));
    const dharma = exercises.findIndex((exercise) => exercise.name === 'Dharma Guardian');
    const row = layout.rows[dharma]?.y;
    const years = layout.marks.filter((mark) => mark.y === row).map((mark) => layout.years.find((year) => year.x === mark.x)?.year);
    expect(years).toEqual([2018, 2019, 2022, 2023, 2024, 2025, 2026]);
  });

  it('links each mark to its edition and describes it in words', () => {
    const mark = layout.marks.find((candidate) => candidate.href === '/articles/jimex/#edition-jimex-24');
    expect(mark?.text).toBe('JIMEX-24: June 2024, Yokosuka, hosted by Japan');
    expect(mark?.host).toBe('japan');
  });

  it('sorts hosts into India, Japan, another country or unknown', () => {
    expect(['India', 'Japan', 'Australia', undefined].map(hostKind)).toEqual(['india', 'japan', 'other', 'unknown']);
  });
});
