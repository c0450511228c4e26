/**
 * Structured data for an exercise series: one YAML file per series in content/exercises.
 * It is the one place where an exercise's names, services and editions are written; the
 * home page, the editions tables, the index, timeline, map and search aliases are all
 * drawn from it. Facts cite the footnotes of the series' article by label, so each
 * source's citation is written once, in the article.
 */
import { z } from 'astro/zod';
import { FORMATS, SERVICES } from './services.ts';
import { CJK, languageTag, otherNamesSchema } from './other-name.ts';
import { shownText } from './shown-text.ts';
import { quotedEvidenceList } from './evidence.ts';

/** A footnote label of the series' article (`orf-dg`), whose note cites the source. */
const noteLabel = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'Cite a footnote label of the article, e.g. orf-dg.');
/** The notes that support a fact: at least one. */
const notes = z.array(noteLabel).min(1, 'Every fact needs at least one footnote label that supports it.');

/** A calendar date, YYYY-MM-DD, kept as text so a day is never shifted by a time zone (the
 * site's YAML reader, src/pure/read-yaml.ts, leaves an unquoted date as written). */
const day = z.iso.date({ error: 'Write the date as YYYY-MM-DD, a real calendar date.' });

/** A place on the map: a base, a town or a sea area. */
export const placeSchema = z.strictObject({
  /** The name readers see: "Hyakuri Air Base", "Bay of Bengal". */
  name: z.string().min(1),
  /** The country the place is in, or whose waters it is off; omitted for the open sea. */
  country: z.string().min(1).optional(),
  /** Whether the place is a point on land or a stretch of sea (drawn differently on the map). */
  kind: z.enum(['site', 'sea']),
  /** Latitude and longitude of the place, or the centre of the sea area, to about 0.1°.
   * They locate a named place on the map; they are not a claim of the sources. */
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

/** The name the JSDF, the Ministry of Defense or the Japanese press give a series or an
 * edition, written exactly as the source writes it ("ダルマ・ガーディアン24", or
 * "日米印豪共同訓練(マラバール2022)" where the name comes in brackets after what the exercise
 * is), with the source's words that give it. Left out where no source gives one: the Japanese
 * pages then say so and use the English name. */
export const japaneseNameSchema = z.strictObject({
  /** The name as the source writes it. */
  name: shownText('the Japanese name'),
  /** Words of source records that hold the name exactly (src/corpus/lint-japanese-names.ts). */
  evidence: quotedEvidenceList,
});

/** A claim about an edition that another source contradicts: kept, with its source. */
const alternativeSchema = z.strictObject({
  /** Which fact the claim is about. */
  field: z.enum(['dates', 'venue', 'number', 'participants', 'host', 'name', 'role', 'outcome']),
  /** The other claim, as its source puts it. */
  claim: z.string().min(1),
  notes,
});

/** What India or Japan did in an edition of a multilateral exercise. An observer sent people
 * to watch, not forces to train, and an absent country took no part (Malabar 1992, before
 * Japan joined): pages count neither as a participant. `limited` is a role the sources give
 * only as "additional", "limited" or "observer plus" (India at Cobra Gold, in humanitarian
 * training only): it is taken part in, and always shown with the sources' own words. */
export const roleSchema = z.enum(['participant', 'host', 'limited', 'observer', 'absent']);

/** The roles of the two countries this site is about, in one edition. */
const rolesSchema = z.strictObject({ india: roleSchema, japan: roleSchema });

/** The sources' words for a `limited` role ("additional participant"), per country. */
const roleWordingSchema = z.strictObject({ india: z.string().min(3).optional(), japan: z.string().min(3).optional() });

/** A planned edition (announced, not yet reported held) or an unconfirmed one (announced,
 * then reported deferred or never reported held). Neither counts as a joint edition. */
export const STATUSES = ['planned', 'unconfirmed'] as const;

/** One edition of a series. */
export const editionSchema = z
  .strictObject({
    /** The name it is known by: "JIMEX-24", "Dharma Guardian 2018". */
    label: shownText('the label'),
    /** The Japanese name of this edition, where a source gives one. */
    nameJa: japaneseNameSchema.optional(),
    /** Other names for this edition that readers type ("JIMEX 24", "JIMEX 2024"). */
    aliases: otherNamesSchema,
    /** Its place in the series, where a source numbers it. */
    number: z.number().int().positive().optional(),
    /** The year it took place. */
    year: z.number().int().min(1990).max(2100),
    /** First and last day, where the sources give them. */
    start: day.optional(),
    end: day.optional(),
    /** The dates as text where exact days are not known ("June 2024"). */
    when: z.string().min(1).optional(),
    /** Where it took place; several places for an exercise held in phases. */
    places: z.array(placeSchema).default([]),
    /** The country that hosted it, as a source says; a venue in a country's territory or
     * waters is not taken to make it the host. */
    host: z.string().min(1).optional().describe('The host country, as a source says; omitted where no host is recorded, and hostUnrecorded then says why.'),
    /** Why no host is recorded, where none is: every edition has one or the other. */
    hostUnrecorded: z.string().min(10).optional(),
    /** Two countries, or more, where this edition differs from its series (a bilateral
     * series' one four-navy sail). */
    format: z.enum(FORMATS).optional().describe('Omitted where the edition has its series’ format.'),
    /** India's and Japan's roles: required in a multilateral edition, where either may have
     * been absent, a participant, the host, or only an observer. */
    roles: rolesSchema.optional().describe('Omitted only in a bilateral edition, and then both countries took part: the host (where recorded) as host, the other as participant.'),
    /** The sources' words for a `limited` role: required exactly where a role is `limited`. */
    roleWording: roleWordingSchema.optional(),
    /** Whether the edition is only planned or unconfirmed; absent for an edition reported held. */
    status: z.enum(STATUSES).optional(),
    /** Army units and air or naval formations taking part. */
    units: z.array(z.string().min(1)).default([]),
    ships: z.array(z.string().min(1)).default([]),
    aircraft: z.array(z.string().min(1)).default([]),
    /** People the sources name in this edition, with the spellings readers also use. */
    people: z
      .array(
        z
          .strictObject({
            name: z.string().min(1),
            /** The language of a name written in Japanese or Chinese script ("ja"), which the pages show. */
            lang: languageTag.optional(),
            aliases: z.array(z.string().min(1)).default([]),
          })
          .refine((person) => person.lang !== undefined || !CJK.test(person.name), { path: ['lang'], message: 'A name in Japanese or Chinese script says its language: add lang: ja (or zh for Chinese).' }),
      )
      .default([]),
    /** What else a reader should know about this edition, in a short phrase. */
    remark: z.string().min(1).optional(),
    /** The footnotes that support this entry. */
    notes,
    /** Claims of other sources that disagree with this entry. */
    alternatives: z.array(alternativeSchema).default([]),
  })
  .refine((edition) => (edition.host === undefined) !== (edition.hostUnrecorded === undefined), {
    path: ['host'],
    message: 'Say who hosted the edition, as a source says (`host: India`), or why no host is recorded (`hostUnrecorded: none of the sources cited names a host`): one, not both.',
  })
  .refine((edition) => !edition.end || (edition.start !== undefined && edition.end >= edition.start), {
    path: ['end'],
    message: 'An end date needs a start date on or before it.',
  })
  .refine((edition) => !edition.start || edition.start.startsWith(String(edition.year)), {
    path: ['start'],
    message: 'The start date is not in the edition’s year.',
  })
  .refine((edition) => (['india', 'japan'] as const).every((country) => (edition.roles?.[country] === 'limited') === (edition.roleWording?.[country] !== undefined)), {
    path: ['roleWording'],
    message: 'A `limited` role needs the sources’ words for it, and only a limited role has them: `roleWording: { india: additional participant }`.',
  })
  .refine((edition) => !edition.roles || !edition.host || (edition.roles.india === 'host') === (edition.host === 'India'), {
    path: ['roles', 'india'],
    message: 'India’s role and `host` disagree: India’s role is `host` exactly when `host: India`.',
  })
  .refine((edition) => !edition.roles || !edition.host || (edition.roles.japan === 'host') === (edition.host === 'Japan'), {
    path: ['roles', 'japan'],
    message: 'Japan’s role and `host` disagree: Japan’s role is `host` exactly when `host: Japan`.',
  });

/** An exercise series. */
export const exerciseSchema = z
  .strictObject({
  /** The canonical name: "JIMEX". */
  name: shownText('the name'),
  /** The full name, where the canonical one is an acronym: "Japan-India Maritime Exercise". */
  fullName: shownText('the full name').optional(),
  /** The Japanese name of the series, where a source gives one. */
  nameJa: japaneseNameSchema.optional(),
  /** Other names and spellings readers use for the series ("Shinyu", "JAIMEX"). */
  aliases: otherNamesSchema,
  /** The article about the series: its slug in content/articles. */
  article: z.string().regex(/^[a-z0-9-]+$/),
  /** The id of the article's section about the series, where several series share one
   * article ("pitch-black" in multilateral-exercises.md); links and the editions table go there. */
  section: z.string().regex(/^[\p{Ll}\p{N}-]+$/u, 'Write the id of a heading of the article, e.g. pitch-black.').optional(),
  /** The services that take part. */
  services: z.array(z.enum(SERVICES)).min(1),
  /** Two countries, or more. */
  format: z.enum(FORMATS),
  /** The forces that take part, with their usual short names. */
  participants: z
    .array(z.strictObject({ country: z.string().min(1), force: z.string().min(1), short: z.string().min(1).optional() }))
    .min(1),
  /** The notes that support the series' own facts, which its infobox cites: format,
   * participants and (where given) firstHeld always; services where a cited source names them
   * (some say only "armed forces": the file says so in a comment). */
  cite: z.strictObject({ services: notes.optional(), format: notes, participants: notes, firstHeld: notes.optional() }),
  /** The year of the series' first edition (with or without India and Japan), where a source gives it. */
  firstHeld: z.number().int().min(1970).max(2100).optional(),
  /** The day this series' data was last checked against the sources: the record's "checked to" date is the earliest of these. */
  reviewed: day,
  /** A one-line description for lists and search results. */
  summary: z.string().min(20).max(200),
  /** Every known edition, oldest first. */
  editions: z
    .array(editionSchema)
    .min(1)
    .refine((editions) => editions.every((edition, index) => index === 0 || (editions[index - 1]?.year ?? 0) <= edition.year), {
      message: 'List the editions oldest first.',
    }),
  })
  .superRefine((exercise, context) => {
    if (exercise.firstHeld !== undefined && !exercise.cite.firstHeld) {
      context.addIssue({ code: 'custom', path: ['cite', 'firstHeld'], message: 'The year first held is a claim: cite the notes that support it, `cite: { firstHeld: [label] }`.' });
    }
    exercise.editions.forEach((edition, index) => {
      if ((edition.format ?? exercise.format) === 'multilateral' && !edition.roles) {
        context.addIssue({
          code: 'custom',
          path: ['editions', index, 'roles'],
          message: 'A multilateral edition says what India and Japan did: add `roles: { india: participant, japan: observer }` (participant, host, limited, observer or absent).',
        });
      }
    });
  });

export type Exercise = z.infer<typeof exerciseSchema>;
export type Edition = z.infer<typeof editionSchema>;
export type Place = z.infer<typeof placeSchema>;
export type JapaneseName = z.infer<typeof japaneseNameSchema>;
