import { describe, expect, it } from 'vitest';
import { comparable, excerptQuoted, fragmentsOf, parseNoteEvidence, quotes } from '../../src/pure/note-evidence.ts';

describe('parseNoteEvidence', () => {
  it('reads the key, each quotation with its place, and the comment', () => {
    const text = '[@orf-dg] "held in November 2018" “at Vairengte” The two reports differ.';
    const evidence = parseNoteEvidence(text);
    expect(evidence?.key).toBe('orf-dg');
    expect(evidence?.quotes.map((quote) => quote.text)).toEqual(['held in November 2018', 'at Vairengte']);
    expect(text.slice(evidence?.quotes[1]?.start, evidence?.quotes[1]?.end)).toBe('“at Vairengte”');
    expect(evidence?.comment).toBe('The two reports differ.');
    expect(text.slice(evidence?.keyStart)).toMatch(/^orf-dg\]/);
  });

  it('keeps single quotation marks and Japanese brackets inside a quotation', () => {
    const evidence = parseNoteEvidence('[@a] "named it ‘JIMEX’ and 「JIMEX24」"');
    expect(evidence?.quotes[0]?.text).toBe('named it ‘JIMEX’ and 「JIMEX24」');
    expect(evidence?.innerMark).toBeUndefined();
  });

  it('takes a note without a quotation as one that quotes nothing, and prose as no evidence', () => {
    expect(parseNoteEvidence('[@a]: no words quoted')?.quotes).toEqual([]);
    expect(parseNoteEvidence('Report, <https://example.org>.')).toBeUndefined();
    expect(parseNoteEvidence('See [JIMEX](/articles/jimex/).')).toBeUndefined();
  });

  it('finds a double quotation mark of the source’s own inside a quotation, straight or curly', () => {
    const straight = '[@a] "the annual "Dharma Guardian" exercise"';
    const cut = parseNoteEvidence(straight);
    expect(cut?.quotes.map((quote) => quote.text)).toEqual(['the annual ']);
    expect(cut?.innerMark).toBe(straight.indexOf('Dharma') - 1);
    const curly = '[@a] "the annual “Dharma Guardian” exercise"';
    expect(parseNoteEvidence(curly)?.innerMark).toBe(curly.indexOf('“'));
    expect(parseNoteEvidence('[@a] "the annual ‘Dharma Guardian’ exercise" Comment.')?.innerMark).toBeUndefined();
  });

  it('leaves an unclosed quotation to the comment, where the lint finds no quote', () => {
    expect(parseNoteEvidence('[@a] "never closed')?.quotes).toEqual([]);
  });
});

describe('quotes', () => {
  const excerpt = 'The exercise, “Dharma Guardian”, was held from Feb 17 to March 2 at Camp Imazu';

  it('ignores case, spacing and the shape of quotation marks and dashes', () => {
    expect(quotes('the EXERCISE,  "Dharma Guardian"', excerpt)).toBe(true);
    expect(comparable('a — b “c”')).toBe(comparable("A - b 'c'"));
  });

  it('joins fragments by an ellipsis, in the order the source has them', () => {
    expect(quotes('The exercise … at Camp Imazu', excerpt)).toBe(true);
    expect(quotes('at Camp Imazu … The exercise', excerpt)).toBe(false);
    expect(fragmentsOf('a … b ... c [sic] d')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('refuses words the source does not have, and an empty quotation', () => {
    expect(quotes('held from Feb 13', excerpt)).toBe(false);
    expect(quotes(' … ', excerpt)).toBe(false);
  });

  it('names the excerpt a quotation comes from', () => {
    expect(excerptQuoted('Camp Imazu', [{ text: 'other words' }, { text: excerpt }])).toBe(1);
    expect(excerptQuoted('Komatsu', [{ text: excerpt }])).toBe(-1);
  });
});
