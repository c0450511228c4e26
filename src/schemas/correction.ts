/**
 * A correction the site has made to its record: one YAML file per correction in
 * content/corrections, named for what it corrects (`tarang-shakti-2024-japan-absent.yaml`).
 * The name is its id: the anchor of its entry on /corrections/, never changed once published.
 * Every substantive correction gets one, so a reader who cited the old text can see what
 * changed, when, and on what evidence.
 */
import { z } from 'astro/zod';
import { shownText } from './shown-text.ts';

const day = z.iso.date({ error: 'Write the date as YYYY-MM-DD, a real calendar date.' });
const key = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Write a key in lowercase letters, digits and hyphens, as its file is named.');

/** The words of a source record that support what is now right: copied exactly from one of
 * the record's excerpts (a whole excerpt or a run of it), in the source's language. */
const evidenceSchema = z.strictObject({
  /** The source record's key (content/sources/<key>.yaml). */
  source: key,
  quote: z.string().min(3, 'Quote the words of the source that support the correction.'),
});

export const correctionSchema = z.strictObject({
  /** The day the correction was published (the commit that made it). */
  date: day,
  /** What the correction is about, in one line: the entry's heading. */
  summary: shownText('the summary').max(120, 'Keep the summary to one line (120 characters); say the rest under `wrong` and `right`.'),
  /** What the site said before, in our words. */
  wrong: shownText('what was wrong'),
  /** What the site says now, in our words; `evidence` quotes the sources for it. */
  right: shownText('what is right'),
  /** The sources' words for what is right: at least one. */
  evidence: z.array(evidenceSchema).min(1, 'Quote at least one source for what is now right.'),
  /** The articles the correction changed (their ids, the file names in content/articles). */
  articles: z.array(key).min(1, 'Name at least one article the correction changed.'),
  /** The editions whose data it changed, by id as on the articles' tables (`edition-jimex-12`). */
  editions: z.array(z.string().regex(/^edition-[a-z0-9-]+$/, 'Write an edition id as its table row has it: edition-jimex-12.')).default([]),
});

export type Correction = z.infer<typeof correctionSchema>;
