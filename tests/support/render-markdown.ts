/** Renders Markdown exactly as the site does: through the one configuration in src/markdown. */
import { markdownConfigDefaults, type MarkdownRenderResult } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { markdownConfig } from '../../src/markdown/index.ts';

const renderer = await markdownConfig.processor.createRenderer({
  ...markdownConfigDefaults,
  syntaxHighlight: markdownConfig.syntaxHighlight,
});

export interface Rendered {
  html: string;
  tree: Root;
  metadata: MarkdownRenderResult['metadata'];
}

export async function renderMarkdown(markdown: string): Promise<Rendered> {
  const { code, metadata } = await renderer.render(markdown);
  return { html: code, tree: fromHtml(code, { fragment: true }), metadata };
}
