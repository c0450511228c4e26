import { describe, expect, it } from 'vitest';
import { llmsTxt } from '../../src/pure/llms-txt.ts';

describe('llms.txt', () => {
  it('has the proposal’s shape: title, summary, details, then sections of links', () => {
    const text = llmsTxt({
      title: 'Site',
      summary: 'What it is,\n  in a line.',
      details: ['A detail.'],
      sections: [{ name: 'Articles', links: [{ title: 'One', url: 'https://example.org/articles/one.md', description: 'The first.' }, { title: 'Two', url: 'https://example.org/articles/two.md' }] }],
    });
    expect(text).toBe('# Site\n\n> What it is, in a line.\n\nA detail.\n\n## Articles\n\n- [One](https://example.org/articles/one.md): The first.\n- [Two](https://example.org/articles/two.md)\n');
  });

  it('escapes brackets in a title, so a link stays one link', () => {
    const text = llmsTxt({ title: 'S', summary: 'S.', details: [], sections: [{ name: 'A', links: [{ title: 'Odd [title]', url: 'https://example.org/x.md' }] }] });
    expect(text).toContain('- [Odd \\[title\\]](https://example.org/x.md)');
  });
});
