import { describe, expect, it } from 'vitest';
import { articleFile, articleProcessor, renderFile } from '../../src/markdown/render-body.ts';

/** A remark plugin that fails on one article, as a plugin bug or bad input would. */
function remarkFailOnJimex() {
  return (_tree: unknown, file: { path?: string }) => {
    if (file.path?.endsWith('jimex.md')) throw new Error('Simulated plugin failure');
  };
}

const failing = articleProcessor('/', new Map(), [remarkFailOnJimex]);

describe('rendering errors', () => {
  // The article pass renders every article before any page, so the error fails the build,
  // naming the file; Astro's glob() loader would log it and ship the page with no body.
  it("reject with the article's file named, instead of yielding an empty page", async () => {
    await expect(renderFile(failing, articleFile('---\ntitle: x\n---\nText.\n', 'content/articles/jimex.md'))).rejects.toThrow(/jimex\.md[\s\S]*Simulated plugin failure/);
  });

  it('render other articles through the same renderer, frontmatter left out', async () => {
    const rendered = await renderFile(failing, articleFile('---\ntitle: x\n---\nText.[^a]\n\n[^a]: "A title", *A paper*, 2024.\n', 'content/articles/malabar.md'));
    expect(rendered.html).toMatch(/^<p id="lead-p1">Text\.<sup>/);
    expect(rendered.noteNumbers).toEqual({ a: 1 });
    expect(rendered.citations[0]?.publication).toBe('A paper');
  });
});
