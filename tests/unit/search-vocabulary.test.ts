import { describe, expect, it } from 'vitest';
import { editionId } from '../../src/pure/exercises.ts';
import { searchTargets, searchVocabulary } from '../../src/pure/search-vocabulary.ts';
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

describe('where a searched name leads', () => {
  const { targets, titles } = searchTargets(exercises, { series: (exercise) => `/articles/${exercise.article}/${exercise.section ? `#${exercise.section}` : ''}`, edition: (exercise, edition) => `/articles/${exercise.article}/#${editionId(edition)}` });

  it('sends a series’ names to its article or its section, and an edition’s to its row', () => {
    expect(targets['jimex']).toBe('/articles/jimex/');
    expect(targets['japan india maritime exercise']).toBe('/articles/jimex/');
    expect(targets['pitch black']).toBe('/articles/multilateral-exercises/#pitch-black');
    expect(targets['malabar 2017']).toBe('/articles/malabar/#edition-malabar-2017');
    expect(targets['jimex 24']).toBe('/articles/jimex/#edition-jimex-24');
    expect(targets['dharma guardian 25']).toBe('/articles/dharma-guardian/#edition-dharma-guardian-2025');
  });

  it('titles each place as the reader knows it: the series’ name, the edition’s label', () => {
    expect(titles['/articles/jimex/']).toBe('JIMEX');
    expect(titles['/articles/malabar/#edition-malabar-2017']).toBe('Malabar 2017');
  });

  it('names no person as a target: people are searched, not landed on', () => {
    expect(Object.keys(targets)).not.toContain('sibi george');
  });
});
