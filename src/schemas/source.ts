/**
 * A source record: one file per source in content/sources, in CSL YAML (the form Pandoc,
 * Zotero and citation-js read), plus the site's own fields: whether the research desk marks
 * the page weak, an archived copy, and the source's words that the articles rely on. A note
 * names a record by its `id` and quotes one of its excerpts (src/pure/note-evidence.ts), so a
 * source's metadata is written once, here, and every claim carries the words that support it.
 */
import { z } from 'astro/zod';

/** What a note writes after `[@`: lowercase letters, digits and hyphens. */
export const SOURCE_KEY = /^[a-z0-9][a-z0-9-]*$/;

/** A date as CSL YAML writes it (EDTF): `2024-03-27`, `2024-03` or `2024` (a bare year is
 * read as a number). */
const partialDate = z.union([
  z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'Write the date as YYYY-MM-DD, YYYY-MM or YYYY.'),
  z.number().int().min(1000).max(9999).transform(String),
]);

const name = z.union([
  z.strictObject({ family: z.string().min(1), given: z.string().min(1).optional() }),
  /** An organisation, or a name not split into family and given. */
  z.strictObject({ literal: z.string().min(1) }),
]);

/** Words of the source, verbatim. A non-English excerpt keeps its own words in `text`, and an
 * English rendering of ours in `gloss`, shown beside it and never as the source's words. */
export const excerptSchema = z.strictObject({
  text: z.string().min(3, 'An excerpt quotes at least a few words of the source.'),
  gloss: z.string().min(3).optional(),
  /** A Japanese rendering of ours, for the Japanese edition (/ja/): shown beside an excerpt not
   * in Japanese, and never as the source's words. A Japanese article citing an English excerpt
   * needs one. */
  'gloss-ja': z.string().min(2).optional(),
  /** Copied from the stored copy of the page rather than from the research desk's notes
   * (which verify-excerpts checks against); said, so that every excerpt's origin is known. */
  from: z.literal('stored copy').optional(),
});

/** Longest excerpt, in words (the desk keeps excerpts to about 30). */
export const EXCERPT_MAX_WORDS = 40;

export const SOURCE_TYPES = ['webpage', 'article-newspaper', 'article-magazine', 'article-journal', 'report', 'article', 'post-weblog', 'document', 'legislation'] as const;

export const sourceSchema = z
  .strictObject({
    id: z.string().regex(SOURCE_KEY, 'Use lowercase letters, digits and hyphens, as the file name does.'),
    type: z.enum(SOURCE_TYPES),
    title: z.string().min(1).optional(),
    /** Where the desk says "headline not shown": the title is left out, never made up. */
    untitled: z.literal('headline not shown').optional(),
    'container-title': z.string().min(1).optional(),
    publisher: z.string().min(1).optional(),
    'publisher-place': z.string().min(1).optional(),
    /** The wire service the page credits (ANI, PTI, IANS, Kyodo, Jiji …). */
    wire: z.string().min(1).optional(),
    author: z.array(name).min(1).optional(),
    /** Left out where the page shows no date ("n.d."). */
    issued: partialDate.optional(),
    /** The day the page was read, or "stored copy" for a page read from a stored copy. */
    accessed: z.union([z.literal('stored copy'), partialDate]).optional(),
    URL: z.url({ protocol: /^https?$/, error: 'Write the full web address, https://…' }).optional(),
    /** For a source with no web address (a document in the desk): say so, so a missing URL is never an oversight. */
    'no-url': z.literal(true).optional(),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)?$/, 'A language tag: en, ja, hi …'),
    /** The research desk marks the page weak (a blog, a mirror, an aggregator): never a claim's only support. */
    weak: z.literal(true).optional(),
    /** An archived copy: the Wayback Machine at the accessed or published day, or the address listing its captures.
     * Written as the browser sends it (a Japanese path percent-encoded), so it pairs with the original's link. */
    archived: z
      .url({ protocol: /^https$/ })
      .transform((url) => new URL(url).href)
      .optional(),
    excerpts: z.array(excerptSchema),
  })
  .superRefine((record, context) => {
    const problem = (message: string, path: PropertyKey[]) => context.addIssue({ code: 'custom', message, path });
    if (!record.title && !record.untitled) problem('Give the title as the page shows it, or `untitled: headline not shown` where the desk says so.', ['title']);
    if (!record.URL && !record['no-url']) problem('Give the web address the desk gives, or `no-url: true` for a source that has none.', ['URL']);
    if (record.URL && !record.archived) problem('Give an archived copy: https://web.archive.org/web/YYYYMMDD/<URL> at the accessed or published day, else https://web.archive.org/web/*/<URL>.', ['archived']);
    if (record.URL && !record.accessed) problem('Say when the page was read: its date, or "stored copy".', ['accessed']);
    record.excerpts.forEach((excerpt, index) => {
      if (record.language !== 'en' && /^[\x20-\x7e’‘“”]+$/.test(excerpt.text) === false && !excerpt.gloss) problem('An excerpt not in English needs an English `gloss` of ours beside it.', ['excerpts', index, 'text']);
      if (excerpt.text.split(/\s+/).length > EXCERPT_MAX_WORDS) problem(`Keep an excerpt to the words that matter: at most ${EXCERPT_MAX_WORDS} words.`, ['excerpts', index, 'text']);
    });
  });

export type SourceRecord = z.output<typeof sourceSchema>;
