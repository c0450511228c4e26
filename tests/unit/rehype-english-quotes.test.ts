/** The English words a translation quotes are marked lang="en" (src/markdown/rehype-english-quotes.ts). */
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { quotesMarked, rehypeEnglishQuotes } from '../../src/markdown/rehype-english-quotes.ts';

const paragraph = (children: Element['children'], properties: Element['properties'] = {}): Element => ({ type: 'element', tagName: 'p', properties, children });

describe('rehypeEnglishQuotes', () => {
  it('marks a quotation with no Japanese letter as English, inside its quotation marks', () => {
    const tree: Root = { type: 'root', children: [paragraph([{ type: 'text', value: '論文はF-2を“a Japanese version of the F-16”と説明し、“annual”とも書く。「日本」“日本語の文”' }])] };
    rehypeEnglishQuotes()(tree);
    expect(toHtml(tree)).toBe('<p>論文はF-2を“<span lang="en">a Japanese version of the F-16</span>”と説明し、“<span lang="en">annual</span>”とも書く。「日本」“日本語の文”</p>');
  });

  it('leaves a passage already marked with a language, and a text with no quotation, as they are', () => {
    const tree: Root = { type: 'root', children: [paragraph([{ type: 'text', value: '“as written”' }], { lang: 'en' }), paragraph([{ type: 'text', value: '本文' }])] };
    rehypeEnglishQuotes()(tree);
    expect(toHtml(tree)).toBe('<p lang="en">“as written”</p><p>本文</p>');
    expect(quotesMarked({ type: 'text', value: '“end”' })).toEqual([{ type: 'text', value: '“' }, { type: 'element', tagName: 'span', properties: { lang: 'en' }, children: [{ type: 'text', value: 'end' }] }, { type: 'text', value: '”' }]);
  });
});
