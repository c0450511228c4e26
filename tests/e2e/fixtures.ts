/**
 * The browser tests' `test`: every page a test opens must load without a console error, an
 * uncaught exception or a Content-Security-Policy violation; any of them fails the test.
 * A test that expects one (the 404 page's own status) names it with `allowedErrors`.
 */
import { expect, test as base } from '@playwright/test';

interface Options {
  /** Console messages a test expects, e.g. the 404 status of a page it opens on purpose. */
  allowedErrors: RegExp[];
}

export const test = base.extend<Options & { browserErrors: string[] }>({
  allowedErrors: [[], { option: true }],
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
