/** Renders Markdown exactly as the site does: through the one configuration in src/markdown. */
import { markdownConfigDefaults, type MarkdownRenderer, type MarkdownRenderResult } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { markdownConfig } from '../../src/markdown/index.ts';

const renderers = new Map<string, Promise<MarkdownRenderer>>();

/** The site's renderer for a build with base path `base`, made once per base. */
function rendererFor(base: string): Promise<MarkdownRenderer> {
  let renderer = renderers.get(base);
  if (!renderer) {
    const config = markdownConfig(base);
    renderer = config.processor.createRenderer({ ...markdownConfigDefaults, syntaxHighlight: config.syntaxHighlight });
    renderers.set(base, renderer);
  }
  return renderer;
}

export interface Rendered {
  html: string;
  tree: Root;
  metadata: MarkdownRenderResult['metadata'];
}

/** `markdown` as an article page shows it, for a site built at `base` ("/" unless under a sub-path). */
export async function renderMarkdown(markdown: string, base = '/'): Promise<Rendered> {
  const { code, metadata } = await (await rendererFor(base)).render(markdown);
  return { html: code, tree: fromHtml(code, { fragment: true }), metadata };
}
