/**
 * The words of a source record that support a fact: the record's key and a quotation copied
 * from one of its excerpts. Japanese names and the term list cite their sources this way,
 * as the corrections do, so one lint (src/pure/quoted-evidence.ts) checks them all.
 */
import { z } from 'astro/zod';

/** A source record's key: its file name in content/sources, without the extension. */
export const sourceKey = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Write a key in lowercase letters, digits and hyphens, as its file is named.');

/** One source's words for a fact: copied exactly from one of the record's excerpts. */
export const quotedEvidenceSchema = z.strictObject({
  /** The source record's key (content/sources/<key>.yaml). */
  source: sourceKey,
  /** A whole excerpt of the record or a run of it, in the source's language. */
  quote: z.string().min(3, 'Quote the words of the source that support it.'),
});

/** The sources' words for a fact: at least one, and not weak sources alone (the lint checks). */
export const quotedEvidenceList = z.array(quotedEvidenceSchema).min(1, 'Quote at least one source: `evidence: [{ source: <record key>, quote: "<its words>" }]`.');

export type QuotedEvidence = z.infer<typeof quotedEvidenceSchema>;
