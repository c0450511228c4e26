import { describe, expect, test } from 'vitest';
import { correctWords, displayForm, indexWords, romanisationKey } from '../../src/pure/word-correct.ts';

const words = indexWords([
  'The UNICORN mast, a unified complex radio antenna. Veer Guardian 2023 at Hyakuri; Dharma Guardian, guardians.',
  'India and Japan; the Indian Navy; union of forces; Shinyuu Maitri. 2023 123',
]);

describe('indexWords', () => {
  test('keeps distinct words of four letters or more, lower case, no numbers', () => {
    expect(words).toContain('unicorn');
    expect(words).toContain('veer');
    expect(words).not.toContain('the');
    expect(words).not.toContain('2023');
    expect(new Set(words).size).toBe(words.length);
  });
});

describe('romanisationKey', () => {
  test('folds doubled vowels and letters', () => {
    expect(romanisationKey('veer')).toBe(romanisationKey('vir'));
    expect(romanisationKey('shinyuu')).toBe(romanisationKey('shinyu'));
    expect(romanisationKey('guardian')).not.toBe(romanisationKey('garden'));
  });
});

describe('correctWords', () => {
  test('corrects a transposed pair within a word the index holds', () => {
    expect(correctWords('unicron mast', words)).toBe('unicorn mast');
  });

  test('corrects two slips: a romanisation and a transposition', () => {
    expect(correctWords('Vir Gaurdian', words)).toBe('veer guardian');
  });

  test('leaves a query the index holds alone', () => {
    expect(correctWords('Veer Guardian', words)).toBeUndefined();
  });

  test('never turns a name the site does not mention into a word it does', () => {
    expect(correctWords('Indra navy', words)).toBeUndefined();
    expect(correctWords('Yudh Abhyas', words)).toBeUndefined();
    expect(correctWords('Varuna', words)).toBeUndefined();
    expect(correctWords('Khanjar', indexWords(['Major Kanwar']))).toBeUndefined();
  });

  test('gives up when two words are equally close', () => {
    expect(correctWords('guardiab', indexWords(['guardian guardiad']))).toBeUndefined();
  });
});

describe('displayForm', () => {
  test('writes a corrected name as the site does', () => {
    expect(displayForm('veer guardian', ['Dharma Guardian', 'Veer Guardian'])).toBe('Veer Guardian');
    expect(displayForm('unicorn mast', ['Veer Guardian'])).toBe('unicorn mast');
  });
});
