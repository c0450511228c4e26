/**
 * The dataset's releases and its records as they stand, read from the content folders the one
 * safe way (src/corpus/content-files.ts) and parsed as the lint parses them: the build, the
 * release script and the tests all compare the same values.
 */
import { join } from 'node:path';
import { EXERCISES_DIR, RELEASES_DIR, SOURCES_DIR } from '../content-dirs.ts';
import { EXERCISE_FILES, RELEASE_FILES, SOURCE_FILES, type ContentKind } from '../pure/content-names.ts';
import { readYaml } from '../pure/read-yaml.ts';
import { releaseListProblems, sharedEditionIds, snapshotOf, type DataFile } from '../pure/release-snapshot.ts';
import type { KeptRelease } from '../pure/release-diff.ts';
import { releaseListSchema, snapshotSchema, type Snapshot } from '../schemas/release.ts';
import { listContent, readContentFolder } from './content-files.ts';

/** The name of the release list in a releases folder. */
export const RELEASE_LIST = 'releases.yaml';

function readFolder(dir: string, kind: ContentKind): { name: string; text: string }[] {
  const { texts, refused } = readContentFolder(dir, kind);
  const fatal = refused.flatMap((file) => file.messages.filter((message) => message.fatal).map((message) => `${file.path}:${message.line ?? 1}:${message.column ?? 1}  ${message.reason}`));
  if (fatal.length) throw new Error(fatal.join('\n'));
  return texts;
}

const stemOf = (name: string) => name.slice(0, name.lastIndexOf('.'));

function parseYamlFiles(dir: string, kind: ContentKind): DataFile[] {
  return readFolder(dir, kind).map(({ name, text }) => {
    try {
      return { stem: stemOf(name), data: readYaml(text) };
    } catch (error) {
      throw new Error(`${join(dir, name)}: ${error instanceof Error ? error.message : String(error)}; run npm run lint:content`, { cause: error });
    }
  });
}

/** The records of the exercise data files and source records as they stand. */
export function readCurrentSnapshot(exercisesDir = EXERCISES_DIR, sourcesDir = SOURCES_DIR): Snapshot {
  return snapshotOf(parseYamlFiles(exercisesDir, EXERCISE_FILES), parseYamlFiles(sourcesDir, SOURCE_FILES));
}

/** Edition ids two editions of the data share (src/pure/release-snapshot.ts). */
export function readSharedEditionIds(exercisesDir = EXERCISES_DIR): string[] {
  return sharedEditionIds(parseYamlFiles(exercisesDir, EXERCISE_FILES));
}

/** What zod says is wrong, on one line per issue. */
const issues = (error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }) => error.issues.map((issue) => `${issue.path.map(String).join('.') || '(top)'}: ${issue.message}`).join('; ');

/** The releases kept in `dir`, newest first, each with its snapshot; none where the folder or
 * its list is missing (a generated corpus). Throws, naming the file, on anything that does not
 * hold together: a bad list, a listed release without its snapshot, a snapshot not listed. */
export function readReleases(dir = RELEASES_DIR): KeptRelease[] {
  if (!listContent(dir, RELEASE_FILES).names.includes(RELEASE_LIST)) return [];
  const files = new Map(readFolder(dir, RELEASE_FILES).map(({ name, text }) => [name, text]));
  const listPath = join(dir, RELEASE_LIST);
  const list = releaseListSchema.safeParse(readYaml(files.get(RELEASE_LIST) ?? ''));
  if (!list.success) throw new Error(`${listPath}: ${issues(list.error)}`);
  const problems = releaseListProblems(list.data);
  if (problems.length) throw new Error(`${listPath}: ${problems.join('; ')}`);
  const listed = new Set(list.data.map((release) => `${release.version}.json`));
  const unlisted = [...files.keys()].filter((name) => name !== RELEASE_LIST && !listed.has(name));
  if (unlisted.length) throw new Error(`${dir}: ${unlisted.join(', ')} not in ${RELEASE_LIST}: list the release, or remove its snapshot`);
  return list.data.map((release) => {
    const path = join(dir, `${release.version}.json`);
    const text = files.get(`${release.version}.json`);
    if (text === undefined) throw new Error(`${listPath}: release ${release.version} has no snapshot ${path}; make it with npm run data:release`);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new Error(`${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
    }
    const snapshot = snapshotSchema.safeParse(json);
    if (!snapshot.success) throw new Error(`${path}: ${issues(snapshot.error)}`);
    return { ...release, snapshot: snapshot.data };
  });
}
