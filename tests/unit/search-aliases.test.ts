import { describe, expect, it } from 'vitest';
import { editionNames, labelVariants, seriesNames } from '../../src/lib/search-aliases.ts';

describe('search aliases', () => {
  it('writes a two-digit edition label every way readers type it', () => {
    expect(labelVariants('JIMEX-24', 2024)).toEqual(['JIMEX-24', 'JIMEX 24', 'JIMEX24', 'JIMEX-2024', 'JIMEX 2024', 'JIMEX2024']);
  });

  it('writes a four-digit year label with the short year too', () => {
    expect(labelVariants('Dharma Guardian 2018', 2018)).toEqual([
      'Dharma Guardian-2018',
      'Dharma Guardian 2018',
      'Dharma Guardian2018',
      'Dharma Guardian-18',
      'Dharma Guardian 18',
      'Dharma Guardian18',
    ]);
  });

  it('leaves a label ending in a number that is not a year form, or in no number, as it is', () => {
    expect(labelVariants('Desert Flag 8', 2023)).toEqual(['Desert Flag 8']);
    expect(labelVariants('Malabar', 2020)).toEqual(['Malabar']);
  });

  it('lists every name of an edition and of a series once, ignoring case', () => {
    expect(editionNames({ label: 'JAIMEX-25', aliases: ['JIMEX 25', 'jaimex 25'], year: 2025 })).toContain('JIMEX 2025');
    expect(editionNames({ label: 'JAIMEX-25', aliases: ['JIMEX 25', 'jaimex 25'], year: 2025 }).filter((name) => name.toLowerCase() === 'jaimex 25')).toHaveLength(1);
    expect(seriesNames({ name: 'JIMEX', fullName: 'Japan-India Maritime Exercise', aliases: ['JAIMEX', 'jimex'] })).toEqual(['JIMEX', 'Japan-India Maritime Exercise', 'JAIMEX']);
  });
});
