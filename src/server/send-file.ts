/**
 * Sends one file of the site: its type from its own name, a strong ETag and Last-Modified,
 * the conditional requests and byte ranges of RFC 9110 (decided in src/pure), and for HEAD
 * the same headers as GET without the body.
 */
import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { lookup } from 'mrmime';
import { evaluatePreconditions, rangeApplies, type ConditionalFields } from '../pure/http-preconditions.ts';
import { byteRange } from '../pure/http-range.ts';

/** Pagefind's index files have no type mrmime knows; they are binary. */
const BINARY = 'application/octet-stream';

/** Types that are text, which the site writes as UTF-8. */
const TEXT = /^(text\/.+|application\/(json|xml|javascript|manifest\+json))$/;

/** The Content-Type for a file name, from mrmime, with the charset for text. */
export function contentType(name: string): string {
  const type = lookup(name);
  if (!type) return BINARY;
  return TEXT.test(type) ? `${type}; charset=utf-8` : type;
}

/** A short plain-text answer, its length stated so HEAD and GET carry the same headers. */
export function sendText(response: ServerResponse, status: number, text: string, headers: OutgoingHttpHeaders = {}): void {
  const body = Buffer.from(text);
  response.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': body.length }).end(body);
}

function conditionalFields(request: IncomingMessage): ConditionalFields {
  const field = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  };
  return {
    ifMatch: field('if-match'),
    ifNoneMatch: field('if-none-match'),
    ifModifiedSince: field('if-modified-since'),
    ifUnmodifiedSince: field('if-unmodified-since'),
    ifRange: field('if-range'),
  };
}

/** The file open for reading, with its size and time, or undefined when it is gone or is no
 * longer a regular file (the list of files was made when the server started). Opened without
 * blocking, so a FIFO put in a file's place cannot hold the request; on a regular file the
 * flag does nothing. */
async function openRegularFile(file: string): Promise<{ handle: FileHandle; stats: Stats } | undefined> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK).catch(() => undefined);
  if (handle === undefined) return undefined;
  const stats = await handle.stat().catch(() => undefined);
  if (stats?.isFile()) return { handle, stats };
  await handle.close();
  return undefined;
}

interface Answer {
  status: number;
  headers: OutgoingHttpHeaders;
  /** Offsets of the first and last byte to send, or undefined for no body. */
  bytes?: { start: number; end: number };
}

/** The status, headers and bytes that answer `request` with `file` as `stats` describes it. */
function answerFor(request: IncomingMessage, file: string, stats: Stats, status: 200 | 404): Answer {
  const whole = { start: 0, end: stats.size - 1 };
  // The not-found page stands for a missing resource: no validators, no ranges.
  if (status === 404) return { status, headers: { 'Content-Type': contentType(file), 'Content-Length': stats.size }, bytes: whole };
  // Last-Modified has whole seconds; the ETag keeps the milliseconds, and is strong: a file
  // whose size and modification time are unchanged is taken as unchanged.
  const lastModified = Math.floor(stats.mtimeMs / 1000) * 1000;
  const etag = `"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
  const validators = { etag, lastModified };
  const described = { 'Content-Type': contentType(file), 'Last-Modified': new Date(lastModified).toUTCString() };
  const fields = conditionalFields(request);
  const precondition = evaluatePreconditions(fields, validators);
  // A 304 carries the validators, so the client can go on using its copy under them.
  if (precondition === 'not-modified') return { status: 304, headers: { ETag: etag, 'Last-Modified': described['Last-Modified'] } };
  if (precondition === 'failed') return { status: 412, headers: { 'Content-Length': 0 } };
  // Ranges are defined for GET only (RFC 9110 §14.2): HEAD describes the whole file.
  const range = request.method === 'GET' && rangeApplies(fields, validators) ? byteRange(request.headers.range, stats.size) : undefined;
  if (range?.kind === 'unsatisfiable') return { status: 416, headers: { 'Content-Range': `bytes */${stats.size}`, 'Content-Length': 0 } };
  const headers = { ...described, ETag: etag, 'Accept-Ranges': 'bytes' };
  if (range?.kind !== 'part') return { status: 200, headers: { ...headers, 'Content-Length': stats.size }, bytes: whole };
  const { start, end } = range;
  return { status: 206, headers: { ...headers, 'Content-Range': `bytes ${start}-${end}/${stats.size}`, 'Content-Length': end - start + 1 }, bytes: { start, end } };
}

/**
 * Answers `request` with `file`, with `status` 200 (the file asked for: conditionals and
 * ranges apply) or 404 (the not-found page: they do not). Resolves to false, having sent
 * nothing, when the file cannot be opened.
 */
export async function sendFile(request: IncomingMessage, response: ServerResponse, file: string, status: 200 | 404): Promise<boolean> {
  const opened = await openRegularFile(file);
  if (opened === undefined) return false;
  const { handle, stats } = opened;
  let streaming = false;
  try {
    // Size and time from the open file, so the headers describe the bytes that are sent.
    const answer = answerFor(request, file, stats, status);
    response.writeHead(answer.status, answer.headers);
    const { bytes } = answer;
    if (request.method === 'HEAD' || bytes === undefined || bytes.end < bytes.start) {
      response.end();
      return true;
    }
    streaming = true;
    // The stream closes the file when it ends or fails; a client gone mid-file ends it too.
    await pipeline(handle.createReadStream({ ...bytes, autoClose: true }), response).catch(() => response.destroy());
    return true;
  } finally {
    if (!streaming) await handle.close();
  }
}
