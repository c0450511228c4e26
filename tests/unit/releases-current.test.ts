/**
 * The data as it stands against its releases (content/releases/): any change since the newest
 * release fails here until a release records it, and no id a release published may vanish
 * without a `removed` entry saying why.
 */
import { describe, expect, it } from 'vitest';
import { readCurrentSnapshot, readReleases, readSharedEditionIds } from '../../src/corpus/release-files.ts';
import { describeDiff, diffSnapshots, removalProblems } from '../../src/pure/release-diff.ts';
import { NO_RECORDS, nextVersion } from '../../src/pure/release-snapshot.ts';

const releases = readReleases();
const current = readCurrentSnapshot();

describe('the data and its releases', () => {
  it('keeps at least one release', () => {
    expect(releases.length).toBeGreaterThan(0);
  });

  it('gives every edition an id of its own across the whole data', () => {
    expect(readSharedEditionIds(), 'Two editions share an id: give one a distinct label').toEqual([]);
  });

  it('holds nothing the newest release does not', () => {
    const newest = releases[0];
    const diff = diffSnapshots(newest?.snapshot ?? NO_RECORDS, current);
    const changes = describeDiff(diff);
    const removes = diff.series.removed.length + diff.editions.removed.length + diff.sources.removed.length > 0;
    const message = [
      `The data has changed since release ${newest?.version ?? '(none)'}, and no release records it:`,
      ...changes.map((change) => `  ${change}`),
      `Cut release ${nextVersion(newest?.version, removes)}: npm run data:release -- --summary "<one line: what changed>"`,
      ...(removes ? ['  (with --removed \'<id>=<why>\' for each removed id, and --replaced-by \'<id>=<new id>\' for a rename)'] : []),
      'then commit content/releases/ with the data.',
    ].join('\n');
    expect(changes, message).toEqual([]);
  });

  it('keeps every published id, or says in a release why it went', () => {
    const { unexplained, badReplacements } = removalProblems(releases, current);
    const message = [
      ...unexplained.map(({ kind, id, lastIn }) => `${kind}: ${id}, published in release ${lastIn}, is no longer in the data and no release's \`removed\` names it.`),
      ...badReplacements.map(({ id, replacedBy }) => `${id} is replaced by ${replacedBy ?? ''}, which is not in the data.`),
      'Restore the id, or cut a release that says why it went: npm run data:release -- --summary "…" --removed \'<id>=<why>\' [--replaced-by \'<id>=<new id>\'].',
    ].join('\n');
    expect(unexplained.length + badReplacements.length, message).toBe(0);
  });
});
