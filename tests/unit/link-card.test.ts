import { describe, expect, it } from 'vitest';
import { linkCard, seriesFacts, seriesFor } from '../../src/pure/link-card.ts';
import type { Exercise } from '../../src/schemas/exercise.ts';
import { en } from '../../src/i18n/en.ts';
import { ja } from '../../src/i18n/ja.ts';

const words = { services: en.search.services, ...en.notes.card };
const jaWords = { services: ja.search.services, ...ja.notes.card };

const series = (name: string, more: Partial<Exercise> = {}) =>
  ({ name, services: ['navy'], format: 'bilateral', editions: [{ year: 2012 }, { year: 2025 }], ...more }) as unknown as Exercise;

describe('link preview cards', () => {
  it('sum up a series in one line: services, format, years, editions', () => {
    expect(seriesFacts(series('JIMEX', { services: ['navy', 'air-force'] }), words)).toBe('Navy and air force · bilateral · 2012–2025 · 2 editions');
    expect(seriesFacts(series('Kakadu', { format: 'multilateral', editions: [{ year: 2018 }] as Exercise['editions'] }), words)).toBe('Navy · multilateral · 2018 · 1 edition');
    expect(seriesFacts(series('Malabar', { services: ['army', 'navy', 'coast-guard'] }), words)).toBe('Army, navy and coast guard · bilateral · 2012–2025 · 2 editions');
  });

  it('sum up a series in Japanese on the Japanese pages', () => {
    expect(seriesFacts(series('JIMEX', { services: ['navy', 'air-force'] }), jaWords)).toBe('海上・航空 · 二国間 · 2012–2025 · 2回');
  });

  it('show the series a link\'s section points to, else the article\'s own, else none', () => {
    const card = linkCard({ title: 'Multilateral exercises', description: 'Several.' }, [series('Own'), series('Kakadu', { section: 'kakadu' })], words);
    expect(card.series.map((entry) => entry.section ?? '')).toEqual(['', 'kakadu']);
    expect(seriesFor(card, 'kakadu')?.name).toBe('Kakadu');
    expect(seriesFor(card, 'background')?.name).toBe('Own');
    expect(seriesFor(card, '')?.name).toBe('Own');
    expect(seriesFor(linkCard({ title: 'Glossary', description: 'Terms.' }, [], words), '')).toBeUndefined();
  });
});
