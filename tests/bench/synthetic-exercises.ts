/**
 * Synthetic exercise data for the benchmark: one series file (as in content/exercises) for
 * each of the first few generated articles, so the pages that draw on exercise data
 * (infobox, editions table, timeline, map, search filters) are built and weighed too.
 */
import type { SyntheticArticle } from './synthetic-articles.ts';

/** Real sites have a handful of series, each with many articles about it. */
const SERIES = 24;

function series(article: SyntheticArticle, year: number): string {
  const slug = article.file.replace(/\.md$/, '');
  const editions = [0, 1, 2].map((offset) =>
    [
      `  - label: ${article.name} ${String(year + offset)}`,
      `    year: ${String(year + offset)}`,
      `    start: ${String(year + offset)}-0${String(offset + 2)}-10`,
      `    end: ${String(year + offset)}-0${String(offset + 2)}-21`,
      `    places: [{ name: Site ${String(offset + 1)}, country: India, kind: site, lat: ${String(20 + offset)}, lon: ${String(78 + offset)} }]`,
      '    host: India',
      '    notes: [n1]',
    ].join('\n'),
  );
  return [
    `name: ${article.name} ${slug.slice(-5)}`,
    `article: ${slug}`,
    'services: [army]',
    'format: bilateral',
    'participants:',
    '  - { country: India, force: Indian Army }',
    '  - { country: Japan, force: Japan Ground Self-Defense Force }',
    `firstHeld: ${String(year)}`,
    'cite: { services: [n1], format: [n1], participants: [n1], firstHeld: [n1] }',
    'reviewed: 2026-01-01',
    `summary: A synthetic exercise series generated for the build benchmark (${slug}).`,
    'editions:',
    ...editions,
    '',
  ].join('\n');
}

/** Series files for the first SERIES articles: [file name, YAML]. */
export function syntheticExercises(articles: readonly SyntheticArticle[]): [string, string][] {
  return articles.slice(0, SERIES).map((article, index) => [article.file.replace(/\.md$/, '.yaml'), series(article, 2010 + index)]);
}
