/**
 * What the pages say about the record equals the data: the counts on the home page and the
 * exercises index, one row per edition on its series' page, and an observer shown as one.
 */
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { editionId } from '../../src/pure/exercises.ts';
import { editionRoles, jointEditions } from '../../src/pure/roles.ts';
import { listPages, readPage } from '../support/built-site.ts';
import { loadExercises } from '../support/exercise-data.ts';

const exercises = loadExercises();
const pages = listPages();
const page = (url: string) => {
  const found = pages.find((candidate) => candidate.url.endsWith(url));
  if (!found) throw new Error(`No built page ${url}`);
  return readPage(found).tree;
};
const editionCount = exercises.reduce((total, exercise) => total + exercise.editions.length, 0);
const jointCount = exercises.reduce((total, exercise) => total + jointEditions(exercise).length, 0);

describe('counts and rows drawn from the data', () => {
  it('states the series, edition and joint-edition counts of the data on the exercises index', () => {
    const lead = select('[data-record-counts]', page('/exercises/'));
    expect(lead?.properties['dataRecordCounts']).toBe(`${exercises.length} ${editionCount} ${jointCount}`);
    const text = toString(lead ?? { type: 'root', children: [] }).replace(/\s+/g, ' ');
    expect(text).toContain(`${exercises.length} exercise series and ${editionCount} editions`);
    expect(text).toContain(`both took part in ${jointCount} of those editions`);
  });

  it('lists every series once on the exercises index, in a table of its service', () => {
    const rows = selectAll('.series-table tbody th[scope="row"]', page('/exercises/')).map((cell) => toString(cell).trim());
    expect(rows.sort()).toEqual(exercises.map((exercise) => exercise.name).sort());
  });

  it('states the same counts on the home page', () => {
    const text = toString(page('/')).replace(/\s+/g, ' ');
    expect(text).toContain(`${exercises.length} series and ${editionCount} editions on record`);
  });

  for (const exercise of exercises) {
    it(`shows every edition of ${exercise.name} on its page, with India's and Japan's roles where they differ`, () => {
      const tree = page(`/articles/${exercise.article}/`);
      for (const edition of exercise.editions) {
        const row = select(`tr#${editionId(edition)}`, tree);
        expect(row, edition.label).toBeTruthy();
        const roles = editionRoles(edition);
        for (const [country, role] of Object.entries(roles)) {
          if (role === 'observer' || role === 'absent') expect(toString(row ?? tree), `${edition.label}: ${country}`).toMatch(role === 'observer' ? /observer only/ : /absent/);
        }
      }
    });
  }
});
