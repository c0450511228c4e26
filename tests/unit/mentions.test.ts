import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { articleLinks, linkSections, mentionsByTarget } from '../../src/pure/mentions.ts';
import { articleParser } from '../../src/content-lint/processor.ts';

const text = [
  '---',
  'title: "[x](/articles/not-this/)"',
  '---',
  'Intro names [JIMEX](/articles/jimex/).',
  '',
  '## Background',
  '',
  'See [Malabar](/articles/malabar/#editions) and [JIMEX](/articles/jimex/).',
  '',
  '```',
  '## not a heading [x](/articles/in-code/)',
  '```',
  '',
  '### Later',
  'Again [JIMEX](/articles/jimex/).[^n]',
  '',
  '[^n]: A note linking [JIMEX](/articles/jimex/) is a citation, not a mention.',
].join('\n');
const tree = articleParser().parse(text) as Root;

describe('mentions between articles', () => {
  it('finds links to articles with the number of headings before each, skipping frontmatter, code and notes', () => {
    expect(articleLinks(tree)).toEqual([
      { target: 'jimex', headingsBefore: 0 },
      { target: 'malabar', headingsBefore: 1 },
      { target: 'jimex', headingsBefore: 1 },
      { target: 'jimex', headingsBefore: 2 },
    ]);
  });

  it('lists each linking article and section once under the article mentioned, never an article under itself', () => {
    const headings = [
      { slug: 'background', text: 'Background' },
      { slug: 'later', text: 'Later' },
    ];
    const byTarget = mentionsByTarget([
      { id: 'overview', title: 'Overview', links: linkSections(articleLinks(tree), headings) },
      { id: 'jimex', title: 'JIMEX', links: [{ target: 'jimex' }] },
    ]);
    expect(byTarget.get('jimex')).toEqual([
      { articleId: 'overview', articleTitle: 'Overview' },
      { articleId: 'overview', articleTitle: 'Overview', section: { id: 'background', text: 'Background' } },
      { articleId: 'overview', articleTitle: 'Overview', section: { id: 'later', text: 'Later' } },
    ]);
    expect(byTarget.get('malabar')).toHaveLength(1);
  });
});
