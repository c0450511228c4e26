import { describe, expect, it } from 'vitest';
import { mentions, missingTerms, queryTerms, sectionFirst, stem, targetFor, telling, wordsOf } from '../../src/pure/search-match.ts';

describe('matching a query against a page', () => {
  const jimex = wordsOf('JIMEX-24 was held off Yokosuka. The Indian Navy’s guardians exercised.', 'JAIMEX · Japan-India Maritime Exercise');

  it('splits a query into distinct words, as pages are compared', () => {
    expect(queryTerms('  JIMEX-24  jimex La Pérouse ')).toEqual(['jimex', '24', 'la', 'perouse']);
  });

  it('takes a word’s start or its stem as a mention, as Pagefind matches', () => {
    expect(mentions('yoko', jimex)).toBe(true);
    expect(mentions('guardian', jimex)).toBe(true);
    expect(mentions('exercising', jimex)).toBe(true);
    expect(mentions('jaimex', jimex)).toBe(true);
    expect(stem('guardians')).toBe(stem('guardian'));
  });

  it('finds a Japanese term inside a run of unspaced text, however Pagefind splits it', () => {
    const page = wordsOf('陸上自衛隊とインド陸軍の共同訓練「ダルマ・ガーディアン」が行われた。');
    expect(mentions('共同訓練', page)).toBe(true);
    expect(mentions('陸上自衛隊', page)).toBe(true);
    expect(mentions('航空自衛隊', page)).toBe(false);
    expect(missingTerms(queryTerms('ダルマガーディアン 陸上自衛隊 航空自衛隊'), [page])).toEqual(['航空自衛隊']);
  });

  it('does not take a longer word for a shorter one in the page, which is how Pagefind falls back', () => {
    expect(mentions('malabaar', wordsOf('Malabar 2017'))).toBe(false);
    expect(mentions('garuda', wordsOf('g guard Guam'))).toBe(false);
  });

  it('names the words no page mentions, and leaves the common ones out of partial matches', () => {
    expect(missingTerms(['exercise', 'garuda'], [wordsOf('A joint exercise.'), jimex])).toEqual(['garuda']);
    expect(telling(['exercise', 'garuda', 'india'])).toEqual(['garuda']);
  });
});

describe('where a query leads', () => {
  const targets = { malabar: '/articles/malabar/', 'malabar 2017': '/articles/malabar/#edition-malabar-2017', 'talisman sabre': '/m/#talisman-sabre', 'jaa mata': '/c/' };

  it('leads a name to its target, and a name typed halfway to the shortest name it begins', () => {
    expect(targetFor('Malabar 2017', targets)).toBe('/articles/malabar/#edition-malabar-2017');
    expect(targetFor('Malab', targets)).toBe('/articles/malabar/');
    expect(targetFor('Talisman Sabr', targets)).toBe('/m/#talisman-sabre');
  });

  it('leads nowhere from three letters, a whole word that only begins a name, or words no name begins with', () => {
    expect(targetFor('jaa', targets)).toBeUndefined();
    expect(targetFor('India', { 'india japan coast guard exercise': '/c/' })).toBeUndefined();
    expect(targetFor('Garuda', targets)).toBeUndefined();
  });
});

describe('the section a landed result shows', () => {
  const sections = [
    { title: 'Background', url: '/articles/dg/?highlight=x#background' },
    { title: 'Dharma Guardian 2018', url: '/articles/dg/?highlight=x#dharma-guardian-2018' },
    { title: 'Dharma Guardian 2024', url: '/articles/dg/?highlight=x#dharma-guardian-2024' },
  ];

  it('is the one headed by the edition the name leads to, whatever Pagefind ranked first', () => {
    expect(sectionFirst(sections, 'Dharma Guardian 2024', '#edition-dharma-guardian-2024').map(({ title }) => title)).toEqual(['Dharma Guardian 2024', 'Background', 'Dharma Guardian 2018']);
  });

  it('else the one at the name’s anchor, else Pagefind’s order unchanged', () => {
    expect(sectionFirst(sections, 'Malabar', '#dharma-guardian-2018')[0]?.title).toBe('Dharma Guardian 2018');
    expect(sectionFirst(sections, 'Malabar', '#editions')).toEqual(sections);
  });

  it('takes a heading that is the label’s year alone, under the series’ own article', () => {
    const years = [{ title: 'Background', url: '#background' }, { title: '2018', url: '#2018' }];
    expect(sectionFirst(years, 'Malabar 2018', '#edition-malabar-2018')[0]?.title).toBe('2018');
    expect(sectionFirst(years, 'Malabar 2019', '#edition-malabar-2019')[0]?.title).toBe('Background');
  });
});

describe('names that are also properties of every object', () => {
  it('lead nowhere unless the vocabulary has them, and are kept when it does', () => {
    expect(targetFor('constructor', { jimex: '/articles/jimex/' })).toBeUndefined();
    expect(targetFor('__proto__', { jimex: '/articles/jimex/' })).toBeUndefined();
    expect(targetFor('toString', { tostring: '/articles/x/' })).toBe('/articles/x/');
  });
});
