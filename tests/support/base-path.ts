/**
 * The build the browser tests run a second time against: the site as a project page under a
 * sub-path, as on GitHub Pages (https://<user>.github.io/<repo>/). One definition, for the
 * build script, the Playwright config and the site checks.
 */
import { fileURLToPath } from 'node:url';

/** The public URL the sub-path build is made for; its path is the base of every link. */
export const BASE_PATH_SITE_URL = 'https://example.org/india-japan/';
export const BASE_PATH = new URL(BASE_PATH_SITE_URL).pathname;
/** Where the sub-path build is written, beside dist/. */
export const BASE_PATH_DIST = fileURLToPath(new URL('../../dist-base-path/', import.meta.url));
