/**
 * The static file server for the built site (`dist/`), used by `npm start` and by the browser
 * tests, so both see the site as a static host serves it: directory URLs, the 404 page with
 * status 404, the headers in `_headers` on every response, and nothing outside the site.
 *
 * Ours rather than a package's: the one used before (sirv) typed a file by its URL, so
 * `/x.json/` came as HTML, and got Range and If-None-Match wrong. Here a path is looked up
 * in the list of the site's files (site-files.ts), a file is sent by send-file.ts, and the
 * requests Node itself refuses are answered by client-error.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, validateHeaderName, validateHeaderValue, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { Duplex } from 'node:stream';
import { headersFor, parseHeadersFile, type HeaderRule } from '../pure/headers-file.ts';
import { answerClientError, refuseTunnel, responsesInFlight } from './client-error.ts';
import { sendFile, sendText } from './send-file.ts';
import { findInSite, listSiteFiles, type SiteFiles } from './site-files.ts';

export { contentType } from './send-file.ts';

/** The largest request line and headers, together, that Node reads (its default, set here so
 * the README's figure holds whatever --max-http-header-size says); beyond it, 431. */
export const MAX_HEADER_BYTES = 16_384;

/** The longest path answered; a longer one gets 414. The query is not limited here (only
 * by MAX_HEADER_BYTES): the search page takes a pasted text as `?q=`, cut to 200 characters
 * in the page, and nothing on the server looks the query up. */
export const MAX_PATH_LENGTH = 8_192;

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

/** The rules of `_headers`, each header checked as Node checks one it sends, so a bad line
 * stops the server at its start rather than failing every request, and the answers to
 * Node's own errors, written to the socket directly, can carry them safely. */
function readRules(root: string): HeaderRule[] {
  const file = join(root, '_headers');
  const rules = existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
  for (const [name, value] of rules.flatMap((rule) => rule.headers)) {
    try {
      validateHeaderName(name);
      validateHeaderValue(name, value);
    } catch (error) {
      throw new Error(`${file}: header "${name}" cannot be sent: ${(error as Error).message}`, { cause: error });
    }
  }
  return rules;
}

interface Site {
  base: string;
  files: SiteFiles;
  rules: HeaderRule[];
}

/** Sends the site's 404 page (or a line of text when the build has none) with status 404. */
async function notFound(site: Site, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const page = site.files.files.get('/404.html');
  if (page === undefined || !(await sendFile(request, response, page, 404))) sendText(response, 404, 'Not found');
}

async function answer(site: Site, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const { base, rules } = site;
  // Read the target as a path: "//evil.example/x" names no host here.
  const raw = request.url?.startsWith('/') ? request.url : '/';
  const requested = new URL(`http://localhost${raw.replace(/^\/+/, '/')}`);
  const path = pathInSite(base, requested.pathname);
  // Rules in _headers are written from the site's root, as the host applies them; a
  // response outside the site still carries the headers of the site's 404 page.
  for (const [name, value] of Object.entries(headersFor(rules, path ?? '/404.html'))) response.setHeader(name, value);
  if ((raw.split('?')[0] ?? '').length > MAX_PATH_LENGTH) return sendText(response, 414, 'URI too long');
  if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
  if (path === undefined) return sendText(response, 404, `Not found: the site is at ${base}`);
  const decoded = decodedPath(path);
  const found = decoded === undefined ? undefined : findInSite(site.files, decoded);
  // Directory URLs end with a slash, as on the static hosts the site is deployed to. The
  // new location is a path on this origin: one leading slash, never "//host".
  if (found?.kind === 'folder') {
    const location = `/${`${base}${path.slice(1)}`.replace(/^\/+/, '')}/${requested.search}`;
    response.writeHead(301, { Location: location, 'Content-Length': 0 }).end();
    return;
  }
  if (found?.kind === 'file' && (await sendFile(request, response, found.file, 200))) return;
  await notFound(site, request, response);
}

/** Serves the site folder `root` at `base` ("/" or a sub-path such as "/india-japan/"). */
export function createStaticServer(root: string, base = '/'): Server {
  const site: Site = { base, files: listSiteFiles(resolve(root)), rules: readRules(root) };
  // What a response carries when no path of the site applies: the 404 page's headers.
  const errorHeaders = headersFor(site.rules, '/404.html');
  const inFlight = responsesInFlight();

  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (request, response): void => {
    inFlight.started(request.socket, response);
    answer(site, request, response).catch((error: unknown) => {
      // A defect of ours, not the request's: logged with the start of the target, never sent.
      console.error(`static server: ${request.method} ${request.url?.slice(0, 200)}:`, error);
      if (response.headersSent) {
        response.destroy();
        return;
      }
      for (const [name, value] of Object.entries(errorHeaders)) response.setHeader(name, value);
      sendText(response, 500, 'Internal server error');
    });
  });
  server.on('clientError', (error: Error & { code?: string }, socket) => {
    inFlight.whenIdle(socket, () => answerClientError(error, socket, errorHeaders));
  });
  server.on('connect', (_request: IncomingMessage, socket: Duplex) => refuseTunnel(socket, errorHeaders));
  return server;
}
