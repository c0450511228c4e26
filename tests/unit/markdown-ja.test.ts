// A translation (`<id>.ja.md`) rendered through the site's one configuration with Japanese
// words: every word the pipeline writes into the HTML is the page's language, the notes quote
// the source's words with our Japanese rendering beside an English excerpt, and an English
// page is rendered exactly as before.
import { describe, expect, it } from 'vitest';
import { recordsUnder } from '../../src/corpus/source-records.ts';
import { ui } from '../../src/i18n/index.ts';
import { articleFile, articleProcessor, renderFile } from '../../src/markdown/render-body.ts';
import { articleLang } from '../../src/pure/articles.ts';
import { FIXTURE_EVIDENCE } from '../support/fixture-evidence.ts';

const sources = recordsUnder(FIXTURE_EVIDENCE.sourcesDir).records;

const MARKDOWN = [
  '演習は2018年に初めて行われた。[^first] 第2回は2019年であった。[^second-ja][^first]',
  '',
  '## 各回',
  '',
  '毎年行われている。[^weak][^first]',
  '',
  '[^first]: [@example-first] "Exercise Example, a bilateral army exercise, was first held in 2018"',
  '[^second-ja]: [@example-japanese] "第2回の訓練は2019年に行われた。"',
  '[^weak]: [@example-weak] "the exercise drew 500 soldiers"',
  '',
].join('\n');

async function render(lang: 'en' | 'ja') {
  return renderFile(articleProcessor('/', sources, [], false, lang), articleFile(MARKDOWN, lang === 'ja' ? 'example.ja.md' : 'example.md'));
}

describe('a translation rendered in its language', () => {
  it('takes its language from its file name', () => {
    expect(['jimex.ja.md', 'content/articles/jimex.ja.md', 'jimex.md', 'kakadu.mdx', 'japan.md'].map(articleLang)).toEqual(['ja', 'ja', 'en', 'en', 'en']);
  });

  it('writes the notes heading, the links’ names and the note links in Japanese', async () => {
    const { html } = await render('ja');
    const words = ui('ja').markdown;
    expect(html).toContain(`<h2 class="footnotes-heading" id="footnote-label">${words.notesHeading}</h2>`);
    expect(html).toContain('この節へのリンク：各回');
    expect(html).toContain('この段落へのリンク');
    expect(html).toContain('注1の1番目の参照箇所、a、へ戻る');
    expect(html).toContain('aria-label="注2の参照箇所へ戻る"');
    expect(html).toContain(`>${words.sourceEntry}</a>`);
    expect(html).toContain(`>${words.archivedCopy}</a>`);
    expect(html).toContain(`>${words.weakSource}</span>`);
    expect(html).not.toMatch(/Link to|Back to|>Notes<|Source entry|Archived cop|Weak source|Our translation|accessed/);
  });

  it('glosses an English excerpt with our Japanese rendering, and a Japanese one not at all', async () => {
    const { html } = await render('ja');
    expect(html).toContain('<span class="evidence-words" lang="en">“Exercise Example, a bilateral army exercise, was first held in 2018”</span> <span class="gloss">〔拙訳：二国間の陸軍演習であるエグザンプル演習は、2018年に初めて行われた〕</span>');
    expect(html).toContain('<span class="evidence-words">「第2回の訓練は2019年に行われた。」</span> <a href="#user-content-fnref-second-ja"');
    expect(html).not.toContain('The second exercise was held in 2019.');
  });

  it('dates the citation in Japanese and keeps the record’s own words, an English title marked English', async () => {
    const { html } = await render('ja');
    expect(html).toContain('Author One, <span class="citation-title" lang="en">“First Source”</span>, <em>Publication</em>, 2024年3月1日<span class="citation-url">');
    expect(html).toContain('2025年2月11日閲覧.');
    expect(html).toContain('保存された写しによる');
  });

  it('leaves an English page as it was: English words, the English gloss of a Japanese excerpt', async () => {
    const { html } = await render('en');
    expect(html).toContain('<h2 class="footnotes-heading" id="footnote-label">Notes</h2>');
    expect(html).toContain('<span class="evidence-words" lang="ja">“第2回の訓練は2019年に行われた。”</span> <span class="gloss">[Our translation: The second exercise was held in 2019.]</span>');
    expect(html).toContain('accessed 11 February 2025');
    expect(html).toContain('Back to reference a, the first, to note 1');
    expect(html).not.toContain('拙訳');
  });
});
