/** An article's Markdown copy (`/articles/<id>.md`), rendered from the fixture articles through
 * the site's one configuration: every note of the page written out, plain GFM, absolute links. */
import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as hastText } from 'hast-util-to-string';
import type { FootnoteDefinition, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { recordsUnder } from '../../src/corpus/source-records.ts';
import { articleFile, articleProcessor, renderFile, type RenderedArticle } from '../../src/markdown/render-body.ts';
import { absoluteUrl, articleMarkdown } from '../../src/pure/article-markdown.ts';
import { editionsMarkdown } from '../../src/pure/editions-markdown.ts';
import { readYaml } from '../../src/pure/read-yaml.ts';
import { walk } from '../../src/pure/walk.ts';
import { exerciseSchema } from '../../src/schemas/exercise.ts';
import { FIXTURE_EVIDENCE } from '../support/fixture-evidence.ts';

const SITE = 'https://example.org/india-japan/';
const sources = recordsUnder(FIXTURE_EVIDENCE.sourcesDir).records;

async function render(name: string): Promise<RenderedArticle> {
  const processor = articleProcessor('/india-japan/', sources, [], name.endsWith('.mdx'));
  return renderFile(processor, articleFile(readFileSync(`tests/fixtures/articles/${name}`, 'utf8'), name));
}

function markdownOf(rendered: RenderedArticle, slug: string, editions: Parameters<typeof articleMarkdown>[0]['editions'] = []): string {
  return articleMarkdown({ title: 'Exercise Example', description: 'A fixture.', pageUrl: `${SITE}articles/${slug}/`, siteUrl: SITE, siteTitle: 'The site', published: '2026-11-01', updated: '2026-11-20', version: 2, tree: rendered.readerTree, editions });
}

const parse = (markdown: string): Root => unified().use(remarkParse).use(remarkGfm).parse(markdown);

function nodesOf<T extends Nodes>(tree: Root, type: T['type']): T[] {
  const found: T[] = [];
  walk(tree, (node) => {
    if (node.type === type) found.push(node as T);
  });
  return found;
}

describe("an article's Markdown copy", () => {
  it("holds every note of the page, each with its source's address and the exact words it quotes", async () => {
    const rendered = await render('good.md');
    const page = fromHtml(rendered.html, { fragment: true });
    const notes = selectAll('section[data-footnotes] li', page);
    const definitions = nodesOf<FootnoteDefinition>(parse(markdownOf(rendered, 'good')), 'footnoteDefinition');
    expect(notes.length).toBeGreaterThan(5);
    expect(definitions.map((definition) => definition.identifier)).toEqual(notes.map((_, index) => String(index + 1)));
    notes.forEach((note, index) => {
      const written = toString(definitions[index] as FootnoteDefinition);
      const url = select('.citation-url a', note)?.properties['href'];
      if (typeof url === 'string') expect(written).toContain(url);
      for (const words of selectAll('.evidence-words', note)) expect(written).toContain(hastText(words));
      const gloss = select('.gloss', note);
      if (gloss) expect(written).toContain(hastText(gloss));
    });
    // Japanese kept as written, in its quotation marks.
    expect(definitions.map((definition) => toString(definition)).join('\n')).toContain('“第2回の訓練は2019年に行われた。”');
  });

  it('starts with the title, the page, its dates and the site, and keeps none of the page’s furniture', async () => {
    const markdown = markdownOf(await render('good.md'), 'good');
    expect(markdown.split('\n').slice(0, 10).join('\n')).toBe(
      ['# Exercise Example', '', 'A fixture.', '', `- Page: <${SITE}articles/good/>`, '- Published: 2026-11-01', '- Last updated: 2026-11-20', '- Version: 2', `- From: [The site](${SITE})`, ''].join('\n'),
    );
    expect(markdown).not.toMatch(/Archived cop|Source entry|¶|Link to this paragraph/);
  });

  it('parses back with remark and GFM as plain Markdown: no HTML, MDX or JSX, every reference defined', async () => {
    const tree = parse(markdownOf(await render('good.md'), 'good'));
    const types = new Set<string>();
    walk(tree, (node) => {
      types.add(node.type);
    });
    expect([...types].filter((type) => type === 'html' || type.startsWith('mdx'))).toEqual([]);
    const defined = new Set(nodesOf<FootnoteDefinition>(tree, 'footnoteDefinition').map((definition) => definition.identifier));
    expect(nodesOf<Nodes & { identifier: string }>(tree, 'footnoteReference').every((reference) => defined.has(reference.identifier))).toBe(true);
    expect(types.has('table')).toBe(true);
  });

  it('makes every link into the site absolute, under the base path, and leaves other addresses alone', async () => {
    const links = nodesOf<Nodes & { url: string }>(parse(markdownOf(await render('good.md'), 'good')), 'link').map((link) => link.url);
    expect(links).toContain(`${SITE}articles/good/#venues`);
    expect(links).toContain('https://example.org/first');
    expect(links.every((url) => /^https?:\/\//.test(url))).toBe(true);
    expect(absoluteUrl('/sources/#x', SITE, `${SITE}articles/a/`)).toBe(`${SITE}sources/#x`);
    expect(absoluteUrl('//cdn.example/x', SITE, `${SITE}articles/a/`)).toBe('//cdn.example/x');
    expect(absoluteUrl('mailto:a@example.org', SITE, `${SITE}articles/a/`)).toBe('mailto:a@example.org');
  });

  it("writes an MDX article's site component as a Markdown table where the article places it, never as JSX", async () => {
    const rendered = await render('good-component.mdx');
    const exercise = exerciseSchema.parse(readYaml(readFileSync('tests/fixtures/exercises/good.yaml', 'utf8')));
    const blocks = editionsMarkdown(exercise, new Map([['first', 1], ['second', 2]]));
    const markdown = markdownOf(rendered, 'good-component', [{ series: 'example', section: 'editions', blocks }]);
    expect(markdown).not.toMatch(/<EditionsTable|import|\{/);
    expect(nodesOf(parse(markdown), 'html')).toEqual([]);
    const before = markdown.indexOf('The editions, drawn from the data:');
    const table = markdown.indexOf('| Edition | Dates | Place | Host | Taking part | Notes |');
    const after = markdown.indexOf('A paragraph after the table.');
    expect(before).toBeGreaterThan(0);
    expect(table).toBeGreaterThan(before);
    expect(after).toBeGreaterThan(table);
    expect(markdown).toContain('| Example 2018 | 1–14 November 2018 | Vairengte | not recorded: none of the sources cited names a host | — | [^1] |');
    expect(markdown).toContain('names a host | Other account: Another source says 2020.[^1] | [^2] |');
    // The forces taking part, then the edition's remark, as the page's column gives them.
    const [first] = exercise.editions;
    if (!first) throw new Error('The fixture series has no edition');
    const [, forcesTable] = editionsMarkdown({ ...exercise, editions: [{ ...first, units: ['1st Battalion'], ships: ['INS Example'], remark: 'The first.' }] }, new Map());
    const takingPart = forcesTable?.type === 'table' ? forcesTable.children[1]?.children[4] : undefined;
    expect(toString(takingPart ?? { type: 'text', value: '' })).toBe('1st Battalion, INS Example. The first.');
  });

  it('leaves out what the page does not show: editors’ comments', async () => {
    const rendered = await renderFile(articleProcessor(), articleFile('Text.\n\n<!-- check the date -->\n\nMore.\n', 'a.md'));
    const markdown = markdownOf(rendered, 'a');
    expect(markdown).toContain('Text.\n\nMore.\n');
    expect(markdown).not.toContain('check the date');
  });

  it('puts a series’ table at the start of its section where the article places no component', async () => {
    const exercise = exerciseSchema.parse(readYaml(readFileSync('tests/fixtures/exercises/good.yaml', 'utf8')));
    const markdown = markdownOf(await render('good.md'), 'good', [{ series: 'example', section: 'editions', blocks: editionsMarkdown(exercise, new Map()) }]);
    expect(markdown.indexOf('### Example: editions on record')).toBeGreaterThan(markdown.indexOf('## Editions'));
    expect(markdown.indexOf('### Example: editions on record')).toBeLessThan(markdown.indexOf('The second edition took place'));
    // Without the series, no table is invented.
    expect(markdownOf(await render('good.md'), 'good')).not.toContain('editions on record');
  });
});

describe('paragraph anchors', () => {
  const ids = (html: string) => selectAll('p', fromHtml(html, { fragment: true })).map((paragraph: Element) => paragraph.properties['id'] ?? null);

  it('gives each top-level paragraph an id from its section and place, with a named self-link', async () => {
    const { html } = await render('good.md');
    expect(ids(html).filter((id) => id !== null)).toEqual(['lead-p1', 'editions-p1', 'aims-p1']);
    const link = select('#aims-p1 > a.paragraph-link', fromHtml(html, { fragment: true }));
    expect(link?.properties['href']).toBe('#aims-p1');
    expect(hastText(select('.sr-only', link ?? { type: 'root', children: [] }) ?? { type: 'text', value: '' })).toBe('Link to this paragraph');
    // The notes' paragraphs get none: a reader links to the note itself.
    expect(selectAll('section[data-footnotes] p[id]', fromHtml(html, { fragment: true }))).toEqual([]);
  });

  it('gives no id to a paragraph in a list, a quotation or a table', async () => {
    const { html } = await renderFile(articleProcessor(), articleFile('- An item.\n\n  Its second paragraph.\n\n> Quoted.\n\n| a |\n| - |\n| b |\n', 'a.md'));
    expect(ids(html)).toEqual([null, null, null]);
    expect(html).not.toContain('paragraph-link');
  });

  it("keeps other sections' ids when a paragraph is added to one section", async () => {
    const text = (extra: string) => `Lead.\n\n## One\n\nFirst.\n\n${extra}Second.\n\n## Two\n\nThird.\n`;
    const processor = articleProcessor();
    const before = ids((await renderFile(processor, articleFile(text(''), 'a.md'))).html);
    const after = ids((await renderFile(processor, articleFile(text('Inserted.\n\n'), 'a.md'))).html);
    expect(before).toEqual(['lead-p1', 'one-p1', 'one-p2', 'two-p1']);
    expect(after).toEqual(['lead-p1', 'one-p1', 'one-p2', 'one-p3', 'two-p1']);
  });
});
