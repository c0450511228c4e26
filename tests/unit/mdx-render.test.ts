import { describe, expect, it } from 'vitest';
import { articleFile, articleProcessor, renderFile } from '../../src/markdown/render-body.ts';

const mdx = articleProcessor('/', new Map(), [], true);
const render = (text: string) => renderFile(mdx, articleFile(text, 'content/articles/x.mdx'));

describe('an MDX article, rendered', () => {
  it('records where a site component stands, writes no placeholder, and keeps the Markdown', async () => {
    const text = "import EditionsTable from '../../src/components/EditionsTable.astro';\n\nLead.\n\n## Editions\n\nBefore.\n\n<EditionsTable series=\"jimex\" />\n\nAfter *this*.\n";
    const { html, sectionCuts } = await render(text);
    expect(html).not.toMatch(/site-component|EditionsTable|import/);
    expect(sectionCuts.components).toEqual([{ name: 'EditionsTable', series: 'jimex', at: expect.any(Number) as number, line: 9, column: 1 }]);
    const at = sectionCuts.components[0]?.at ?? -1;
    expect(html.slice(0, at)).toMatch(/<p id="editions-p1">Before\. <a class="paragraph-link"[^]*?<\/a><\/p>\n$/);
    expect(html.slice(at)).toMatch(/^\n<p id="editions-p2">After <em>this<\/em>\. <a class="paragraph-link"/);
  });

  it('drops what the lint refuses, so even a dev preview shows no raw HTML and runs nothing', async () => {
    const { html } = await render('## Part\n\nSum: {1 + 1}.\n\n<div onclick="x()">Text <b>bold</b></div>\n\nexport const a = 1;\n');
    expect(html).not.toMatch(/<div>|<div onclick|<b>|onclick|1 \+ 1|export/);
    expect(html).toMatch(/Text[\s\S]*bold/);
  });
});
