/**
 * What changed between two releases of the dataset: which series, editions and sources were
 * added or removed, and which fields of the rest changed. The changelog (/data/changes/ and
 * /data/changes.json) is each release compared with the one before it, and the build compares
 * the data as it stands with the newest release. A published id may leave the data only with
 * a `removed` entry in the release that drops it; removals() finds any that left without one.
 */
import type { Release, Removal, Snapshot } from '../schemas/release.ts';
import { NO_RECORDS } from './release-snapshot.ts';

export const RECORD_KINDS = ['series', 'editions', 'sources'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface FieldChange {
  id: string;
  /** The names of the fields added, removed or changed, sorted. */
  fields: string[];
}

export interface KindDiff {
  added: string[];
  removed: string[];
  changed: FieldChange[];
}

export type SnapshotDiff = Record<RecordKind, KindDiff>;

/** JSON with keys sorted at every depth: two values are equal when these are. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, child]) => `${JSON.stringify(key)}:${canonical(child)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => canonical(before[name]) !== canonical(after[name])).sort();
}

function diffKind(before: Snapshot[RecordKind], after: Snapshot[RecordKind]): KindDiff {
  const has = (records: Snapshot[RecordKind], id: string) => Object.hasOwn(records, id);
  const added = Object.keys(after).filter((id) => !has(before, id)).sort();
  const removed = Object.keys(before).filter((id) => !has(after, id)).sort();
  const changed = Object.keys(after)
    .filter((id) => has(before, id))
    .sort()
    .flatMap((id) => {
      const fields = changedFields(before[id] ?? {}, after[id] ?? {});
      return fields.length ? [{ id, fields }] : [];
    });
  return { added, removed, changed };
}

/** What `after` adds, removes and changes against `before`, kind by kind. */
export function diffSnapshots(before: Snapshot, after: Snapshot): SnapshotDiff {
  return { series: diffKind(before.series, after.series), editions: diffKind(before.editions, after.editions), sources: diffKind(before.sources, after.sources) };
}

/** Whether the diff holds no change at all. */
export function isUnchanged(diff: SnapshotDiff): boolean {
  return RECORD_KINDS.every((kind) => !diff[kind].added.length && !diff[kind].removed.length && !diff[kind].changed.length);
}

/** Every id the diff names, as "editions: edition-x (changed: year, places)", one a line. */
export function describeDiff(diff: SnapshotDiff): string[] {
  return RECORD_KINDS.flatMap((kind) => [
    ...diff[kind].added.map((id) => `${kind}: ${id} (added)`),
    ...diff[kind].removed.map((id) => `${kind}: ${id} (removed)`),
    ...diff[kind].changed.map(({ id, fields }) => `${kind}: ${id} (changed: ${fields.join(', ')})`),
  ]);
}

/** A release with its snapshot. */
export interface KeptRelease extends Release {
  snapshot: Snapshot;
}

/** A release in the changelog: what it changed against the release before it. */
export interface ChangelogEntry extends Release {
  changes: SnapshotDiff;
}

/** Each release (newest first, as kept) compared with the one before it; the first with nothing. */
export function changelog(releases: readonly KeptRelease[]): ChangelogEntry[] {
  return releases.map(({ snapshot, ...release }, index) => ({ ...release, changes: diffSnapshots(releases[index + 1]?.snapshot ?? NO_RECORDS, snapshot) }));
}

/** A published id missing from the data with no `removed` entry naming it. */
export interface UnexplainedRemoval {
  kind: RecordKind;
  id: string;
  /** The newest release that published it. */
  lastIn: string;
}

/** Every id any release published that `current` no longer holds and no release's `removed`
 * explains; and every `removed` entry whose `replacedBy` names no id in `current` (nor one
 * removed in turn). */
export function removalProblems(releases: readonly KeptRelease[], current: Snapshot): { unexplained: UnexplainedRemoval[]; badReplacements: Removal[] } {
  const explained = new Set(releases.flatMap((release) => (release.removed ?? []).map((removal) => removal.id)));
  const seen = new Set<string>();
  const unexplained: UnexplainedRemoval[] = [];
  for (const release of releases) {
    for (const kind of RECORD_KINDS) {
      for (const id of Object.keys(release.snapshot[kind])) {
        if (seen.has(`${kind}:${id}`)) continue;
        seen.add(`${kind}:${id}`);
        if (!Object.hasOwn(current[kind], id) && !explained.has(id)) unexplained.push({ kind, id, lastIn: release.version });
      }
    }
  }
  // A replacement renamed again later is itself explained: the chain ends in the data.
  const stands = (id: string) => explained.has(id) || RECORD_KINDS.some((kind) => Object.hasOwn(current[kind], id));
  const badReplacements = releases.flatMap((release) => (release.removed ?? []).filter((removal) => removal.replacedBy !== undefined && !stands(removal.replacedBy)));
  return { unexplained, badReplacements };
}
