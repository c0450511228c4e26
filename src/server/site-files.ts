/**
 * The files the server may send: the regular files under the site folder, listed once when
 * the server starts, so a request path is only ever looked up in a list. No request path
 * reaches the file system, so none can name a file outside the folder, a symbolic link, or
 * something the system refuses to stat (a NUL byte, a name too long).
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface SiteFiles {
  /** Site path ("/articles/x/index.html") to the file's absolute path. */
  files: ReadonlyMap<string, string>;
  /** Site paths of folders, without a trailing slash ("/articles/x"). */
  folders: ReadonlySet<string>;
}

/** What a decoded site path names. */
export type Found = { kind: 'file'; file: string } | { kind: 'folder' } | undefined;

/** Hidden files are not published, as on the static hosts; `.well-known` is the exception
 * they make. The host reads `_headers` and never serves it. */
function published(sitePath: string): boolean {
  if (sitePath === '/_headers') return false;
  return sitePath.split('/').every((segment) => !segment.startsWith('.') || segment === '.well-known');
}

/** Lists the site folder `root` (an absolute path). Symbolic links are left out, like
 * anything else that is neither a regular file nor a folder. */
export function listSiteFiles(root: string): SiteFiles {
  const files = new Map<string, string>();
  const folders = new Set<string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const absolute = join(entry.parentPath, entry.name);
    // Keys are NFC, as the site's links are written, whatever form the file system returns.
    const sitePath = `/${relative(root, absolute).split(sep).join('/')}`.normalize();
    if (!published(sitePath)) continue;
    if (entry.isFile()) files.set(sitePath, absolute);
    else if (entry.isDirectory()) folders.add(sitePath);
  }
  return { files, folders };
}

/**
 * What the decoded site path `path` names. A path ending in a slash names a folder, served
 * from its index.html, and nothing else: `/data/x.json/` is no file. A path without one is a
 * folder to redirect to, or else a file (`/404` is also `/404.html`, as static hosts serve it).
 */
export function findInSite(site: SiteFiles, path: string): Found {
  if (!path.endsWith('/') && site.folders.has(path)) return { kind: 'folder' };
  const file = path.endsWith('/') ? site.files.get(`${path}index.html`) : (site.files.get(path) ?? site.files.get(`${path}.html`));
  return file === undefined ? undefined : { kind: 'file', file };
}
