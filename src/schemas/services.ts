/**
 * The closed lists an exercise's data is checked against: its services and its format. Kept
 * apart from the zod schemas so the browser's search code can import them without zod.
 */

/** The services an exercise can involve, in the order the site lists them. */
export const SERVICES = ['army', 'navy', 'air-force', 'coast-guard'] as const;
export type Service = (typeof SERVICES)[number];

/** Two countries, or more. */
export const FORMATS = ['bilateral', 'multilateral'] as const;
export type Format = (typeof FORMATS)[number];
