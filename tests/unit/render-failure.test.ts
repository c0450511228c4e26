import { markdownConfigDefaults, unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { renderArticle } from '../../src/lib/render-article.ts';
import { markdownProcessorOptions } from '../../src/markdown/index.ts';

/** A remark plugin that fails on one article, as a plugin bug or bad input would. */
function remarkFailOnJimex() {
  return (_tree: unknown, file: { path?: string }) => {
    if (file.path?.endsWith('jimex.md')) throw new Error('Simulated plugin failure');
  };
}

const options = markdownProcessorOptions();
const failing = unified({ ...options, remarkPlugins: [...options.remarkPlugins, remarkFailOnJimex] }).createRenderer(markdownConfigDefaults);

describe('rendering errors', () => {
  // Each article page renders its own article, so the error rejects that page's render and
  // with it the build; Astro's glob() loader would log it and ship the page with no body.
  it('reject with the article\'s file named, instead of yielding an empty page', async () => {
    const article = { id: 'jimex', filePath: 'content/articles/jimex.md', body: 'Text.' };
    await expect(renderArticle(article, failing)).rejects.toThrow(/content\/articles\/jimex\.md[\s\S]*Simulated plugin failure/);
  });

  it('render other articles through the same renderer', async () => {
    const article = { id: 'malabar', filePath: 'content/articles/malabar.md', body: 'Text.[^a]\n\n[^a]: "A title", *A paper*, 2024.\n' };
    const rendered = await renderArticle(article, failing);
    expect(rendered.html).toContain('<p>Text.<sup>');
    expect(rendered.noteNumbers).toEqual({ a: 1 });
    expect(rendered.citations[0]?.publication).toBe('A paper');
  });
});
