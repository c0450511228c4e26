/**
 * The static file server for the built site (`dist/`), used by `npm start` and by the browser
 * tests, so both see the site as a static host serves it: directory URLs, the 404 page with
 * status 404, the headers in `_headers` on every response, and nothing outside the site.
 *
 * Files are served by sirv (content types from mrmime, ETags, ranges); it looks files up in a
 * list made when the server starts, so no request reaches outside the folder. What is ours:
 * the base path, the `_headers` rules, the redirect of a directory URL to its trailing
 * slash, and the 404 page.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse, type Server } from 'node:http';
import { join, normalize, sep } from 'node:path';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { headersFor, parseHeadersFile, type HeaderRule } from '../pure/headers-file.ts';

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

/** A request's path, decoded, with runs of slashes made one; undefined when malformed. */
export function decodedPath(path: string): string | undefined {
  try {
    return decodeURIComponent(path).replace(/\/{2,}/g, '/');
  } catch {
    return undefined;
  }
}

/** The path under `base` ("/india-japan/") as the site folder knows it ("/articles/"), or
 * undefined for a path outside the site, as on a project page of GitHub Pages. */
export function pathInSite(base: string, pathname: string): string | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (pathname === prefix.slice(0, -1) && prefix !== '/') return '/';
  return pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : undefined;
}

function readRules(root: string): HeaderRule[] {
  const file = join(root, '_headers');
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
}

/** Whether the decoded site path is a folder inside `root` (never looking outside it). */
function isFolder(root: string, path: string): boolean {
  const candidate = normalize(join(root, path));
  if (!candidate.startsWith(root.endsWith(sep) ? root : root + sep)) return false;
  return statSync(candidate, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** Serves the site folder `root` at `base` ("/" or a sub-path such as "/india-japan/"). */
export function createStaticServer(root: string, base = '/'): Server {
  const rules = readRules(root);
  const notFoundPage = join(root, '404.html');
  // sirv hands setHeaders the URL's path, not the file's: a path without an extension is
  // served from an .html file (x.html or x/index.html).
  const typeOf = (pathname: string) => contentType(/\.[^/]+$/.test(pathname) ? pathname : 'index.html');
  const files = sirv(root, { dev: false, etag: true, setHeaders: (response, pathname) => response.setHeader('Content-Type', typeOf(pathname)) });

  const notFound = (response: ServerResponse): void => {
    if (!existsSync(notFoundPage)) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(404, { 'Content-Type': contentType('404.html') });
    createReadStream(notFoundPage).pipe(response);
  };

  return createServer((request, response): void => {
    try {
      // Read the target as a path: "//evil.example/x" names no host here.
      const raw = request.url?.startsWith('/') ? request.url : '/';
      const requested = new URL(`http://localhost${raw.replace(/^\/+/, '/')}`);
      const path = pathInSite(base, requested.pathname);
      // Rules in _headers are written from the site's root, as the host applies them; a
      // response outside the site still carries the headers of the site's 404 page.
      for (const [name, value] of Object.entries(headersFor(rules, path ?? '/404.html'))) response.setHeader(name, value);
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      if (path === undefined) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: the site is at ${base}`);
        return;
      }
      const decoded = decodedPath(path);
      // The host reads _headers; it is not a page, however its name is spelled in the URL.
      if (decoded === undefined || decoded.replace(/\/+$/, '') === '/_headers') {
        notFound(response);
        return;
      }
      // Directory URLs end with a slash, as on the static hosts the site is deployed to. The
      // new location is a path on this origin: one leading slash, never "//host".
      if (!decoded.endsWith('/') && isFolder(root, decoded)) {
        const location = `/${`${base}${path.slice(1)}`.replace(/^\/+/, '')}/${requested.search}`;
        response.writeHead(301, { Location: location }).end();
        return;
      }
      request.url = `${path}${requested.search}`;
      files(request, response, () => notFound(response));
    } catch (error) {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    }
  });
}
