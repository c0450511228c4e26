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
import { rehypeBaseLinks } from './rehype-base-links.ts';
import { rehypeFootnoteBacklinks } from './rehype-footnote-backlinks.ts';
import { rehypeHeadingLinks } from './rehype-heading-links.ts';
import { rehypeParagraphAnchors } from './rehype-paragraph-anchors.ts';
import { rehypeSidenotes } from './rehype-sidenotes.ts';
import { rehypeTableAlign } from './rehype-table-align.ts';
import { remarkArchiveLinks } from './remark-archive-links.ts';
import { remarkNoteEvidence } from './remark-note-evidence.ts';
import { rehypeEnglishQuotes } from './rehype-english-quotes.ts';
import { remarkNoteFacts } from './remark-note-facts.ts';
import { remarkReaderTree } from './remark-reader-tree.ts';
import { remarkReadingTime } from './remark-reading-time.ts';
import { remarkSmartPunctuation } from './remark-smart-punctuation.ts';
import { remarkSiteComponents } from './remark-site-components.ts';
import { remarkSourceLinks } from './remark-source-links.ts';
import type { SourceRecord } from '../schemas/source.ts';
import { DEFAULT_LANG, ui, type Lang } from '../i18n/index.ts';
import { remarkRehypeOptionsFor } from './remark-rehype-options.ts';

/** The plugins and options for a site built with base path `base` ("/" unless it is served
 * under a sub-path), whose notes cite the source records `sources`, for an article in `lang`
 * (a translation, `<id>.ja.md`, is rendered with its language's words: the notes' heading,
 * the links' names, the glosses). Astro's config, the article renderer and the tests all
 * take them from here. */
export function markdownProcessorOptions(base = '/', sources: ReadonlyMap<string, SourceRecord> = new Map(), lang: Lang = DEFAULT_LANG) {
  const words = ui(lang).markdown;
  return {
    gfm: false,
    // Smart quotes and dashes come from remarkSmartPunctuation, the same rules at half the cost.
    smartypants: false,
    // An MDX article's components become placeholders first, and nothing else of MDX remains.
    // A note naming a source record is printed from it next, before smart punctuation, so
    // the record's titles get curly quotes and the note's text is read as written.
    // Links are written from the site's root ("/sources/#…"); rehypeBaseLinks adds the base.
    // The archived-copy and source-entry links are added after remarkNoteFacts has read each
    // note's citation, so neither becomes part of it, and after the reader's Markdown copy
    // is kept (remarkReaderTree), which holds the note's words without the page's links.
    remarkPlugins: [remarkSiteComponents, [remarkNoteEvidence, { sources, words, lang }], remarkSmartPunctuation, remarkGfm, remarkReadingTime, remarkNoteFacts, remarkReaderTree, [remarkArchiveLinks, { words }], [remarkSourceLinks, { sourcesPath: '/sources/', words }]],
    // Order matters: paragraphs are numbered under their headings before the headings are
    // wrapped with their links; back-links are lettered before the margin copies are made from the notes.
    rehypePlugins: [rehypeSlug, rehypeTableAlign, [rehypeParagraphAnchors, { words }], [rehypeHeadingLinks, { words }], [rehypeFootnoteBacklinks, { words }], rehypeSidenotes, ...(lang === DEFAULT_LANG ? [] : [rehypeEnglishQuotes]), [rehypeBaseLinks, { base }]],
    remarkRehype: remarkRehypeOptionsFor(words),
  } satisfies UnifiedProcessorOptions;
}

/** Astro's `markdown` setting. Syntax highlighting is off: Shiki writes inline `style`
 * attributes, which the Content-Security-Policy (no 'unsafe-inline' styles) would block. */
export function markdownConfig(base = '/', sources: ReadonlyMap<string, SourceRecord> = new Map()) {
  return {
    processor: unified(markdownProcessorOptions(base, sources)),
    syntaxHighlight: false as const,
  };
}
