/**
 * A small static file server for the built site (`dist/`), used by `npm start` and by the
 * browser tests, so both see the site as a static host serves it: directory URLs, the 404
 * page with status 404, the headers in `_headers`, and no access outside the site folder.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { headersFor, parseHeadersFile, type HeaderRule } from '../pure/headers-file.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** Pagefind's index files have no extension or its own ones; they are binary. */
const BINARY = 'application/octet-stream';

async function fileAt(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return path;
  if (info?.isDirectory()) return fileAt(join(path, 'index.html'));
  return undefined;
}

/** Maps a URL path to a file under `root`, or undefined; never escapes `root`. */
export async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  return fileAt(candidate);
}

function readRules(root: string): HeaderRule[] {
  const file = join(root, '_headers');
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
}

/** The path under `base` ("/india-japan/") as the site folder knows it ("/articles/"), or
 * undefined for a path outside the site, as on a project page of GitHub Pages. */
export function pathInSite(base: string, pathname: string): string | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (pathname === prefix.slice(0, -1) && prefix !== '/') return '/';
  return pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : undefined;
}

/** Serves the site folder `root` at `base` ("/" or a sub-path such as "/india-japan/"). */
export function createStaticServer(root: string, base = '/'): Server {
  const rules = readRules(root);
  return createServer((request, response) => {
    void (async () => {
      const requested = new URL(request.url ?? '/', 'http://localhost');
      const path = pathInSite(base, requested.pathname);
      if (path === undefined) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: the site is at ${base}`);
        return;
      }
      const url = new URL(path + requested.search, 'http://localhost');
      // Rules in _headers are written from the site's root, as the host applies them.
      for (const [name, value] of Object.entries(headersFor(rules, url.pathname))) response.setHeader(name, value);
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      // The host reads _headers; it is not a page.
      let file = url.pathname === '/_headers' ? undefined : await resolveFile(root, url.pathname);
      // Directory URLs end with a slash, as on the static hosts the site is deployed to.
      if (file?.endsWith(`${sep}index.html`) && !url.pathname.endsWith('/') && !url.pathname.endsWith('.html')) {
        response.writeHead(301, { Location: `${requested.pathname}/${url.search}` }).end();
        return;
      }
      let status = 200;
      if (!file) {
        status = 404;
        file = await resolveFile(root, '/404.html');
      }
      if (!file) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      response.writeHead(status, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? BINARY });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    })().catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
}
