/**
 * The files of a content folder, listed and read the one way the lint and the content
 * loaders both use (src/pure/content-names.ts says which names): only regular files directly
 * in the folder are read, never a folder, a symbolic link (it could point anywhere, or
 * nowhere: an editor's lock file), a named pipe (reading one waits forever) or a device;
 * each of those is refused with its name. Files larger than the kind allows are refused
 * unread, and the rest are decoded strictly (src/pure/decode-text.ts).
 */
import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import { VFile } from 'vfile';
import { decodeText, type TextProblem } from '../pure/decode-text.ts';
import { judgeName, type ContentKind } from '../pure/content-names.ts';

/** A name in the folder that is not read, and why; `fatal` unless the file is only ignored. */
export interface ContentNotice {
  name: string;
  reason: string;
  fatal: boolean;
}

export interface ContentListing {
  /** The names read, sorted. */
  names: string[];
  notices: ContentNotice[];
}

function entryProblem(entry: Dirent, kind: ContentKind): string | undefined {
  if (entry.isFile()) return undefined;
  if (entry.isSymbolicLink()) return `A symbolic link: ${kind.folder} reads regular files only, never a link (it may lead out of the folder); copy the file in instead`;
  if (entry.isDirectory()) return `A folder: ${kind.what} sit directly in ${kind.folder}, one level deep; move its files up and remove the folder`;
  return `Not a regular file (a pipe, socket or device): ${kind.folder} reads regular files only; remove it`;
}

/** The names in `dir` that are read, and a notice for every other entry. No folder, no files. */
export function listContent(dir: string, kind: ContentKind): ContentListing {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { names: [], notices: [] };
    throw error;
  }
  const names: string[] = [];
  const notices: ContentNotice[] = [];
  for (const entry of entries) {
    const verdict = judgeName(entry.name, kind);
    if ('ignore' in verdict) {
      notices.push({ name: entry.name, reason: verdict.ignore, fatal: false });
      continue;
    }
    const problem = entryProblem(entry, kind) ?? ('refuse' in verdict ? verdict.refuse : undefined);
    if (problem) notices.push({ name: entry.name, reason: problem, fatal: true });
    else names.push(entry.name);
  }
  names.sort();
  notices.sort((a, b) => a.name.localeCompare(b.name));
  return { names, notices };
}

/** The text of `name` in `dir`, or why it cannot be read. Opened without following a link and
 * without waiting on a pipe, and checked to be a regular file of allowed size before any read. */
export function readContent(dir: string, name: string, kind: ContentKind): { text: string } | { problem: TextProblem } {
  const start = { line: 1, column: 1 };
  let descriptor: number;
  try {
    descriptor = openSync(join(dir, name), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return { problem: { reason: `Cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}): ${kind.folder} reads regular files only`, ...start } };
  }
  try {
    const stat = fstatSync(descriptor);
    if (!stat.isFile()) return { problem: { reason: `Not a regular file: ${kind.folder} reads regular files only; remove it`, ...start } };
    if (stat.size > kind.maxBytes) {
      return { problem: { reason: `${Math.ceil(stat.size / 1024)} KiB: ${kind.what} may be at most ${kind.maxBytes / 1024} KiB (the parsers slow down faster than the text grows); split it`, ...start } };
    }
    return decodeText(readFileSync(descriptor));
  } finally {
    closeSync(descriptor);
  }
}

/** The text of a file the lint has passed, for a loader: a problem here means the lint did not run
 * (`astro check`, `astro sync`), so it is thrown, naming the file. */
export function readContentOrThrow(dir: string, name: string, kind: ContentKind, filePath: string): string {
  const result = readContent(dir, name, kind);
  if ('problem' in result) throw new Error(`${filePath}:${result.problem.line}:${result.problem.column}  ${result.problem.reason}`);
  return result.text;
}

/** A file read from a content folder: its name, its text, and its file for messages. */
export interface ContentText {
  name: string;
  text: string;
  file: VFile;
}

/** Every file of `dir` read, and a file for each entry not read with the reason (ignored
 * hidden files as a warning, the rest as an error): what the lint reports on. Paths in
 * messages are relative to `root`. `unread`: the names read but refused (encoding, size),
 * which other files may still name without a second message. `listing`: the folder as
 * already listed, where the caller has listed it. */
export function readContentFolder(dir: string, kind: ContentKind, root = process.cwd(), listing = listContent(dir, kind)): { texts: ContentText[]; refused: VFile[]; unread: string[] } {
  const refusal = (name: string, reason: string, place: { line: number; column: number }, fatal: boolean): VFile => {
    const file = new VFile({ path: relative(root, join(dir, name)) });
    file.message(reason, { place, ruleId: 'content-files', source: 'site' }).fatal = fatal;
    return file;
  };
  const refused = listing.notices.map(({ name, reason, fatal }) => refusal(name, reason, { line: 1, column: 1 }, fatal));
  const texts: ContentText[] = [];
  const unread: string[] = [];
  for (const name of listing.names) {
    const read = readContent(dir, name, kind);
    if ('problem' in read) {
      refused.push(refusal(name, read.problem.reason, read.problem, true));
      unread.push(name);
    } else texts.push({ name, text: read.text, file: new VFile({ path: relative(root, join(dir, name)), value: read.text }) });
  }
  return { texts, refused, unread };
}
