/**
 * The term list (content/terms/terms.yaml): the Japanese words of the Ministry of Defense, the
 * Self-Defense Forces and the Japanese press for the forces, organisations, ranks, places and
 * ship types the site writes about, each with the source's words that use it. The Japanese
 * edition (/ja/) writes these terms, and its terms page lists them.
 */
import { z } from 'astro/zod';
import { shownText } from './shown-text.ts';
import { quotedEvidenceList } from './evidence.ts';

/** What a term names: pages group the list by these. */
export const TERM_KINDS = ['force', 'organisation', 'rank', 'place', 'ship', 'unit', 'other'] as const;

/** One term. */
export const termSchema = z.strictObject({
  /** The English the site writes: "Japan Ground Self-Defense Force". */
  en: shownText('the English term'),
  /** The Japanese exactly as the source writes it: "陸上自衛隊". */
  ja: shownText('the Japanese term'),
  kind: z.enum(TERM_KINDS),
  /** Words of source records that hold the Japanese term exactly. */
  evidence: quotedEvidenceList,
});

/** The list: one file, at least one term. */
export const termsSchema = z.array(termSchema).min(1, 'The term list holds at least one term.');

export type Term = z.infer<typeof termSchema>;
export type TermKind = (typeof TERM_KINDS)[number];
