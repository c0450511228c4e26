/**
 * Astro integration: lints every article and exercise data file before a build and fails the build on any problem,
 * printing file:line:column and what to do. In `astro dev` the same report is a warning, so
 * an editor sees it without losing the preview.
 */
import type { AstroIntegration } from 'astro';
import { formatReport } from '../content-lint/format-report.ts';
import { lintContent } from '../content-lint/lint-articles.ts';

export function contentLint(articlesDir: string, exercisesDir: string): AstroIntegration {
  return {
    name: 'site:content-lint',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const files = await lintContent(articlesDir, exercisesDir);
        const report = formatReport(files);
        if (report === '') {
          logger.info(`${files.length} articles and data files pass the content lint.`);
          return;
        }
        if (command === 'dev') {
          logger.warn(`Content problems (the build will fail until they are fixed):\n${report}`);
          return;
        }
        throw new Error(`The articles have problems to fix before the site can be built:\n\n${report}`);
      },
    },
  };
}
