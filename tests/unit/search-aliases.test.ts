import { describe, expect, it } from 'vitest';
import { editionNames, labelVariants, seriesNames } from '../../src/pure/search-aliases.ts';

/** Other names as the schema reads them: plain names, no language or explanation. */
const named = (...names: string[]) => names.map((name) => ({ name, notes: [] }));

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
    expect(editionNames({ label: 'JAIMEX-25', aliases: named('JIMEX 25', 'jaimex 25'), year: 2025 })).toContain('JIMEX 2025');
    expect(editionNames({ label: 'JAIMEX-25', aliases: named('JIMEX 25', 'jaimex 25'), year: 2025 }).filter((name) => name.toLowerCase() === 'jaimex 25')).toHaveLength(1);
    expect(seriesNames({ name: 'JIMEX', fullName: 'Japan-India Maritime Exercise', aliases: named('JAIMEX', 'jimex') })).toEqual(['JIMEX', 'Japan-India Maritime Exercise', 'JAIMEX']);
  });
});

describe('series-and-year names', () => {
  it('finds any edition by "Series YYYY" and "Series-YY", whatever its label', () => {
    const names = editionNames({ label: 'Sahyog-Kaijin XV', aliases: named(), year: 2016 }, ['Coast guard exercises', 'Sahyog-Kaijin', 'Sahyog Kaijin']);
    expect(names).toEqual(expect.arrayContaining(['Sahyog-Kaijin 2016', 'Sahyog-Kaijin-16', 'Sahyog Kaijin 2016', 'Sahyog-Kaijin XV']));
    expect(names).not.toContain('Coast guard exercises 2016');
  });

  it('adds nothing twice when the label already is the series and year', () => {
    const names = editionNames({ label: 'Sea Dragon 2024', aliases: named(), year: 2024 }, ['Sea Dragon']);
    expect(names.filter((name) => name === 'Sea Dragon 2024')).toHaveLength(1);
    expect(names).toContain('Sea Dragon-24');
  });
});

describe('long aliases', () => {
  it('are kept as written, not multiplied into spelling variants that would outweigh other pages', () => {
    const names = editionNames({ label: 'Yokohama coast guard drill 2025', aliases: named('Japan-India coast guard drill 2025'), year: 2025 }, ['Coast guard exercises']);
    expect(names).toEqual(['Yokohama coast guard drill 2025', 'Japan-India coast guard drill 2025']);
  });
});
