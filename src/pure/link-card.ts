/**
 * The card a link to an article previews (src/scripts/note-previews.ts): the target's title and
 * description and, for an exercise article, each series' services, format, years and number
 * of editions. Written at build time to /articles/<id>/card.json, fetched on first use.
 */
import type { Exercise } from '../schemas/exercise.ts';
import { yearSpan } from './exercise-text.ts';
import { serviceNames } from './facets.ts';

export interface LinkCard {
  title: string;
  description: string;
  /** The series the article covers: the one without a section is its whole subject; the
   * others are in the section of that id (a link to `#section` shows that one). */
  series: { name: string; section?: string; facts: string }[];
}

/** "Navy and air force · bilateral · 2018–2025 · 7 editions". */
export function seriesFacts(exercise: Pick<Exercise, 'services' | 'format' | 'editions'>): string {
  const services = serviceNames(exercise.services);
  const count = exercise.editions.length;
  return [`${services.charAt(0).toUpperCase()}${services.slice(1)}`, exercise.format, yearSpan(exercise), `${count} ${count === 1 ? 'edition' : 'editions'}`].join(' · ');
}

export function linkCard(article: { title: string; description: string }, series: readonly Exercise[]): LinkCard {
  return {
    title: article.title,
    description: article.description,
    series: series.map((exercise) => ({ name: exercise.name, ...(exercise.section && { section: exercise.section }), facts: seriesFacts(exercise) })),
  };
}

/** The series a link's fragment (`#pitch-black`, or none) points to. */
export function seriesFor(card: LinkCard, fragment: string): LinkCard['series'][number] | undefined {
  return card.series.find((series) => series.section !== undefined && series.section === fragment) ?? card.series.find((series) => series.section === undefined);
}
