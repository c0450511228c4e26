import { describe, expect, it } from 'vitest';
import { axisColumns, GAP_LABEL_WIDTH, hostKind, hostShape, timelineKey, timelineLayout, YEAR_LABEL_WIDTH, yearLabels } from '../../src/pure/timeline.ts';
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

  it('prints the first year, every fifth, the first after a gap, and the last when no label is in the way', () => {
    const printed = (years: number[]) => yearLabels(axisColumns(new Set(years), 0, 24)).filter((column) => column.labelled).map((column) => column.year);
    expect(printed([2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008])).toEqual([2001, 2005, 2008]);
    expect(printed([2001, 2002, 2003, 2004, 2005, 2006])).toEqual([2001, 2005]);
    expect(printed([1992, 2007, 2008, 2011])).toEqual([1992, 2007, 2010]);
    expect(yearLabels(axisColumns(new Set([1992, 2007]), 0, 20)).find((column) => column.gapTo !== undefined)?.labelled).toBe(false);
  });

  it('never prints two labels that overlap, the gaps’ “…” included (Malabar once printed 2014 over 2015)', () => {
    const malabar = exercises.find((exercise) => exercise.name === 'Malabar');
    const own = timelineLayout(malabar ? [malabar] : [], { articleHref: (slug) => slug }).years;
    const printed = own.filter((column) => column.labelled).map((column) => column.year);
    expect(printed).toContain(2014);
    expect(printed).not.toContain(2015);
    // Every axis of 1 to 30 active years between 1990 and 2030, drawn from a fixed seed.
    let seed = 20261205;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let trial = 0; trial < 300; trial++) {
      const active = new Set(Array.from({ length: 1 + Math.floor(random() * 30) }, () => 1990 + Math.floor(random() * 40)));
      const years = yearLabels(axisColumns(active, 100, 24));
      const boxes = years
        .filter((column) => column.labelled || column.gapTo !== undefined)
        .map((column) => ({ year: column.year, half: (column.gapTo === undefined ? YEAR_LABEL_WIDTH : GAP_LABEL_WIDTH) / 2, x: column.x }));
      for (const [index, box] of boxes.entries()) {
        for (const other of boxes.slice(index + 1)) expect(Math.abs(box.x - other.x), `${String(box.year)} and ${String(other.year)}`).toBeGreaterThanOrEqual(box.half + other.half);
      }
      expect(years[0]?.labelled).toBe(true);
    }
  });

  it('keys only the marks a chart uses', () => {
    const dharma = exercises.filter((exercise) => exercise.name === 'Dharma Guardian');
    expect(timelineKey(dharma)).toEqual({ hosts: ['india', 'japan'], observed: false });
    const kakadu = exercises.filter((exercise) => exercise.name === 'Kakadu');
    expect(timelineKey(kakadu).hosts).toEqual(['other']);
    expect(timelineKey(kakadu).observed).toBe(true);
    expect(timelineKey(exercises)).toEqual({ hosts: ['india', 'japan', 'other', 'unknown'], observed: true });
    expect(timelineKey([])).toEqual({ hosts: [], observed: false });
  });

  it('says where a chart’s first edition is, so a chart on a shared axis opens there', () => {
    const army = exercises.filter((exercise) => exercise.services.includes('army'));
    const activeYears = exercises.flatMap((exercise) => exercise.editions.map((edition) => edition.year));
    const shared = timelineLayout(army, { articleHref: (slug) => slug, activeYears });
    const first = Math.min(...army.flatMap((exercise) => exercise.editions.map((edition) => edition.year)));
    expect(shared.firstEditionLeft).toBe((shared.years.find((column) => column.year === first)?.x ?? 0) - 12);
    expect(layout.firstEditionLeft).toBe(layout.labelWidth);
    expect(timelineLayout([], { articleHref: (slug) => slug, activeYears: [2020] }).firstEditionLeft).toBe(100);
  });
});
