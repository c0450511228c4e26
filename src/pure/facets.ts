/**
 * The search's facets in one place: the name each has in the URL and in Pagefind's filters,
 * the values it takes, and the words for them. The search form, the pages' filter marks,
 * the URL state and the lists grouped by service all read them from here.
 */
import { FORMATS, SERVICES, type Format, type Service } from '../schemas/services.ts';

/** Each facet's name: a URL parameter and a Pagefind filter of the same name. */
export const FACET = { service: 'service', format: 'format', year: 'year' } as const;

export const SERVICE_LABELS: Readonly<Record<Service, string>> = { army: 'Army', navy: 'Navy', 'air-force': 'Air force', 'coast-guard': 'Coast guard' };
export const FORMAT_LABELS: Readonly<Record<Format, string>> = { bilateral: 'Bilateral', multilateral: 'Multilateral' };

/** A facet's choices, in the order the site lists them. Pure: the browser's search code, which
 * needs only FACET, leaves them out. */
export const SERVICE_CHOICES = /* @__PURE__ */ SERVICES.map((value) => ({ value, label: SERVICE_LABELS[value] }));
export const FORMAT_CHOICES = /* @__PURE__ */ FORMATS.map((value) => ({ value, label: FORMAT_LABELS[value] }));

/** Services as words in a sentence: "navy and air force". */
export function serviceNames(services: readonly Service[]): string {
  const names = services.map((service) => SERVICE_LABELS[service].toLowerCase());
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** The search filters a page about an exercise carries, one "key:value" each (Pagefind reads
 * one per element): its services, its format and the years of its editions. */
export function searchFilters(exercise: { services: readonly Service[]; format: Format; editions: readonly { year: number }[] }): string[] {
  const years = [...new Set(exercise.editions.map((edition) => edition.year))];
  return [
    ...exercise.services.map((service) => `${FACET.service}:${service}`),
    `${FACET.format}:${exercise.format}`,
    ...years.map((year) => `${FACET.year}:${year}`),
  ];
}
