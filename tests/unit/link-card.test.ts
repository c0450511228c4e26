import { describe, expect, it } from 'vitest';
import { linkCard, seriesFacts, seriesFor } from '../../src/pure/link-card.ts';
import type { Exercise } from '../../src/schemas/exercise.ts';

const series = (name: string, more: Partial<Exercise> = {}) =>
  ({ name, services: ['navy'], format: 'bilateral', editions: [{ year: 2012 }, { year: 2025 }], ...more }) as unknown as Exercise;

describe('link preview cards', () => {
  it('sum up a series in one line: services, format, years, editions', () => {
    expect(seriesFacts(series('JIMEX', { services: ['navy', 'air-force'] }))).toBe('Navy and air force · bilateral · 2012–2025 · 2 editions');
    expect(seriesFacts(series('Kakadu', { format: 'multilateral', editions: [{ year: 2018 }] as Exercise['editions'] }))).toBe('Navy · multilateral · 2018 · 1 edition');
  });

  it('show the series a link\'s section points to, else the article\'s own, else none', () => {
    const card = linkCard({ title: 'Multilateral exercises', description: 'Several.' }, [series('Own'), series('Kakadu', { section: 'kakadu' })]);
    expect(card.series.map((entry) => entry.section ?? '')).toEqual(['', 'kakadu']);
    expect(seriesFor(card, 'kakadu')?.name).toBe('Kakadu');
    expect(seriesFor(card, 'background')?.name).toBe('Own');
    expect(seriesFor(card, '')?.name).toBe('Own');
    expect(seriesFor(linkCard({ title: 'Glossary', description: 'Terms.' }, []), '')).toBeUndefined();
  });
});
