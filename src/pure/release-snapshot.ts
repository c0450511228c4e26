/**
 * A release's snapshot: the records of the data files as written, each kind keyed by its
 * stable id (a series by its data file's stem, an edition by editionId(), a source by its
 * record's key), written one record a line so that git stores a new release as a small delta
 * of the last and a reader can diff two releases with any tool.
 */
import type { Release, Snapshot } from '../schemas/release.ts';
import { editionId } from './exercises.ts';

export type { Snapshot };

/** A data file as parsed: its stem (the id) and its YAML's data. */
export interface DataFile {
  stem: string;
  data: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const byId = <T>(entries: readonly (readonly [string, T])[]): Record<string, T> => Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** The snapshot of the exercise data files and source records: a series keeps every field but
 * its editions, and each edition becomes a record of its own that names its series. */
export function snapshotOf(exercises: readonly DataFile[], sources: readonly DataFile[]): Snapshot {
  const series: [string, Record<string, unknown>][] = [];
  const editions: [string, Record<string, unknown>][] = [];
  for (const { stem, data } of exercises) {
    if (!isRecord(data)) throw new Error(`content/exercises/${stem}.yaml holds no series`);
    const { editions: list, ...fields } = data;
    series.push([stem, fields]);
    for (const edition of Array.isArray(list) ? list : []) {
      if (!isRecord(edition) || typeof edition['label'] !== 'string') throw new Error(`content/exercises/${stem}.yaml: an edition without a label`);
      editions.push([editionId({ label: edition['label'] }), { series: stem, ...edition }]);
    }
  }
  const records = sources.map(({ stem, data }): [string, Record<string, unknown>] => {
    if (!isRecord(data)) throw new Error(`content/sources/${stem}.yaml holds no record`);
    return [stem, data];
  });
  return { series: byId(series), editions: byId(editions), sources: byId(records) };
}

/** The empty snapshot: what the first release is compared with. */
export const NO_RECORDS: Snapshot = { series: {}, editions: {}, sources: {} };

/** JSON with one record a line (`extra` fields first, such as a download's version). */
export function serializeSnapshot(snapshot: Snapshot, extra: Record<string, unknown> = {}): string {
  const head = Object.entries(extra).map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  const kinds = (['series', 'editions', 'sources'] as const).map((kind) => {
    const lines = Object.entries(snapshot[kind]).map(([id, fields]) => `${JSON.stringify(id)}: ${JSON.stringify(fields)}`);
    return `${JSON.stringify(kind)}: {${lines.length ? `\n${lines.join(',\n')}\n` : ''}}`;
  });
  return `{\n${[...head, ...kinds].join(',\n')}\n}\n`;
}

/** Orders versions: negative when `a` is older than `b`. */
export function compareVersions(a: string, b: string): number {
  const [majorA = 0, minorA = 0] = a.split('.').map(Number);
  const [majorB = 0, minorB = 0] = b.split('.').map(Number);
  return majorA - majorB || minorA - minorB;
}

/** The version after `latest`: a major when published ids are removed, else a minor; 1.0 first. */
export function nextVersion(latest: string | undefined, removesIds: boolean): string {
  if (latest === undefined) return '1.0';
  const [major = 0, minor = 0] = latest.split('.').map(Number);
  return removesIds ? `${major + 1}.0` : `${major}.${minor + 1}`;
}

/** Why a release list cannot stand: versions out of order or repeated, dates going backwards. */
export function releaseListProblems(releases: readonly Pick<Release, 'version' | 'date'>[]): string[] {
  const problems: string[] = [];
  releases.forEach((release, index) => {
    const older = releases[index + 1];
    if (!older) return;
    if (compareVersions(release.version, older.version) <= 0) problems.push(`${release.version} is listed before ${older.version}: releases.yaml lists the newest first, each version above the last`);
    if (release.date < older.date) problems.push(`${release.version} (${release.date}) is dated before ${older.version} (${older.date})`);
  });
  return problems;
}

/** What a reader calls a record: an edition's label, a series' name, a source's title (or its
 * publication, for a page without a headline). */
export function recordName(kind: keyof Snapshot, fields: Record<string, unknown> | undefined): string | undefined {
  const name = kind === 'editions' ? fields?.['label'] : kind === 'series' ? fields?.['name'] : (fields?.['title'] ?? fields?.['container-title']);
  return typeof name === 'string' ? name : undefined;
}

/** The language of that name: a source's own `language`; a series' name and an edition's label
 * are English (the data's words), as is a source with no language given. */
export function recordNameLang(kind: keyof Snapshot, fields: Record<string, unknown> | undefined): string {
  const language = kind === 'sources' ? fields?.['language'] : undefined;
  return typeof language === 'string' ? language : 'en';
}

/** Edition ids that two editions share (`edition-x in a, b`): a snapshot keys editions by id, so
 * each must name one edition across the whole data, not only on its article's page. */
export function sharedEditionIds(exercises: readonly DataFile[]): string[] {
  const seriesOf = new Map<string, string[]>();
  for (const { stem, data } of exercises) {
    const list = isRecord(data) && Array.isArray(data['editions']) ? data['editions'] : [];
    for (const edition of list) {
      if (!isRecord(edition) || typeof edition['label'] !== 'string') continue;
      const id = editionId({ label: edition['label'] });
      seriesOf.set(id, [...(seriesOf.get(id) ?? []), stem]);
    }
  }
  return [...seriesOf].filter(([, stems]) => stems.length > 1).map(([id, stems]) => `${id} in ${stems.join(', ')}`);
}
