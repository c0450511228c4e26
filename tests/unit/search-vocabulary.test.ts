import { describe, expect, it } from 'vitest';
import { searchVocabulary } from '../../src/lib/search-vocabulary.ts';
import { loadExercises } from '../support/exercise-data.ts';

const exercises = loadExercises();
const vocabulary = searchVocabulary(exercises);

describe('the search vocabulary', () => {
  it('holds the names readers type for exercises, editions, places, ships, aircraft and people', () => {
    for (const term of ['JIMEX', 'JAIMEX', 'Japan-India Maritime Exercise', 'JIMEX 2024', 'Shinyu Maitri', 'Dharma Guardian 2018', 'Yokosuka', 'Vairengte', 'INS Shivalik', 'Su-30MKI', 'Avani Chaturvedi', 'Rajputana Rifles']) {
      expect(vocabulary, term).toContain(term);
    }
  });

  it('holds each name once, ignoring case, and no counts or articles', () => {
    const keys = vocabulary.map((term) => term.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    expect(vocabulary.filter((term) => /^\d+ |^(a|an|the) /i.test(term))).toEqual([]);
  });
});
