/**
 * What the pages say about the record equals the data: every count of joint editions the
 * site prints (home page, exercises index, series tables, infoboxes), counted here from the
 * YAML on its own terms so an observer-only, planned or unconfirmed edition can never be
 * counted as joint; one row per edition on its series' page, an observer, a limited role
 * and a status shown as such; and the record's checked-to day drawn from the data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { editionId } from '../../src/pure/exercises.ts';
import type { Edition } from '../../src/schemas/exercise.ts';
import { DIST, listPages, readPage } from '../support/built-site.ts';
import { loadExercises } from '../support/exercise-data.ts';

const exercises = loadExercises();
const pages = listPages();
const page = (url: string) => {
  const found = pages.find((candidate) => candidate.url.endsWith(url));
  if (!found) throw new Error(`No built page ${url}`);
  return readPage(found).tree;
};
const text = (node: Parameters<typeof toString>[0]) => toString(node).replace(/\s+/g, ' ');

/** Joint, as the issue defines it: reported held, and each country a participant, the host or
 * in a limited role (a bilateral edition without roles: both took part). */
const TAKING_PART = new Set(['participant', 'host', 'limited']);
const joint = (edition: Edition) => edition.status === undefined && (!edition.roles || (TAKING_PART.has(edition.roles.india) && TAKING_PART.has(edition.roles.japan)));
const editionCount = exercises.reduce((total, exercise) => total + exercise.editions.length, 0);
const jointCount = exercises.reduce((total, exercise) => total + exercise.editions.filter(joint).length, 0);
const observed = exercises.flatMap((exercise) => exercise.editions.filter((edition) => !joint(edition)));

describe('counts and rows drawn from the data', () => {
  it('has observer-only or not-held editions, so the counts below can tell them apart', () => {
    expect(observed.length).toBeGreaterThan(0);
    expect(jointCount).toBeLessThan(editionCount);
  });

  it('states the series, edition and joint-edition counts of the data on the exercises index', () => {
    const lead = select('[data-record-counts]', page('/exercises/'));
    expect(lead?.properties['dataRecordCounts']).toBe(`${exercises.length} ${editionCount} ${jointCount}`);
    const words = text(lead ?? { type: 'root', children: [] });
    expect(words).toContain(`${exercises.length} exercise series and ${editionCount} editions`);
    expect(words).toContain(`both took part in ${jointCount} of those editions`);
  });

  it('states the same counts on the home page', () => {
    const words = text(page('/'));
    expect(words).toContain(`${exercises.length} series and ${editionCount} editions on record`);
    expect(words).toContain(`${jointCount} of them joint editions`);
  });

  it('counts each series’ joint editions in its row of the exercises index', () => {
    const rows = selectAll('.series-table tbody tr', page('/exercises/'));
    expect(rows.map((row) => text(select('th', row) ?? row).trim()).sort()).toEqual(exercises.map((exercise) => exercise.name).sort());
    for (const exercise of exercises) {
      const row = rows.find((candidate) => text(select('th', candidate) ?? candidate).trim() === exercise.name);
      const cell = row && selectAll('td', row)[2];
      expect(cell?.properties['dataSort'], exercise.name).toBe(String(exercise.editions.filter(joint).length).padStart(3, '0'));
    }
  });

  it('counts joint editions in every infobox as the data does', () => {
    for (const exercise of exercises.filter((each) => !each.section)) {
      const box = select('.infobox', page(`/articles/${exercise.article}/`));
      if (!box || !text(box).includes('both took part')) continue;
      expect(text(box), exercise.name).toContain(`both took part in ${exercise.editions.filter(joint).length} of ${exercise.editions.length}`);
    }
  });

  for (const exercise of exercises) {
    it(`shows every edition of ${exercise.name} on its page, with its host, and roles and status where they are not a plain joint edition`, () => {
      const tree = page(`/articles/${exercise.article}/`);
      for (const edition of exercise.editions) {
        const row = select(`tr#${editionId(edition)}`, tree);
        expect(row, edition.label).toBeTruthy();
        const words = text(row ?? tree);
        for (const country of ['india', 'japan'] as const) {
          const role = edition.roles?.[country];
          if (role === 'observer') expect(words, `${edition.label}: ${country}`).toMatch(/observer only/);
          if (role === 'absent') expect(words, `${edition.label}: ${country}`).toMatch(/absent/);
          if (role === 'limited') expect(words, `${edition.label}: ${country}`).toContain(`limited part (“${edition.roleWording?.[country] ?? ''}”)`);
        }
        if (edition.status === 'planned') expect(words, edition.label).toContain('planned, not yet reported held');
        if (edition.status === 'unconfirmed') expect(words, edition.label).toContain('not confirmed as held');
        // Its host, or why none is recorded: never a blank.
        const host = text(select('td[data-label="Host"]', row ?? tree) ?? tree);
        expect(host, edition.label).toBe(edition.host ?? `not recorded: ${edition.hostUnrecorded ?? ''}`);
      }
    });
  }
});

describe('the record says how current it is', () => {
  const reviewed = exercises.map((exercise) => exercise.reviewed);
  const checkedTo = [...reviewed].sort()[0] ?? '';

  it('has a review day in every series', () => {
    expect(reviewed.every((day) => typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day))).toBe(true);
  });

  it('prints the earliest review day on the home page, the exercises index and /data/', () => {
    const formatted = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${checkedTo}T00:00:00Z`));
    for (const url of ['/', '/exercises/', '/data/']) {
      const mark = select('[data-record-checked-to]', page(url));
      expect(mark?.properties['dataRecordCheckedTo'], url).toBe(checkedTo);
      expect(text(mark ?? { type: 'root', children: [] }), url).toBe(`Record checked to ${formatted}.`);
      // A sentence of its own: set off from the one before it ("held. Record", never "held.Record").
      expect(text(page(url)), url).not.toMatch(/[^\s(]Record checked to/);
    }
  });

  it('names that day in the dataset', () => {
    const dataset = JSON.parse(readFileSync(join(DIST, 'data', 'exercises.json'), 'utf8')) as { checkedTo: string };
    expect(dataset.checkedTo).toBe(checkedTo);
  });
});
