/**
 * The card a link to an article previews (src/scripts/note-previews.ts): the target's title and
 * description and, for an exercise article, each series' services, format, years and number
 * of editions. Written at build time to /articles/<id>/card.json, fetched on first use.
 */
import type { Exercise } from '../schemas/exercise.ts';
import { yearSpan } from './exercise-text.ts';
import type { Format, Service } from '../schemas/services.ts';

export interface LinkCard {
  title: string;
  description: string;
  /** The series the article covers: the one without a section is its whole subject; the
   * others are in the section of that id (a link to `#section` shows that one). */
  series: { name: string; section?: string; facts: string }[];
}

/** The words of a card's facts, in the card's language (src/i18n: `search.services` and `notes.card`). */
export interface CardWords {
  services: Readonly<Record<Service, string>>;
  joinServices: (names: readonly string[]) => string;
  formats: Readonly<Record<Format, string>>;
  editions: (n: number) => string;
}

/** "Navy and air force · bilateral · 2018–2025 · 7 editions" (「海上・航空 · 二国間 · 2018–2025 · 7回」). */
export function seriesFacts(exercise: Pick<Exercise, 'services' | 'format' | 'editions'>, words: CardWords): string {
  const services = words.joinServices(exercise.services.map((service) => words.services[service]));
  return [services, words.formats[exercise.format], yearSpan(exercise), words.editions(exercise.editions.length)].join(' · ');
}

export function linkCard(article: { title: string; description: string }, series: readonly Exercise[], words: CardWords): LinkCard {
  return {
    title: article.title,
    description: article.description,
    series: series.map((exercise) => ({ name: exercise.name, ...(exercise.section && { section: exercise.section }), facts: seriesFacts(exercise, words) })),
  };
}

/** The series a link's fragment (`#pitch-black`, or none) points to. */
export function seriesFor(card: LinkCard, fragment: string): LinkCard['series'][number] | undefined {
  return card.series.find((series) => series.section !== undefined && series.section === fragment) ?? card.series.find((series) => series.section === undefined);
}
