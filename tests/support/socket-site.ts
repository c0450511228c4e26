/**
 * A small built site for the server's socket tests: a home page, a 404 page, a data file of
 * 1,000 known bytes, an article folder with a card, and the site's own public/_headers, so
 * every answer can be checked for the security headers the real site sends.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headersFor, parseHeadersFile } from '../../src/pure/headers-file.ts';

export interface SocketSite {
  root: string;
  /** The bytes of /data/exercises.json. */
  json: Buffer;
  /** The headers _headers gives every path: what each answer must carry. */
  security: Record<string, string>;
  /** The HTML files' contents, for telling a page from a file served as one. */
  pages: readonly string[];
}

export function makeSocketSite(): SocketSite {
  const root = mkdtempSync(join(tmpdir(), 'site-sockets-'));
  const json = Buffer.from(Array.from({ length: 1000 }, (_, index) => String.fromCharCode(97 + (index % 26))).join(''));
  mkdirSync(join(root, 'data'));
  mkdirSync(join(root, 'articles', 'x'), { recursive: true });
  const pages = { 'index.html': '<h1>Home</h1>', '404.html': '<h1>Not found</h1>', 'articles/x/index.html': '<h1>X</h1>' };
  for (const [path, html] of Object.entries(pages)) writeFileSync(join(root, path), html);
  writeFileSync(join(root, 'data', 'exercises.json'), json);
  writeFileSync(join(root, 'articles', 'x', 'card.json'), '{"title":"<meta http-equiv=refresh content=0;url=https://evil.example/>"}');
  copyFileSync('public/_headers', join(root, '_headers'));
  const security = headersFor(parseHeadersFile(readFileSync('public/_headers', 'utf8')), '/404.html');
  return { root, json, security, pages: Object.values(pages) };
}
