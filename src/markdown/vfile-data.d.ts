/**
 * What the site's Markdown plugins record on the file as they render it, read back by the
 * article renderer (render-body.ts): the one way results leave the processor.
 */
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import type { NoteFacts } from './remark-note-facts.ts';
import type { SectionCuts } from './rehype-stringify-sections.ts';

declare module 'vfile' {
  interface DataMap {
    /** Minutes and words, from remark-reading-time. */
    readingTime: { minutes: number; words: number };
    noteFacts: NoteFacts;
    /** The page's headings, from rehype-collect-headings. */
    headings: MarkdownHeading[];
    /** Where the page may cut the HTML, from rehype-stringify-sections. */
    sectionCuts: SectionCuts;
    /** The article as a reader copies it in Markdown, from remark-reader-tree. */
    readerTree: Root;
  }
}
