/** Renders Markdown exactly as the site does: through the one configuration in src/markdown. */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { articleFile, articleProcessor, renderFile, type ArticleProcessor, type RenderedArticle } from '../../src/markdown/render-body.ts';

const processors = new Map<string, ArticleProcessor>();

/** The site's renderer for a build with base path `base`, made once per base. */
function processorFor(base: string): ArticleProcessor {
  let processor = processors.get(base);
  if (!processor) processors.set(base, (processor = articleProcessor(base)));
  return processor;
}

export interface Rendered {
  html: string;
  tree: Root;
  /** What the page shows beside the body: headings, notes, reading time. */
  metadata: Omit<RenderedArticle, 'html'>;
}

/** `markdown` as an article page shows it, for a site built at `base` ("/" unless under a sub-path). */
export async function renderMarkdown(markdown: string, base = '/'): Promise<Rendered> {
  const { html, ...metadata } = await renderFile(processorFor(base), articleFile(markdown, 'test.md'));
  return { html, tree: fromHtml(html, { fragment: true }), metadata };
}
