import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderArticle } from '../../src/data/render-article.ts';
import { articleProcessor } from '../../src/markdown/render-body.ts';

/** A remark plugin that fails on one article, as a plugin bug or bad input would. */
function remarkFailOnJimex() {
  return (_tree: unknown, file: { path?: string }) => {
    if (file.path?.endsWith('jimex.md')) throw new Error('Simulated plugin failure');
  };
}

const failing = articleProcessor('/', new Map(), [remarkFailOnJimex]);
const scratch = mkdtempSync(join(tmpdir(), 'render-failure-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** An article as the loader records it, with its file written to the scratch folder. */
function article(id: string, text: string) {
  const filePath = join(scratch, `${id}.md`);
  writeFileSync(filePath, text);
  return { id, filePath };
}

describe('rendering errors', () => {
  // Each article page renders its own article, so the error rejects that page's render and
  // with it the build; Astro's glob() loader would log it and ship the page with no body.
  it('reject with the article\'s file named, instead of yielding an empty page', async () => {
    await expect(renderArticle(article('jimex', '---\ntitle: x\n---\nText.\n'), failing)).rejects.toThrow(/jimex\.md[\s\S]*Simulated plugin failure/);
  });

  it('render other articles through the same renderer, frontmatter left out', async () => {
    const rendered = await renderArticle(article('malabar', '---\ntitle: x\n---\nText.[^a]\n\n[^a]: "A title", *A paper*, 2024.\n'), failing);
    expect(rendered.html).toMatch(/^<p>Text\.<sup>/);
    expect(rendered.noteNumbers).toEqual({ a: 1 });
    expect(rendered.citations[0]?.publication).toBe('A paper');
  });
});
