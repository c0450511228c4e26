/**
 * Frontmatter of an article in content/articles. Unknown fields are rejected, so a misspelt
 * field ("pubdate") fails the build instead of being ignored.
 */
import { z } from 'astro/zod';
import { shownText } from './shown-text.ts';

/** A calendar date written YYYY-MM-DD (the site's YAML reader leaves it as written), as a Date. */
const calendarDate = z.iso.date({ error: 'Write the date as YYYY-MM-DD, e.g. 2026-11-22.' }).transform((value) => new Date(value));

/** Lowercase words joined by hyphens: tags become URLs and search filters. */
const tag = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Tags are lowercase words joined by hyphens, e.g. air-force.');

/** The longest title: what a browser tab and a search engine's result show whole (and
 * html-validate's long-title rule allows). Past it the page's <title> drops the site's name. */
export const TITLE_LIMIT = 70;

export const articleSchema = z
  .strictObject({
    /** The article's title: its h1, browser tab and search result heading. */
    title: shownText('the title').max(TITLE_LIMIT, `Keep the title to ${TITLE_LIMIT} characters: tabs and search results cut longer ones.`),
    /** One or two sentences for listings, search results and the meta description. */
    description: shownText('the description')
      .min(40, 'Write a description of at least 40 characters.')
      .max(200, 'Keep the description under 200 characters: search engines cut longer ones.'),
    /** The date the article was first published. */
    pubDate: calendarDate,
    /** The date of the last change to its content: the last revision's date, or the
     * publication date when there is none. Optional where it would repeat the last revision. */
    updatedDate: calendarDate.optional(),
    /** Each substantive revision since publication, oldest first: its date and what changed,
     * in one line. The page lists them, and "Cite this article" names the latest. */
    revisions: z
      .array(
        z.strictObject({
          date: calendarDate,
          summary: shownText('the summary').max(160, 'Keep a revision to one line (160 characters).'),
        }),
      )
      .default([]),
    /** A translation only (`<id>.ja.md`): the day it was last checked against the article it
     * translates. The page says so, and warns when the original has changed since. */
    checked: calendarDate.optional(),
    /** Subject tags: the services and formats the article covers (army, navy, bilateral, …). */
    tags: z.array(tag).default([]),
    /** A draft is built by `astro dev` but left out of production builds, the sitemap and search. */
    draft: z.boolean().default(false),
  })
  .refine((data) => !data.updatedDate || data.updatedDate >= data.pubDate, {
    path: ['updatedDate'],
    message: 'updatedDate is before pubDate: an article cannot be updated before it is published.',
  })
  // zod runs these checks even on fields that failed their own: each guards its inputs.
  .refine((data) => !Array.isArray(data.revisions) || data.revisions.every((revision, index) => revision.date > data.pubDate && (index === 0 || revision.date >= (data.revisions[index - 1]?.date ?? data.pubDate))), {
    path: ['revisions'],
    message: 'List revisions oldest first, each after pubDate (the publication is not a revision).',
  })
  .refine((data) => !(data.updatedDate instanceof Date) || !Array.isArray(data.revisions) || data.updatedDate.getTime() === new Date(data.revisions.at(-1)?.date ?? data.pubDate).getTime(), {
    path: ['updatedDate'],
    message: 'updatedDate must be the date of the last revision (or pubDate when there is none): add a revision saying what changed, or drop updatedDate.',
  })
  .refine((data) => new Set(data.tags).size === data.tags.length, {
    path: ['tags'],
    message: 'A tag is listed twice.',
  })
  // The default the field's comment promises, given here once for every page that shows it.
  .transform((data) => ({ ...data, updatedDate: data.revisions.at(-1)?.date ?? data.pubDate }));

export type ArticleData = z.infer<typeof articleSchema>;
