/**
 * `npm run data:release -- --summary "…"`: cuts a release of the dataset. It snapshots the
 * records as they stand (or, with `--at <commit>`, as they stood at a past commit, read with
 * `git show`: how the first releases were reconstructed), compares them with the release
 * before, and writes content/releases/<version>.json and the release's entry in releases.yaml.
 *
 *   --summary "…"         one line: what the release changes (required unless --dry-run)
 *   --dry-run             print what changed since the newest release, write nothing
 *   --version 1.2         the version; by default the next one (a major when ids are removed)
 *   --date 2026-12-06     the release's day; by default today, or the commit's day with --at
 *   --at <commit>         snapshot the data at that commit instead of the working tree
 *   --removed id=why      why a published id is gone (once per id the release removes)
 *   --replaced-by id=new  the id that replaces a removed one (a rename)
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Scalar, isSeq } from 'yaml';
import { RELEASES_DIR } from '../content-dirs.ts';
import { EXERCISE_FILES, RELEASE_FILES, SOURCE_FILES, judgeName, type ContentKind } from '../pure/content-names.ts';
import { isoDate } from '../pure/dates.ts';
import { decodeText } from '../pure/decode-text.ts';
import { readYaml, yamlDocument } from '../pure/read-yaml.ts';
import { describeDiff, diffSnapshots, isUnchanged } from '../pure/release-diff.ts';
import { NO_RECORDS, compareVersions, nextVersion, serializeSnapshot, sharedEditionIds, snapshotOf, type DataFile } from '../pure/release-snapshot.ts';
import { VERSION, releaseSchema, type Release, type Removal } from '../schemas/release.ts';
import { readContent } from './content-files.ts';
import { RELEASE_LIST, readCurrentSnapshot, readReleases, readSharedEditionIds } from './release-files.ts';

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });

/** A content folder's YAML files as they were at `commit`, judged by name as the build judges them. */
function filesAt(commit: string, kind: ContentKind): DataFile[] {
  const paths = git('ls-tree', '--name-only', commit, `${kind.folder}/`).toString('utf8').split('\n').filter(Boolean);
  return paths.flatMap((path) => {
    const name = path.slice(kind.folder.length + 1);
    if (!('read' in judgeName(name, kind))) return [];
    const decoded = decodeText(git('show', `${commit}:${path}`));
    if ('problem' in decoded) throw new Error(`${commit}:${path}: ${decoded.problem.reason}`);
    return [{ stem: name.slice(0, name.lastIndexOf('.')), data: readYaml(decoded.text) }];
  });
}

const pairs = (values: readonly string[] = []) =>
  new Map(
    values.map((value) => {
      const at = value.indexOf('=');
      if (at < 1) throw new Error(`"${value}": write id=text`);
      return [value.slice(0, at), value.slice(at + 1)] as const;
    }),
  );

const { values } = parseArgs({
  options: {
    summary: { type: 'string' },
    version: { type: 'string' },
    date: { type: 'string' },
    at: { type: 'string' },
    removed: { type: 'string', multiple: true },
    'replaced-by': { type: 'string', multiple: true },
    'dry-run': { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const releases = readReleases();
const exercisesAt = values.at ? filesAt(values.at, EXERCISE_FILES) : undefined;
const shared = exercisesAt ? sharedEditionIds(exercisesAt) : readSharedEditionIds();
if (shared.length) fail(`Two editions share an id, which a release cannot tell apart: ${shared.join('; ')}. Give one a distinct label.`);
const snapshot = values.at && exercisesAt ? snapshotOf(exercisesAt, filesAt(values.at, SOURCE_FILES)) : readCurrentSnapshot();
const newest = releases[0]?.version;
const provisional = values.version ?? nextVersion(newest, false);
// With --at, a release may be slotted in under later ones: it is compared with the one below it.
const before = releases.find((release) => compareVersions(release.version, provisional) < 0);
const diff = diffSnapshots(before?.snapshot ?? NO_RECORDS, snapshot);
const removedIds = [...diff.series.removed, ...diff.editions.removed, ...diff.sources.removed];
const version = values.version ?? nextVersion(newest, removedIds.length > 0);

if (isUnchanged(diff)) fail(`Nothing changed since release ${before?.version ?? '(none)'}: no release to cut.`);
console.log(`Since ${before?.version ?? 'no release'}:\n  ${describeDiff(diff).join('\n  ')}`);
if (values['dry-run']) process.exit(0);

if (!VERSION.test(version)) fail(`--version ${version}: a version is MAJOR.MINOR, such as 1.2`);
if (releases.some((release) => release.version === version)) fail(`Release ${version} exists already.`);
if (!values.at && newest !== undefined && compareVersions(version, newest) <= 0) fail(`--version ${version} is not above the newest release, ${newest}.`);
if (removedIds.length && before && version.split('.')[0] === before.version.split('.')[0]) fail(`This release removes published ids, a major change: its version is ${nextVersion(before.version, true)} or above.`);
if (!values.summary) fail('Say in one line what the release changes: --summary "…"');
const why = pairs(values.removed);
const replacements = pairs(values['replaced-by']);
const unexplained = removedIds.filter((id) => !why.has(id));
if (unexplained.length) fail(`Published ids would disappear: ${unexplained.join(', ')}.\nSay why for each, --removed '<id>=<why>', and name what replaces a renamed one, --replaced-by '<id>=<new id>'.`);

const stray = [...why.keys(), ...replacements.keys()].filter((id) => !removedIds.includes(id));
if (stray.length) fail(`--removed or --replaced-by name ids this release does not remove: ${stray.join(', ')}`);
const removed: Removal[] = removedIds.map((id) => ({ id, why: why.get(id) ?? '', ...(replacements.has(id) ? { replacedBy: replacements.get(id) ?? '' } : {}) }));
const commitDate = values.at ? git('show', '-s', '--format=%cs', values.at).toString('utf8').trim() : undefined;
const commit = values.at ? git('rev-parse', '--short=7', values.at).toString('utf8').trim() : undefined;
const entry: Release = {
  version,
  date: values.date ?? commitDate ?? isoDate(new Date()),
  summary: values.summary,
  ...(commit ? { commit } : {}),
  ...(removed.length ? { removed } : {}),
};

const checked = releaseSchema.safeParse(entry);
if (!checked.success) fail(checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
writeFileSync(join(RELEASES_DIR, `${version}.json`), serializeSnapshot(snapshot));
// The list is edited as a YAML document, so its comments stay.
const listPath = join(RELEASES_DIR, RELEASE_LIST);
const listed = readContent(RELEASES_DIR, RELEASE_LIST, RELEASE_FILES);
const document = yamlDocument('text' in listed ? listed.text : '[]\n');
document.commentBefore ??= " The dataset's releases, newest first: npm run data:release writes them (README, \"Versions and changes\").";
const node = document.createNode(entry);
const versionNode = node.get('version', true);
if (versionNode instanceof Scalar) versionNode.type = Scalar.QUOTE_DOUBLE;
if (!isSeq(document.contents)) fail(`${listPath} is not a list`);
document.contents.flow = false;
const at = releases.findIndex((release) => compareVersions(release.version, version) < 0);
// A comment right above the first entry belongs to the list, not to that release: keep it on top.
const first = document.contents.items[0];
if (at === 0 && first && typeof first === 'object' && 'commentBefore' in first && first.commentBefore) {
  document.commentBefore = [document.commentBefore, first.commentBefore].filter(Boolean).join('\n');
  first.commentBefore = undefined;
}
document.contents.items.splice(at === -1 ? releases.length : at, 0, node);
writeFileSync(listPath, document.toString({ lineWidth: 0 }));
console.log(`Release ${version} (${entry.date}): ${join(RELEASES_DIR, `${version}.json`)} and ${listPath} written.`);
