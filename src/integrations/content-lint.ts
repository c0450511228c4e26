/**
 * Astro integration: lints every article and exercise data file before a build (rendering the
 * articles too, for the pages to read) and fails the build on any problem,
 * printing file:line:column and what to do. In `astro dev` the same report is a warning, so
 * an editor sees it without losing the preview.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ARTICLE_CACHE_ENV, type EvidenceContext } from '../corpus/article-cache.ts';
import { formatReport, hasErrors } from '../content-lint/format-report.ts';
import { lintContent } from '../corpus/lint-content.ts';

/** `evidence`: the source records the notes cite (the site's own unless a test says otherwise);
 * `correctionsDir`: the corrections to check against the articles and data (none unless given);
 * `termsDir`: the term list to check against the source records (none unless given). */
export function contentLint(articlesDir: string, exercisesDir: string, { evidence, correctionsDir, termsDir }: { evidence?: EvidenceContext; correctionsDir?: string; termsDir?: string } = {}): AstroIntegration {
  return {
    name: 'site:content-lint',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        process.env[ARTICLE_CACHE_ENV] = fileURLToPath(new URL('site-articles/', config.cacheDir));
        // The articles are rendered in the same pass, on every core, into the article cache
        // the pages read from (src/corpus/article-pass.ts).
        const files = await lintContent(articlesDir, exercisesDir, { base: config.base, render: true, ...(correctionsDir !== undefined && { correctionsDir }), ...(termsDir !== undefined && { termsDir }), ...(evidence && { evidence }) });
        const report = formatReport(files);
        if (!hasErrors(files)) {
          if (report !== '') logger.warn(report);
          logger.info(`${files.length} articles, data files and source records pass the content lint.`);
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
