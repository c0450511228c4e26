/**
 * Reads the source records (content/sources/*.yaml), each checked against the schema where it
 * is written, with what the schema cannot see: a record's `id` is its file name, and no two
 * records give the same web address (one source, one record). Synchronous, and read again
 * only when a file in the folder changed, so each worker thread reads them once per build
 * and `astro dev` sees an edit. Whether a file changed is looked at no more than once a
 * second: every article's cache key asks for the records' digest, and a look is a stat of
 * every record (at 10,000 articles and as many records, 10^8 stats a build).
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { checkYaml, lineAndColumn } from '../content-lint/yaml-check.ts';
import { sourceSchema, type SourceRecord } from '../schemas/source.ts';
import { SOURCE_FILES } from '../pure/content-names.ts';
import { listContent, readContentFolder } from './content-files.ts';

export interface SourceRecords {
  records: Map<string, SourceRecord>;
  /** A digest of the records' files: the article cache's keys include it. */
  digest: string;
  /** One file per record, with its problems. */
  files: VFile[];
}

/** How long a look at the folder stands (ms). */
const FRESH_FOR = 1000;

const read = new Map<string, { signature: string; checked: number; result: SourceRecords }>();

function fail(file: VFile, reason: string, text: string, offset: number): void {
  file.message(reason, { place: lineAndColumn(text, offset), ruleId: 'source-record', source: 'site' }).fatal = true;
}

/** Without the host's `www.` and a trailing slash: two spellings of one page's address. */
const sameAddress = (url: string) => url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');

/** The records under `dir`, and their files with the problems of each; the files are new on
 * every call, so a caller may add messages. */
export function readSourceRecords(dir: string, cwd = process.cwd()): SourceRecords {
  const result = recordsUnder(dir, cwd);
  return { ...result, files: result.files.map(copyOf) };
}

/** The records under `dir` and their digest, as last read (the files shared: add no messages). */
export function recordsUnder(dir: string, cwd = process.cwd()): SourceRecords {
  const cached = read.get(dir);
  if (cached && Date.now() - cached.checked < FRESH_FOR) return cached.result;
  const listing = listContent(dir, SOURCE_FILES);
  const { names, notices } = listing;
  // Which files there are and when each last changed: the records are read again when it differs.
  const signature = [...names.map((name) => `${name} ${statSync(join(dir, name), { throwIfNoEntry: false })?.mtimeMs}`), ...notices.map(({ name }) => name)].join('\n');
  if (cached?.signature === signature) {
    cached.checked = Date.now();
    return cached.result;
  }
  const records = new Map<string, SourceRecord>();
  const files: VFile[] = [];
  const byAddress = new Map<string, string>();
  const hash = createHash('sha256');
  // Names that are not records, and files that cannot be read, are refused on their files.
  const { texts, refused } = readContentFolder(dir, SOURCE_FILES, cwd, listing);
  files.push(...refused);
  for (const { name, text, file } of texts) {
    hash.update(name).update('\0').update(text).update('\0');
    files.push(file);
    const { data, problems } = checkYaml(text, sourceSchema, 'Source record');
    for (const { reason, offset } of problems) fail(file, reason, text, offset);
    if (!data) continue;
    const key = name.slice(0, -'.yaml'.length);
    if (data.id !== key) fail(file, `The record's \`id\` is \`${data.id}\` but its file is ${name}: they must agree, as notes cite the key`, text, Math.max(0, text.search(/^id:/m)));
    const other = data.URL ? byAddress.get(sameAddress(data.URL)) : undefined;
    if (other) fail(file, `\`${key}\` gives the same web address as \`${other}\`: one source, one record; cite \`@${other}\` and remove this file`, text, Math.max(0, text.search(/^URL:/m)));
    if (data.URL) byAddress.set(sameAddress(data.URL), key);
    records.set(key, data);
  }
  const result = { records, files, digest: hash.digest('hex') };
  read.set(dir, { signature, checked: Date.now(), result });
  return result;
}

function copyOf(file: VFile): VFile {
  const copy = new VFile({ path: file.path, value: file.value });
  copy.messages.push(...file.messages);
  return copy;
}

/** The digest of the records under `dir`. */
export const recordsDigest = (dir: string): string => recordsUnder(dir).digest;
