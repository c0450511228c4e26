/**
 * The dataset's releases for pages: the changelog (each kept release against the one before),
 * the data as it stands against the newest release, and so the data's version. Read once per
 * build (every request under `astro dev`, so an edit shows as unreleased at once).
 */
import { readCurrentSnapshot, readReleases } from '../corpus/release-files.ts';
import { changelog, diffSnapshots, isUnchanged, type ChangelogEntry, type KeptRelease, type SnapshotDiff } from '../pure/release-diff.ts';
import { NO_RECORDS, type Snapshot } from '../pure/release-snapshot.ts';

export interface SiteReleases {
  /** Newest first, each with its snapshot. */
  releases: KeptRelease[];
  /** The same releases, each with what it changed. */
  entries: ChangelogEntry[];
  /** What the data holds that the newest release does not; undefined when they agree. */
  unreleased: SnapshotDiff | undefined;
  /** The data's version: the newest release's, with "+unreleased" when the data differs. */
  version: string;
  current: Snapshot;
}

function make(): SiteReleases {
  const releases = readReleases();
  const current = readCurrentSnapshot();
  const newest = releases[0];
  const diff = diffSnapshots(newest?.snapshot ?? NO_RECORDS, current);
  const unreleased = isUnchanged(diff) ? undefined : diff;
  const version = `${newest?.version ?? '0.0'}${unreleased ? '+unreleased' : ''}`;
  return { releases, entries: changelog(releases), unreleased, version, current };
}

let made: SiteReleases | undefined;

export function getReleases(): SiteReleases {
  if (import.meta.env.DEV) return make();
  made ??= make();
  return made;
}
