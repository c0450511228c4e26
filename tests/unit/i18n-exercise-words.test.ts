/** The record's words in Japanese: the pure functions that word roles, statuses, dates and
 * counts answer in the page's language, and the data page explains every column in Japanese. */
import { describe, expect, it } from 'vitest';
import { ja } from '../../src/i18n/ja.ts';
import { EDITION_COLUMNS } from '../../src/pure/dataset.ts';
import { EDITION_NOTE_COLUMNS, PLACE_COLUMNS } from '../../src/pure/dataset-tables.ts';
import { editionWithDates, servicesText, whyNoneJoint } from '../../src/pure/exercise-text.ts';
import { editionDates, groupByService, ordinal } from '../../src/pure/exercises.ts';
import { otherEditionsText } from '../../src/pure/record-counts.ts';
import { editionCaveat, roleWords, statusWords } from '../../src/pure/roles.ts';

describe('the record in Japanese', () => {
  it('words roles, statuses and caveats', () => {
    expect(roleWords('observer', undefined, 'ja')).toBe('オブザーバーのみ');
    expect(roleWords('limited', 'additional participant', 'ja')).toBe('限定的な参加（出典の表現は“additional participant”）');
    expect(statusWords('planned', 'ja')).toBe('計画段階（実施の報告なし）');
    expect(editionCaveat({ roles: { india: 'host', japan: 'observer' }, status: 'unconfirmed' }, 'ja')).toBe('実施は未確認／インド：主催、日本：オブザーバーのみ');
    expect(editionCaveat({ roles: { india: 'host', japan: 'observer' }, status: 'unconfirmed' })).toBe('not confirmed as held; India: host; Japan: observer only');
  });

  it('writes dates and ranges as Japanese readers do', () => {
    expect(editionDates({ start: '2018-11-01', end: '2018-11-14', year: 2018 }, 'ja')).toBe('2018年11月1日～14日');
    expect(editionDates({ start: '2019-10-19', end: '2019-11-02', year: 2019 }, 'ja')).toBe('2019年10月19日～11月2日');
    expect(editionDates({ start: '2019-12-30', end: '2020-01-02', year: 2019 }, 'ja')).toBe('2019年12月30日～2020年1月2日');
    expect(editionDates({ year: 2026 }, 'ja')).toBe('2026年');
    expect(editionWithDates({ label: 'Kakadu 2026', year: 2026, status: 'planned' }, 'ja')).toBe('Kakadu 2026（2026年、計画段階（実施の報告なし））');
    expect(ordinal(3, 'ja')).toBe('第3回');
  });

  it('counts and names services', () => {
    expect(otherEditionsText({ observerOnly: 9, notHeld: 2 }, 'ja')).toBe('ほかの9回は一方がオブザーバーのみか不参加、2回は計画段階か実施未確認');
    expect(otherEditionsText({ observerOnly: 1, notHeld: 1 })).toBe('in 1 other one of the two only observed or was absent; 1 other is planned or not confirmed as held');
    expect(servicesText(['navy', 'air-force'], 'ja')).toBe('海軍・空軍');
    expect(servicesText(['navy', 'air-force'])).toBe('Navy and air force');
    expect(groupByService([{ services: ['army'] }], 'ja')[0]?.heading).toBe('陸軍');
    expect(whyNoneJoint({ editions: [{ label: 'A', year: 2020, roles: { india: 'participant', japan: 'observer' } } as never] }, 'ja')).toBe('日本：オブザーバーのみ');
  });

  it('explains every column of the CSV files in Japanese', () => {
    const tables = { editions: EDITION_COLUMNS, places: PLACE_COLUMNS, notes: EDITION_NOTE_COLUMNS } as const;
    for (const [key, columns] of Object.entries(tables) as [keyof typeof tables, typeof EDITION_COLUMNS][]) {
      expect(Object.keys(ja.data.fields[key]).sort()).toEqual(columns.map(([name]) => name).sort());
    }
  });
});
