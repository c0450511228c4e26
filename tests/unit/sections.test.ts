import { describe, expect, it } from 'vitest';
import { splitAfterHeadings } from '../../src/pure/sections.ts';
import { renderMarkdown } from '../support/render-markdown.ts';

describe('splitting an article after section headings', () => {
  it('cuts after each named heading and its self-link, in page order, losing nothing', async () => {
    const { html } = await renderMarkdown('Lead.\n\n## Milan\n\nText one.\n\n## La Pérouse\n\nText two.\n');
    const parts = splitAfterHeadings(html, ['la-pérouse', 'milan']);
    expect(parts.map((part) => part.after)).toEqual(['milan', 'la-pérouse', undefined]);
    expect(parts.map((part) => part.html).join('')).toBe(html);
    expect(parts[0]?.html).toMatch(/id="milan"[\s\S]*<\/div>$/);
    expect(parts[1]?.html.trimStart()).toMatch(/^<p>Text one\.<\/p>/);
    expect(parts[2]?.html.trimStart()).toMatch(/^<p>Text two\.<\/p>/);
  });

  it('fails, naming the id, when the article has no such heading', async () => {
    const { html } = await renderMarkdown('## Milan\n\nText.\n');
    expect(() => splitAfterHeadings(html, ['kakadu'])).toThrow(/kakadu/);
  });
});
