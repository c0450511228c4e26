import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { build } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownProcessorOptions } from '../../src/markdown/index.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'render-failure-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A remark plugin that fails on one article, as a plugin bug or bad input would. */
function remarkFailOnJimex() {
  return (_tree: unknown, file: { path?: string }) => {
    if (file.path?.endsWith('jimex.md')) throw new Error('Simulated plugin failure in jimex.md');
  };
}

describe('rendering errors', () => {
  // Astro 7.3's glob loader logs a plugin error during content sync and builds on, shipping
  // the page with an empty body; the collection's deferRender makes the error fail the build.
  it('fail the build instead of shipping an empty page', { timeout: 120_000 }, async () => {
    const failing = build({
      root,
      outDir: join(scratch, 'dist'),
      cacheDir: join(scratch, 'cache'),
      logLevel: 'silent',
      markdown: {
        processor: unified({ ...markdownProcessorOptions, remarkPlugins: [...markdownProcessorOptions.remarkPlugins, remarkFailOnJimex] }),
      },
    });
    await expect(failing).rejects.toThrow(/Simulated plugin failure in jimex\.md/);
  });
});
