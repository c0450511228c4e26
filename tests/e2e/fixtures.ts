/**
 * The browser tests' `test`: every page a test opens must load without a console error, an
 * uncaught exception or a Content-Security-Policy violation; any of them fails the test.
 * A test that expects one (the 404 page's own status) names it with `allowedErrors`.
 *
 * Tests name pages from the site's root ("/articles/jimex/"); `page.goto` adds the base path
 * of the project's build, so the same tests run against the site served under a sub-path.
 * Assertions on links use `at()` and `pathPattern()` for the same reason.
 */
import { expect, test as base, type Page } from '@playwright/test';

interface Options {
  /** Console messages a test expects, e.g. the 404 status of a page it opens on purpose. */
  allowedErrors: RegExp[];
}

interface Fixtures {
  browserErrors: string[];
  /** The base path of the build under test: "/" or "/india-japan/". */
  basePath: string;
}

/** `path`, written from the site's root, under the base path `basePath`. */
export function at(basePath: string, path: string): string {
  return basePath + path.replace(/^\//, '');
}

/** A pattern written for the site at the root (`/^\/articles\//`), for the build under `basePath`. */
export function pathPattern(basePath: string, pattern: RegExp): RegExp {
  const base = basePath.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(pattern.source.replace(/^\^\\\//, `^${base}`), pattern.flags);
}

/** `page`, with `goto` taking paths from the site's root, for a page a test opens itself. */
export function baseAware(page: Page, basePath: string): Page {
  const goto = page.goto.bind(page);
  page.goto = (url, options) => goto(url.startsWith('/') ? at(basePath, url) : url, options);
  return page;
}

export const test = base.extend<Options & Fixtures>({
  allowedErrors: [[], { option: true }],
  basePath: async ({ baseURL }, use) => {
    await use(new URL(baseURL ?? 'http://127.0.0.1/').pathname);
  },
  page: async ({ page, basePath }, use) => {
    await use(baseAware(page, basePath));
  },
  browserErrors: [
    async ({ page, allowedErrors }, use) => {
      const errors: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} in ${event.sourceFile}:${event.lineNumber}`);
        });
      });
      page.on('console', (message) => {
        if (message.type() !== 'error' && message.type() !== 'warning') return;
        const text = `${message.type()}: ${message.text()} (${page.url()})`;
        if (!allowedErrors.some((allowed) => allowed.test(text))) errors.push(text);
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message} (${page.url()})`));
      await use(errors);
      expect(errors, 'the page logged errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
