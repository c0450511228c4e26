import { describe, expect, it } from 'vitest';
import { splitAfterHeadings, splitLead } from '../../src/pure/sections.ts';
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

describe('an article’s lead', () => {
  it('is the text before the first section, the rest starting at that section’s heading', async () => {
    const { html } = await renderMarkdown('Lead one.[^a]\n\nLead two.\n\n## Background\n\nText.\n\n[^a]: A note.\n');
    const { lead, rest } = splitLead(html);
    expect(lead + rest).toBe(html);
    expect(lead).toMatch(/Lead one\.[\s\S]*Lead two\./);
    expect(lead).not.toMatch(/Background|data-footnotes/);
    expect(rest.trimStart()).toMatch(/^<div class="heading-wrapper level-h2"><h2 id="background">/);
  });

  it('stops before the notes where the article has no sections, and is all of a text with neither', async () => {
    const { html } = await renderMarkdown('Only a lead.[^a]\n\n[^a]: A note.\n');
    const { lead, rest } = splitLead(html);
    expect(lead).toMatch(/Only a lead/);
    expect(rest).toMatch(/^<section[^>]*data-footnotes/);
    expect(splitLead('<p>Text.</p>')).toEqual({ lead: '<p>Text.</p>', rest: '' });
  });
});
