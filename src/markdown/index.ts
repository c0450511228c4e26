/**
 * The site's one Markdown configuration. `astro.config.mjs` passes it to Astro and the unit
 * tests render through it, so what the tests check is what the site ships.
 *
 * Astro 7's default processor runs no remark/rehype plugins, so the unified processor is
 * chosen explicitly. Its built-in GFM is turned off and remark-gfm registered here instead,
 * so the version in package.json is the one that runs.
 */
import { unified, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { remarkRehypeOptions } from './remark-rehype-options.ts';
import { rehypeFootnoteBacklinks } from './rehype-footnote-backlinks.ts';
import { rehypeHeadingLinks } from './rehype-heading-links.ts';
import { rehypeSidenotes } from './rehype-sidenotes.ts';
import { remarkReadingTime } from './remark-reading-time.ts';
import { remarkSourceLinks } from './remark-source-links.ts';

export const markdownProcessorOptions = {
  gfm: false,
  smartypants: true,
  // The bibliography is at /sources/ (the site is built at the root; see astro.config.mjs).
  remarkPlugins: [remarkGfm, remarkReadingTime, [remarkSourceLinks, { sourcesPath: '/sources/' }]],
  // Order matters: back-links are lettered before the margin copies are made from the notes.
  rehypePlugins: [rehypeSlug, rehypeHeadingLinks, rehypeFootnoteBacklinks, rehypeSidenotes],
  remarkRehype: remarkRehypeOptions,
} satisfies UnifiedProcessorOptions;

/** Astro's `markdown` setting. Syntax highlighting is off: Shiki writes inline `style`
 * attributes, which the Content-Security-Policy (no 'unsafe-inline' styles) would block. */
export const markdownConfig = {
  processor: unified(markdownProcessorOptions),
  syntaxHighlight: false as const,
};
