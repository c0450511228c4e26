import { describe, expect, it } from 'vitest';
import { afterHeading, splitLead, splitRest } from '../../src/pure/sections.ts';
import { renderMarkdown } from '../support/render-markdown.ts';

async function rendered(markdown: string) {
  const { html, metadata } = await renderMarkdown(markdown);
  return { html, cuts: metadata.sectionCuts };
}

describe('splitting an article where the page draws from the data', () => {
  it('cuts after each named heading and its self-link, in page order, losing nothing', async () => {
    const { html, cuts } = await rendered('Lead.\n\n## Milan\n\nText one.\n\n## La Pérouse\n\nText two.\n');
    const parts = splitRest(html, cuts, ['la-pérouse', 'milan'].map((id) => ({ id, at: afterHeading(cuts, id) })));
    expect(parts.map((part) => part.place?.id)).toEqual(['milan', 'la-pérouse', undefined]);
    expect(splitLead(html, cuts).lead + parts.map((part) => part.html).join('')).toBe(html);
    expect(parts[0]?.html).toMatch(/^<div class="heading-wrapper level-h2"><h2 id="milan">[\s\S]*<\/div>$/);
    expect(parts[1]?.html.trimStart()).toMatch(/^<p id="milan-p1">Text one\. <a class="paragraph-link"/);
    expect(parts[2]?.html.trimStart()).toMatch(/^<p id="la-pérouse-p1">Text two\. <a class="paragraph-link"/);
  });

  it('cuts after a heading of any level the data names', async () => {
    const { html, cuts } = await rendered('## Editions\n\n### 2019\n\nText.\n');
    const [first, second] = splitRest(html, cuts, [{ at: afterHeading(cuts, '2019') }]);
    expect(first?.html).toMatch(/<h3 id="2019">2019<\/h3>[\s\S]*<\/div>$/);
    expect(second?.html.trimStart()).toMatch(/^<p id="2019-p1">Text\. <a class="paragraph-link"[^]*<\/a><\/p>$/);
  });

  it('fails, naming the id, when the article has no such heading, or has it in the lead', async () => {
    const { cuts } = await rendered('## Milan\n\nText.\n');
    expect(() => afterHeading(cuts, 'kakadu')).toThrow(/kakadu/);
    const early = await rendered('#### Early\n\nLead.\n\n## Milan\n\nText.\n');
    expect(() => afterHeading(early.cuts, 'early')).toThrow(/"early" is in the article's lead/);
  });
});

describe('an article’s lead', () => {
  it('is the text before the first section, the rest starting at that section’s heading', async () => {
    const { html, cuts } = await rendered('Lead one.[^a]\n\nLead two.\n\n## Background\n\nText.\n\n[^a]: A note.\n');
    const { lead, rest } = splitLead(html, cuts);
    expect(lead + rest).toBe(html);
    expect(lead).toMatch(/Lead one\.[\s\S]*Lead two\./);
    expect(lead).not.toMatch(/Background|data-footnotes/);
    expect(rest.trimStart()).toMatch(/^<div class="heading-wrapper level-h2"><h2 id="background">/);
  });

  it('stops before the notes where the article has no sections, and is all of a text with neither', async () => {
    const notes = await rendered('Only a lead.[^a]\n\n[^a]: A note.\n');
    const { lead, rest } = splitLead(notes.html, notes.cuts);
    expect(lead).toMatch(/Only a lead/);
    expect(rest).toMatch(/^<section[^>]*data-footnotes/);
    const plain = await rendered('Text.\n');
    expect(splitLead(plain.html, plain.cuts)).toEqual({ lead: plain.html, rest: '' });
  });
});
