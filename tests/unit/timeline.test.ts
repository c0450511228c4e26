import { describe, expect, it } from 'vitest';
import { axisColumns, hostKind, hostShape, timelineLayout, yearLabels } from '../../src/pure/timeline.ts';
import { loadExercises } from '../support/exercise-data.ts';

const exercises = loadExercises();
const layout = timelineLayout(exercises, { articleHref: (slug) => `/articles/${slug}/` });
const editions = exercises.reduce((total, exercise) => total + exercise.editions.length, 0);

describe('the timeline layout', () => {
  it('draws one mark per edition and one row per series', () => {
    expect(layout.marks).toHaveLength(editions);
    expect(layout.rows.map((row) => row.name)).toEqual(exercises.map((exercise) => exercise.name));
  });

  it('spans every year from the first edition in the data to the latest, long gaps folded', () => {
    expect(layout.years[0]?.year).toBe(1992);
    expect(layout.years[1]).toMatchObject({ year: 1993, gapTo: 2006 });
    expect(layout.years.at(-1)?.year).toBe(Math.max(...exercises.flatMap((exercise) => exercise.editions.map((edition) => edition.year))));
    const dharma = exercises.findIndex((exercise) => exercise.name === 'Dharma Guardian');
    const row = layout.rows[dharma]?.y;
    const years = layout.marks.filter((mark) => mark.y === row).map((mark) => layout.years.find((year) => year.x === mark.x)?.year);
    expect(years).toEqual([2018, 2019, 2022, 2023, 2024, 2025, 2026]);
  });

  it('links each mark to its edition and describes it in words, saying when one country only observed', () => {
    const mark = layout.marks.find((candidate) => candidate.href === '/articles/jimex/#edition-jimex-24');
    expect(mark?.text).toMatch(/^JIMEX-24: June 2024, Yokosuka.*, hosted by Japan$/);
    expect(mark?.host).toBe('japan');
    const observed = layout.marks.find((candidate) => candidate.href === '/articles/multilateral-exercises/#edition-cope-india-2023');
    expect(observed).toMatchObject({ joint: false, text: expect.stringMatching(/\(India: host; Japan: observer only\)$/) });
  });

  it('stacks editions of one series in one year, each with a target of its own', () => {
    const marks = new Map<string, number[]>();
    for (const mark of layout.marks) marks.set(`${mark.x}`, [...(marks.get(`${mark.x}`) ?? []), mark.y]);
    for (const ys of marks.values()) {
      const sorted = [...ys].sort((a, b) => a - b);
      for (let index = 1; index < sorted.length; index++) expect((sorted[index] ?? 0) - (sorted[index - 1] ?? 0)).toBeGreaterThanOrEqual(24);
    }
  });

  it('folds three or more years without an edition into one column, and no shorter gap', () => {
    const columns = axisColumns(new Set([2000, 2002, 2006, 2007]), 100, 20);
    expect(columns.map((column) => [column.year, column.gapTo])).toEqual([
      [2000, undefined],
      [2001, undefined],
      [2002, undefined],
      [2003, 2005],
      [2006, undefined],
      [2007, undefined],
    ]);
    expect(columns.map((column) => column.x)).toEqual([110, 130, 150, 170, 190, 210]);
  });

  it('sorts hosts into India, Japan, another country or unknown, each with its shape', () => {
    expect(['India', 'Japan', 'Australia', undefined].map(hostKind)).toEqual(['india', 'japan', 'other', 'unknown']);
    expect((['india', 'japan', 'other', 'unknown'] as const).map(hostShape)).toEqual(['circle', 'square', 'diamond', 'circle']);
  });

  it('prints the first year, every fifth, the first after a gap, and the last when no label is near', () => {
    const printed = (years: number[]) => yearLabels(axisColumns(new Set(years), 0, 20)).filter((column) => column.labelled).map((column) => column.year);
    expect(printed([2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008])).toEqual([2001, 2005, 2008]);
    expect(printed([2001, 2002, 2003, 2004, 2005, 2006])).toEqual([2001, 2005]);
    expect(printed([1992, 2007, 2008, 2011])).toEqual([1992, 2007, 2010]);
    expect(yearLabels(axisColumns(new Set([1992, 2007]), 0, 20)).find((column) => column.gapTo !== undefined)?.labelled).toBe(false);
  });
});
