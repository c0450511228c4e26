import { describe, expect, it } from 'vitest';
import { editDistance, normalise, suggest } from '../../src/pure/suggest.ts';

const vocabulary = ['Malabar', 'Malabar 2024', 'JIMEX', 'JAIMEX', 'Dharma Guardian', 'Shinyuu Maitri', 'Shinyu Maitri', 'Avni Chaturvedi', 'Avani Chaturvedi', 'Yokosuka'];

describe('typo suggestions', () => {
  it('measures edits, counting a swap of neighbours as one', () => {
    expect(editDistance('malabaar', 'malabar')).toBe(1);
    expect(editDistance('gaurdian', 'guardian')).toBe(1);
    expect(editDistance('jimex', 'jaimex')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('normalises case, accents, hyphens and spacing', () => {
    expect(normalise('  JIMEX-24 ')).toBe('jimex 24');
    expect(normalise('Shinyū  Maitri')).toBe('shinyu maitri');
  });

  it('suggests the one close name, unambiguously', () => {
    expect(suggest('Malabaar', vocabulary)).toEqual({ suggestions: [{ term: 'Malabar', distance: 1 }], unambiguous: true });
    expect(suggest('Dharma Gaurdian', vocabulary).suggestions[0]?.term).toBe('Dharma Guardian');
    expect(suggest('Yokosuka', vocabulary).suggestions).toEqual([]);
  });

  it('offers several names when two are equally close, and says so', () => {
    const { suggestions, unambiguous } = suggest('Avoni Chaturvedi', vocabulary);
    expect(suggestions.map((suggestion) => suggestion.term)).toEqual(['Avani Chaturvedi', 'Avni Chaturvedi']);
    expect(unambiguous).toBe(false);
  });

  it('takes a word for a typo only within its own tolerance, so a real word is not replaced by a name', () => {
    expect(suggest('Indra navy', ['Indian Navy']).suggestions).toEqual([]);
    expect(suggest('SIMBEX', vocabulary).suggestions).toEqual([]);
    expect(suggest('Garuda', ['Guam', 'Kakadu', 'Gurudwara']).suggestions).toEqual([]);
    expect(suggest('Shinyu Mitri', vocabulary).suggestions[0]).toEqual({ term: 'Shinyu Maitri', distance: 1 });
    expect(suggest('DharmaGuardian', vocabulary).suggestions[0]?.term).toBe('Dharma Guardian');
  });

  it('suggests nothing for a name it already knows or for words far from every name', () => {
    expect(suggest('jimex', vocabulary).suggestions).toEqual([]);
    expect(suggest('submarine warfare doctrine', vocabulary).suggestions).toEqual([]);
    expect(suggest('   ', vocabulary).suggestions).toEqual([]);
  });
});

describe('a query of any size', () => {
  it('costs a suggestion little: no edit table for lengths too far apart', () => {
    const vocabulary = Array.from({ length: 2000 }, (_, index) => `Exercise name ${index}`);
    const pasted = 'x'.repeat(100_000);
    // Unbounded, this built a 100,000 × 16 table per term: far past the test's time limit.
    expect(suggest(pasted, vocabulary).suggestions).toEqual([]);
    expect(suggest(`${pasted} ${pasted}`, vocabulary).suggestions).toEqual([]);
    expect(suggest('Exercise nam 12', vocabulary).suggestions[0]?.term).toBe('Exercise name 12');
  });
});
