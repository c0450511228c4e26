/**
 * The dataset's changelog, on a fixture pair of releases (tests/fixtures/releases/kept/):
 * 2.0 adds a series, an edition and a source, removes a source, renames an edition and
 * changes fields of what stays; and a published id that disappears without a `removed`
 * entry is caught.
 */
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readReleases } from '../../src/corpus/release-files.ts';
import { judgeName, RELEASE_FILES } from '../../src/pure/content-names.ts';
import { changelog, describeDiff, diffSnapshots, isUnchanged, removalProblems } from '../../src/pure/release-diff.ts';
import { changesPath, releaseAnchor, releasePath } from '../../src/pure/paths.ts';
import { compareVersions, nextVersion, NO_RECORDS, recordName, recordNameLang, releaseListProblems, serializeSnapshot, sharedEditionIds, snapshotOf } from '../../src/pure/release-snapshot.ts';
import { snapshotSchema } from '../../src/schemas/release.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/releases/', import.meta.url));
const KEPT = join(FIXTURES, 'kept');
const releases = readReleases(KEPT);
const [second, first] = releases;
if (!first || !second) throw new Error('the fixture holds two releases');
const withoutSrcOne = snapshotSchema.parse(JSON.parse(readFileSync(join(FIXTURES, 'current-without-src-one.json'), 'utf8')));

describe('comparing two releases', () => {
  it('lists the ids added and removed, and the fields changed, kind by kind', () => {
    expect(diffSnapshots(first.snapshot, second.snapshot)).toEqual({
      series: { added: ['beta'], removed: [], changed: [{ id: 'alpha', fields: ['summary'] }] },
      editions: { added: ['edition-alpha-21', 'edition-beta-2022'], removed: ['edition-alpha-2021'], changed: [{ id: 'edition-alpha-2020', fields: ['places', 'remark'] }] },
      sources: { added: ['src-three'], removed: ['src-two'], changed: [] },
    });
  });

  it('finds no change between a release and itself, whatever the order of keys', () => {
    const reordered = { ...second.snapshot, series: Object.fromEntries(Object.entries(second.snapshot.series).map(([id, fields]) => [id, Object.fromEntries(Object.entries(fields).reverse())])) };
    expect(isUnchanged(diffSnapshots(second.snapshot, reordered))).toBe(true);
    expect(isUnchanged(diffSnapshots(first.snapshot, second.snapshot))).toBe(false);
  });

  it('names every changed id in its description', () => {
    expect(describeDiff(diffSnapshots(first.snapshot, second.snapshot))).toEqual([
      'series: beta (added)',
      'series: alpha (changed: summary)',
      'editions: edition-alpha-21 (added)',
      'editions: edition-beta-2022 (added)',
      'editions: edition-alpha-2021 (removed)',
      'editions: edition-alpha-2020 (changed: places, remark)',
      'sources: src-three (added)',
      'sources: src-two (removed)',
    ]);
  });

  it('makes the changelog newest first, each release against the one before and the first against nothing', () => {
    const entries = changelog(releases);
    expect(entries.map((entry) => entry.version)).toEqual(['2.0', '1.0']);
    expect(entries[0]?.changes).toEqual(diffSnapshots(first.snapshot, second.snapshot));
    expect(entries[0]?.removed?.find((removal) => removal.id === 'edition-alpha-2021')?.replacedBy).toBe('edition-alpha-21');
    expect(entries[1]?.changes).toEqual(diffSnapshots(NO_RECORDS, first.snapshot));
    expect(entries[1]?.changes.editions.added).toEqual(['edition-alpha-2020', 'edition-alpha-2021']);
  });
});

describe('published ids', () => {
  it('may leave the data with a removed entry, and a renamed one names its replacement', () => {
    expect(removalProblems(releases, second.snapshot)).toEqual({ unexplained: [], badReplacements: [] });
  });

  it('may not disappear without a removed entry naming them', () => {
    expect(removalProblems(releases, withoutSrcOne).unexplained).toEqual([{ kind: 'sources', id: 'src-one', lastIn: '2.0' }]);
    const forgotten = releases.map((release) => ({ ...release, removed: release.removed?.filter((removal) => removal.id !== 'edition-alpha-2021') }));
    expect(removalProblems(forgotten, second.snapshot).unexplained).toEqual([{ kind: 'editions', id: 'edition-alpha-2021', lastIn: '1.0' }]);
  });

  it('may not be replaced by an id the data does not hold', () => {
    const astray = releases.map((release) => ({ ...release, removed: release.removed?.map((removal) => ({ ...removal, replacedBy: removal.replacedBy && 'edition-nowhere' })) }));
    expect(removalProblems(astray, second.snapshot).badReplacements.map((removal) => removal.id)).toEqual(['edition-alpha-2021']);
  });
});

describe('snapshots and versions', () => {
  it('keys editions by editionId() and keeps each record as written, its series named', () => {
    const snapshot = snapshotOf([{ stem: 'alpha', data: { name: 'Alpha', editions: [{ label: 'Alpha 2020', year: 2020 }] } }], [{ stem: 'src-one', data: { id: 'src-one', title: 'One' } }]);
    expect(snapshot).toEqual({ series: { alpha: { name: 'Alpha' } }, editions: { 'edition-alpha-2020': { series: 'alpha', label: 'Alpha 2020', year: 2020 } }, sources: { 'src-one': { id: 'src-one', title: 'One' } } });
  });

  it('refuses a data file that holds no series, an edition without a label, and a source that is no record', () => {
    expect(() => snapshotOf([{ stem: 'alpha', data: ['a list'] }], [])).toThrow('content/exercises/alpha.yaml holds no series');
    expect(() => snapshotOf([{ stem: 'alpha', data: { name: 'Alpha', editions: [{ year: 2020 }] } }], [])).toThrow('an edition without a label');
    expect(() => snapshotOf([], [{ stem: 'src-one', data: 'text' }])).toThrow('content/sources/src-one.yaml holds no record');
  });

  it('finds an edition id two series share', () => {
    const exercises = [
      { stem: 'alpha', data: { editions: [{ label: 'Sea Drill 2020' }, { year: 2021 }] } },
      { stem: 'beta', data: { editions: [{ label: 'Sea drill 2020' }, { label: 'Beta 2021' }] } },
      { stem: 'gamma', data: 'no series' },
    ];
    expect(sharedEditionIds(exercises)).toEqual(['edition-sea-drill-2020 in alpha, beta']);
  });

  it('names a record as readers know it', () => {
    expect(recordName('editions', second.snapshot.editions['edition-alpha-21'])).toBe('Alpha 21');
    expect(recordName('series', second.snapshot.series['beta'])).toBe('Beta');
    expect(recordName('sources', second.snapshot.sources['src-three'])).toBe('Three');
    expect(recordName('sources', { 'container-title': 'ABP Live' })).toBe('ABP Live');
    expect(recordName('sources', undefined)).toBeUndefined();
  });

  it('gives the language of a record\'s name: a source\'s own, the data\'s English for the rest', () => {
    expect(recordNameLang('sources', { title: '日印共同訓練', language: 'ja' })).toBe('ja');
    expect(recordNameLang('sources', { title: 'Three' })).toBe('en');
    expect(recordNameLang('series', { name: 'Beta', language: 'ja' })).toBe('en');
    expect(recordNameLang('editions', undefined)).toBe('en');
  });

  it('publishes each release at its own address and anchor', () => {
    expect(changesPath()).toBe('/data/changes/');
    expect(releasePath('2.10')).toBe('/data/releases/2.10.json');
    expect(releaseAnchor('2.10')).toBe('release-2-10');
  });

  it('writes one record a line and reads back the same', () => {
    const text = serializeSnapshot(second.snapshot, { version: '2.0' });
    expect(JSON.parse(text)).toEqual({ version: '2.0', ...second.snapshot });
    expect(text.split('\n').filter((line) => line.startsWith('"edition-'))).toHaveLength(3);
  });

  it('takes a major version when ids are removed and a minor one otherwise', () => {
    expect(nextVersion(undefined, false)).toBe('1.0');
    expect(nextVersion('2.9', false)).toBe('2.10');
    expect(nextVersion('2.9', true)).toBe('3.0');
    expect(compareVersions('2.10', '2.9')).toBeGreaterThan(0);
    expect(releaseListProblems([{ version: '1.0', date: '2026-01-01' }, { version: '2.0', date: '2026-02-01' }])).toHaveLength(2);
  });

  it('reads releases.yaml and version-named snapshots only, from the releases folder', () => {
    expect(judgeName('releases.yaml', RELEASE_FILES)).toEqual({ read: true });
    expect(judgeName('2.10.json', RELEASE_FILES)).toEqual({ read: true });
    expect('refuse' in judgeName('2.1.0.json', RELEASE_FILES)).toBe(true);
    expect('refuse' in judgeName('notes.json', RELEASE_FILES)).toBe(true);
  });

  it('refuses a listed release without its snapshot, and a snapshot not listed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'releases-'));
    copyFileSync(join(KEPT, 'releases.yaml'), join(dir, 'releases.yaml'));
    copyFileSync(join(KEPT, '2.0.json'), join(dir, '2.0.json'));
    expect(() => readReleases(dir)).toThrow(/release 1\.0 has no snapshot/);
    copyFileSync(join(KEPT, '1.0.json'), join(dir, '1.0.json'));
    writeFileSync(join(dir, '3.0.json'), serializeSnapshot(NO_RECORDS));
    expect(() => readReleases(dir)).toThrow(/3\.0\.json not in releases\.yaml/);
  });
});
