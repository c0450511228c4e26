// The translation rules, each passing and failing: a translation keeps its original's notes
// (labels and `[@key] "…"` parts, byte for byte) and links; it translates an article that
// exists and says when it was checked against it, which an English article never says; and
// every English excerpt it quotes has our Japanese rendering.
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { recordsUnder } from '../../src/corpus/source-records.ts';
import { checkTranslations, type CheckedArticle } from '../../src/corpus/translation-checks.ts';
import { remarkLintTranslationGlosses } from '../../src/content-lint/rules/translation-glosses.ts';
import { translationFacts, translationProblems, type TranslationFacts } from '../../src/content-lint/translation-match.ts';
import { FIXTURE_EVIDENCE } from '../support/fixture-evidence.ts';

const sources = recordsUnder(FIXTURE_EVIDENCE.sourcesDir).records;

function facts(markdown: string): TranslationFacts {
  const file = new VFile({ value: markdown });
  return translationFacts(unified().use(remarkParse).use(remarkGfm).parse(file), file);
}

const ENGLISH = [
  'First held in 2018.[^first] See [JIMEX](/articles/jimex/) and [the aims](#aims).[^pointer]',
  '',
  '[^first]: [@example-first] "Exercise Example, a bilateral army exercise, was first held in 2018" The only report.',
  '[^pointer]: See [the venues](/articles/good/#venues).',
  '',
].join('\n');

const JAPANESE = [
  '2018年に初めて行われた。[^first] [JIMEX](/articles/jimex/)と[目的](#目的)を参照。[^pointer]',
  '',
  '[^first]: [@example-first] "Exercise Example, a bilateral army exercise, was first held in 2018" 唯一の報道である。',
  '[^pointer]: [会場](/articles/good/#venues)を参照。',
  '',
].join('\n');

describe('a translation against its original', () => {
  it('accepts the same notes with translated comments, and the same links with translated text', () => {
    expect(translationProblems(facts(ENGLISH), facts(JAPANESE), 'good.md')).toEqual([]);
  });

  it('refuses a note whose cited words differ, at the note, naming the English note', () => {
    const changed = JAPANESE.replace('was first held in 2018"', 'was first held"');
    expect(translationProblems(facts(ENGLISH), facts(changed), 'good.md')).toEqual([
      { line: 3, column: 1, reason: expect.stringMatching(/^Note `\[\^first\]` must cite and quote what the English note does \(good\.md:3:1\): copy its `\[@key\] "…"` part byte for byte/) },
    ]);
  });

  it('refuses a note the English does not have, and reports an English note left out', () => {
    const renamed = JAPANESE.replace(/\[\^first\]/g, '[^first-ja]');
    expect(translationProblems(facts(ENGLISH), facts(renamed), 'good.md').map(({ line, column, reason }) => `${String(line)}:${String(column)} ${reason}`)).toEqual([
      expect.stringMatching(/^3:1 Note `\[\^first-ja\]` is not one of the English article's notes \(good\.md\)/),
      expect.stringMatching(/^1:1 The English article's note `\[\^first\]` \(good\.md:3:1\) is not defined here/),
    ]);
  });

  it('refuses a link to a page the English does not link to, and reports a link left out', () => {
    const relinked = JAPANESE.replace('/articles/jimex/', '/ja/articles/jimex/');
    expect(translationProblems(facts(ENGLISH), facts(relinked), 'good.md')).toEqual([
      { line: 1, column: 24, reason: expect.stringMatching(/^Link to `\/ja\/articles\/jimex\/`, which the English article \(good\.md\) does not link to: a translation links to the same pages/) },
      { line: 1, column: 1, reason: expect.stringMatching(/^The English article links to `\/articles\/jimex\/` \(good\.md:1:33\) and this translation does not: keep the link/) },
    ]);
  });
});

describe('translations among the articles', () => {
  const outcome = (markdown: string, checked?: { line: number; column: number }): CheckedArticle['outcome'] => ({
    messages: [],
    anchors: [],
    sources: [],
    records: [],
    links: [],
    sectionLinks: [],
    translation: facts(markdown),
    frontmatter: { data: {}, draft: false, dates: checked ? [{ field: 'checked', value: '2026-11-20', ...checked }] : [] },
  });
  const article = (slug: string, markdown: string, checked?: { line: number; column: number }): CheckedArticle => ({ file: new VFile({ path: `${slug}.md` }), slug, outcome: outcome(markdown, checked) });
  const reasons = (articles: CheckedArticle[]) => articles.flatMap(({ file }) => file.messages.map((message) => `${file.path} ${String(message.line)}:${String(message.column)} ${message.reason}`));

  it('accepts a checked translation of an existing article that keeps its notes and links', () => {
    const articles = [article('good', ENGLISH), article('good.ja', JAPANESE, { line: 5, column: 10 })];
    checkTranslations(articles);
    expect(reasons(articles)).toEqual([]);
  });

  it('refuses a translation without `checked`, one of no article, and an English article with `checked`', () => {
    const articles = [article('good', ENGLISH, { line: 4, column: 10 }), article('good.ja', JAPANESE), article('jimex.ja', JAPANESE, { line: 5, column: 10 })];
    checkTranslations(articles);
    expect(reasons(articles)).toEqual([
      expect.stringMatching(/^good\.md 4:10 `checked` is the day a translation was last checked/),
      expect.stringMatching(/^good\.ja\.md 2:1 A translation needs `checked: YYYY-MM-DD`/),
      expect.stringMatching(/^jimex\.ja\.md 1:1 This translates `jimex`, but there is no article `jimex`/),
    ]);
  });

  it('leaves a translation of an unreadable article to that article’s own error', () => {
    const articles = [article('jimex.ja', JAPANESE, { line: 5, column: 10 })];
    checkTranslations(articles, new Set(['jimex']));
    expect(reasons(articles)).toEqual([]);
  });
});

describe('the Japanese renderings of English excerpts', () => {
  const lint = (markdown: string, lang: string, records = sources) => {
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkLintTranslationGlosses, { sources: records, required: true, lang, sourcesDir: 'tests/fixtures/sources' });
    const file = new VFile({ value: markdown });
    processor.runSync(processor.parse(file), file);
    return file.messages.map((message) => `${String(message.line)}:${String(message.column)} ${message.reason}`);
  };
  const NOTE = 'Text.[^first]\n\n[^first]: [@example-first] "Exercise Example, a bilateral army exercise, was first held in 2018"\n';
  const first = sources.get('example-first');
  if (!first) throw new Error('the fixture record example-first is missing');
  const unglossed = new Map([['example-first', { ...first, excerpts: first.excerpts.map(({ 'gloss-ja': _gloss, ...excerpt }) => excerpt) }]]);

  it('accepts an English excerpt with a `gloss-ja`, and a Japanese excerpt without one', () => {
    expect(lint(NOTE, 'ja')).toEqual([]);
    expect(lint('Text.[^ja]\n\n[^ja]: [@example-japanese] "第2回の訓練は2019年に行われた。"\n', 'ja')).toEqual([]);
  });

  it('refuses an English excerpt without one on a Japanese page, naming the record and the excerpt', () => {
    expect(lint(NOTE, 'ja', unglossed)).toEqual([
      '3:28 Note `[^first]` quotes an English excerpt of `@example-first` that has no `gloss-ja` (tests/fixtures/sources/example-first.yaml, excerpt 1: "Exercise Example, a bilateral army exercise, was first he…"): add our Japanese rendering of it as `gloss-ja` under that excerpt, which the Japanese page shows beside the English words',
    ]);
  });

  it('asks nothing of an English article', () => {
    expect(lint(NOTE, 'en', unglossed)).toEqual([]);
  });
});
