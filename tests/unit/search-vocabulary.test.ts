import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { searchVocabulary } from '../../src/lib/search-vocabulary.ts';
import { exerciseSchema } from '../../src/schemas/exercise.ts';

const dir = new URL('../../content/exercises/', import.meta.url);
const exercises = readdirSync(dir).map((name) => exerciseSchema.parse(parse(readFileSync(new URL(name, dir), 'utf8'))));
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
