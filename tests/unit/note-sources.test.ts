/**
 * Notes whose first link is not a web address (another article, a section of this one, a
 * malformed address the lint reports) render, and their sources are keyed without a crash.
 */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../support/render-markdown.ts';

const notes = [
  'Held in 2018,[^other] in 2019,[^section] and 2020.[^mixed]',
  '',
  '## Aims',
  '',
  'Text.',
  '',
  '[^other]: See [the JIMEX article](/articles/jimex/), which cites its own sources.',
  '[^section]: As [above](#aims), "A printed paper", *A Journal*, 2019.',
  '[^mixed]: See [JIMEX](/articles/jimex/) and "A report", <https://example.org/report>, accessed 2 March 2025.',
].join('\n');

describe('notes that cite another article or a section', () => {
  it('render, with the web address (not the first link) as the source', async () => {
    const { html, metadata } = await renderMarkdown(notes);
    const { citations } = metadata;
    expect(citations.map((citation) => citation.url)).toEqual([undefined, undefined, 'https://example.org/report']);
    expect(html).toContain('href="/articles/jimex/"');
    const noteList = html.slice(html.indexOf('data-footnotes'));
    expect(noteList.match(/class="source-entry"/g)).toHaveLength(3);
    expect(html).toContain('data-originalurl="https://example.org/report"');
  });

  it('render a malformed web address without taking it for the source', async () => {
    const { metadata } = await renderMarkdown('A[^b].\n\n[^b]: "A page", [here](https://exa%zz.org/), accessed 1 March 2025.\n');
    expect(metadata.citations[0]?.url).toBeUndefined();
  });
});
