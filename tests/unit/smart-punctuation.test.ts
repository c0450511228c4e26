import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkSmartPunctuation } from '../../src/markdown/remark-smart-punctuation.ts';

/** The text nodes of `markdown` after a punctuation plugin, as one string per node. */
function texts(markdown: string, plugin: 'ours' | 'smartypants'): string[] {
  const base = unified().use(remarkParse).use(remarkGfm);
  const processor = plugin === 'ours' ? base.use(remarkSmartPunctuation) : base.use(remarkSmartypants);
  const tree = processor.runSync(processor.parse(markdown));
  const values: string[] = [];
  const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (node.type === 'text' || node.type === 'inlineCode') values.push(node.value ?? '');
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(tree as never);
  return values;
}

const TRICKY = [
  `He said "hello" and 'bye'. It's the '80s, don't you know? "'Quoted' words in a larger quote."`,
  `"**Bold** quoted" and "a [link](https://example.org) inside" or \`code "x"\` then "after".`,
  'Dashes -- here, triple --- there, a-b. Ellipsis... and spaced . . . too. ``Backticks\'\' test.',
  `'Tis the 'season'. The students' books. "Quote at end"`,
  `# "Heading" with 'quotes' -- and...`,
  `| "cell" | 'x' |\n| --- | --- |\n| "a" | b's |`,
  `- "list item" with 'single'\n- 5'10" tall and 3" wide`,
  `> "Blockquote" text.`,
  `India's "Act East Policy" and Japan's "Free and Open Indo-Pacific" (the 'FOIP').`,
];

describe('smart punctuation', () => {
  it.each(TRICKY)('matches SmartyPants (retext-smartypants) on %s', (markdown) => {
    expect(texts(markdown, 'ours')).toEqual(texts(markdown, 'smartypants'));
  });

  it('matches SmartyPants on every article of the site', () => {
    const folder = new URL('../../content/articles/', import.meta.url);
    for (const name of readdirSync(folder).filter((file) => /\.mdx?$/.test(file))) {
      const { content } = parseFrontmatter(readFileSync(new URL(name, folder), 'utf8'));
      expect(texts(content, 'ours'), name).toEqual(texts(content, 'smartypants'));
    }
  });

  it('curls quotes and never touches inline code', () => {
    expect(texts('"A" `"b"` it\'s -- ok...', 'ours')).toEqual(['“A” ', '"b"', ' it’s — ok…']);
  });

  it('curls quotes beside Japanese by what stands on their other side, and pairs them between Japanese characters', () => {
    expect(texts('インドが"Make in India"と"Atmanirbhar Bharat"の両施策を', 'ours')).toEqual(['インドが“Make in India”と“Atmanirbhar Bharat”の両施策を']);
    expect(texts('陸自は"ダルマ・ガーディアン22"と呼び、"第4回"とした。', 'ours')).toEqual(['陸自は“ダルマ・ガーディアン22”と呼び、“第4回”とした。']);
    expect(texts('報道は"since 2018"（2018年以来）と', 'ours')).toEqual(['報道は“since 2018”（2018年以来）と']);
  });

  it('curls a Japanese quotation after a space as SmartyPants does', () => {
    const markdown = 'The note quotes "第1師団が実施" and more.';
    expect(texts(markdown, 'ours')).toEqual(texts(markdown, 'smartypants'));
    // SmartyPants closes both quotes here; the Japanese ones must open and close.
    expect(texts('日本語"テスト"です', 'smartypants')).not.toEqual(['日本語“テスト”です']);
  });

  it('leaves text without straight quotes, dashes or dots as it is', () => {
    expect(texts('Plain words, nothing to change', 'ours')).toEqual(['Plain words, nothing to change']);
  });
});
