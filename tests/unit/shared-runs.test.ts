import { describe, expect, it } from 'vitest';
import { proseCharacterRuns, proseWords, sharedCharacterRuns, sharedRuns } from '../support/shared-runs.ts';

const source = 'The exercise aims to enhance the combined capabilities to execute joint operations in a semi-urban environment under Chapter VII.';

describe('shared runs of words', () => {
  it('finds a run of twelve or more words copied from the source', () => {
    const article = 'Its stated aim: enhance the combined capabilities to execute joint operations in a semi-urban environment under the Charter.';
    expect(sharedRuns(article, source)).toEqual(['enhance the combined capabilities to execute joint operations in a semi urban environment under']);
  });

  it('leaves quotations in double quotation marks alone', () => {
    const article = 'Its stated aim is to “enhance the combined capabilities to execute joint operations in a semi-urban environment under Chapter VII”.';
    expect(sharedRuns(article, source)).toEqual([]);
  });

  it('lets shorter runs pass', () => {
    expect(sharedRuns('to execute joint operations in a semi-urban environment, in other words', source)).toEqual([]);
  });

  it('ignores frontmatter and URLs', () => {
    expect(proseWords('---\ntitle: x y\n---\nSee https://example.org/a-b-c now.')).toEqual(['see', 'now']);
  });
});

describe('shared runs of Japanese characters', () => {
  const japanese = '陸上自衛隊とインド陸軍は、静岡県御殿場市の板妻駐屯地で開始式を行い、両国を代表して師団長と大使が壇上に立った。';

  it('finds a run of twenty or more characters copied from the source, punctuation or not', () => {
    const article = '---\ntitle: 試験\n---\n\n報道によれば、静岡県御殿場市の板妻駐屯地で開始式を行い両国を代表して師団長が話した。[^a]\n';
    expect(sharedCharacterRuns(article, japanese)).toEqual(['静岡県御殿場市の板妻駐屯地で開始式を行い両国を代表して師団長']);
  });

  it('lets shorter runs pass, and a run broken by Latin letters or digits', () => {
    expect(sharedCharacterRuns('開始式は静岡県御殿場市の板妻駐屯地で行われた。', japanese)).toEqual([]);
    expect(sharedCharacterRuns('静岡県御殿場市のItazuma駐屯地で開始式を行い、両国を代表して', japanese)).toEqual([]);
  });

  it('leaves text in 「」, 『』 and quotation marks, and the note definitions, alone', () => {
    const copied = '静岡県御殿場市の板妻駐屯地で開始式を行い、両国を代表して師団長';
    expect(sharedCharacterRuns(`報道は「${copied}」と伝えた。`, japanese)).toEqual([]);
    expect(sharedCharacterRuns(`報道は『${copied}』と伝えた。`, japanese)).toEqual([]);
    expect(sharedCharacterRuns(`報道は“${copied}”と伝えた。`, japanese)).toEqual([]);
    expect(sharedCharacterRuns(`本文。[^a]\n\n[^a]: [@tbs] "${copied}" ${copied}\n`, japanese)).toEqual([]);
  });

  it('counts a source’s quoted words as its own when asked', () => {
    const quoting = `記事は「${japanese}」と書いた。`;
    const article = `${japanese.slice(0, 30)}。`;
    expect(sharedCharacterRuns(article, quoting)).toEqual([]);
    expect(sharedCharacterRuns(article, quoting, 20, { sourceQuotations: true })).toHaveLength(1);
  });

  it('reads the runs of Japanese of a text, without Latin words, digits or punctuation', () => {
    expect(proseCharacterRuns('MP-IDSAの論文は、2024年の回を第5回と数える。')).toEqual(['の論文は', '年の回を第', '回と数える']);
  });
});
