/**
 * The built site deploys as it is to Netlify, Cloudflare Pages and GitHub Pages: the
 * `_headers` file goes out with it, caching never pins a file that can change, a real
 * 404 page exists, and the output stays within the hosts' limits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, matches, parseHeadersFile } from '../../src/pure/headers-file.ts';
import { DIST, assertBuilt, siteFiles } from '../support/built-site.ts';

assertBuilt();
const sized = siteFiles();
const files = sized.map((file) => file.path);
const headersText = readFileSync(join(DIST, '_headers'), 'utf8');
const rules = parseHeadersFile(headersText);
const cacheControl = (path: string) => headersFor(rules, path)['Cache-Control'];

/** A name with a content hash before its extension: `BaseLayout.DY9Y99ZI.css`, `en_24ce756.pf_fragment`. */
const FINGERPRINTED = /[._][A-Za-z0-9_-]{7,}\.[a-z0-9_]+$/;

/** Cloudflare Pages' limits, the strictest of the three hosts. */
const HOST_LIMITS = { files: 20_000, fileBytes: 25 * 1024 * 1024, rules: 100, lineLength: 2_000 };

describe('deployment to static hosts', () => {
  it('ships public/_headers unchanged, as Netlify and Cloudflare Pages read it', () => {
    expect(headersText).toBe(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));
  });

  it('has a 404 page at the root, which the hosts serve with status 404', () => {
    expect(files).toContain('/404.html');
  });

  it('caches for a year only files named by their content hash', () => {
    const pinned = files.filter((path) => /immutable/.test(cacheControl(path) ?? ''));
    expect(pinned.length).toBeGreaterThan(10);
    expect(pinned.filter((path) => !FINGERPRINTED.test(path))).toEqual([]);
  });

  it('leaves pages, feeds and the search entry files to the host, which revalidates them', () => {
    const mutable = files.filter((path) => /\.(html|xml|txt|json)$/.test(path) || /\/pagefind\/[^/]+$/.test(path));
    expect(mutable.length).toBeGreaterThan(20);
    expect(mutable.filter((path) => cacheControl(path) !== undefined)).toEqual([]);
  });

  it('never sets one header from two rules for the same file, which hosts would join into one value', () => {
    const clashes = files.flatMap((path) => {
      const names = rules.filter((rule) => matches(rule.pattern, path)).flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
      return names.filter((name, index) => names.indexOf(name) !== index).map((name) => `${path}: ${name}`);
    });
    expect(clashes).toEqual([]);
  });

  it('stays within the hosts’ limits on files, file size and header rules', () => {
    expect(files.length).toBeLessThan(HOST_LIMITS.files);
    expect(sized.filter((file) => file.size > HOST_LIMITS.fileBytes).map((file) => file.path)).toEqual([]);
    expect(rules.length).toBeLessThanOrEqual(HOST_LIMITS.rules);
    expect(headersText.split('\n').filter((line) => line.length > HOST_LIMITS.lineLength)).toEqual([]);
  });
});
