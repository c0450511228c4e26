/**
 * schema.org data for machines: each article as a `WebPage` of the site's `WebSite` (its
 * organisation as author and publisher, dates, the sources it cites), as the page's other
 * metadata describe it (citation-meta.ts), and on an exercise's article each edition as an `Event` with its
 * dates and place. Pure, so a test can check the shapes against schema.org's types.
 */
import { SITE_LANGUAGE } from '../consts.ts';
import type { Citation } from './citation.ts';
import { isoDate } from './dates.ts';
import type { Exercise } from '../schemas/exercise.ts';

export interface ArticleLdInput {
  title: string;
  description: string;
  url: string;
  published: Date;
  updated: Date;
  siteName: string;
  siteUrl: string;
  /** The text's language (BCP 47); the site's English by default. */
  language?: string;
  citations: readonly Citation[];
  exercise?: Exercise | undefined;
}


/** A schema.org `Event` for each edition: name, dates where known, and its places. */
export function editionEvents(exercise: Exercise): Record<string, unknown>[] {
  return exercise.editions.map((edition) => ({
    '@type': 'Event',
    name: edition.label,
    ...(edition.start ? { startDate: edition.start } : { startDate: String(edition.year) }),
    ...(edition.end && { endDate: edition.end }),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    ...(edition.places.length > 0 && {
      location: edition.places.map((place) => ({
        '@type': 'Place',
        name: place.name,
        ...(place.country && { address: { '@type': 'PostalAddress', addressCountry: place.country } }),
        geo: { '@type': 'GeoCoordinates', latitude: place.lat, longitude: place.lon },
      })),
    }),
    organizer: exercise.participants.map((participant) => ({ '@type': 'Organization', name: participant.force })),
  }));
}

export function articleLd(input: ArticleLdInput): Record<string, unknown> {
  const organization = { '@type': 'Organization', name: input.siteName, url: input.siteUrl };
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: input.title,
    headline: input.title,
    description: input.description,
    url: input.url,
    mainEntityOfPage: input.url,
    datePublished: isoDate(input.published),
    dateModified: isoDate(input.updated),
    inLanguage: input.language ?? SITE_LANGUAGE,
    author: organization,
    publisher: organization,
    isPartOf: { '@type': 'WebSite', name: input.siteName, url: input.siteUrl },
    citation: input.citations.map((citation) => ({
      '@type': 'CreativeWork',
      name: citation.title ?? citation.publication ?? citation.text,
      ...(citation.author && { author: { '@type': 'Person', name: citation.author } }),
      ...(citation.publication && { publisher: { '@type': 'Organization', name: citation.publication } }),
      ...(citation.url && { url: citation.url }),
    })),
    ...(input.exercise && { about: editionEvents(input.exercise) }),
  };
}
