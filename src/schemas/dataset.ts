/**
 * The dataset's JSON Schema, generated from the same zod schemas the content is checked
 * against, so the published schema cannot drift from the data.
 */
import { z } from 'astro/zod';
import { correctionSchema } from './correction.ts';
import { editionSchema, exerciseSchema } from './exercise.ts';
import { VERSION } from './release.ts';

/** The dataset's licence: stated in the JSON itself, on /data/ and in the README. */
export const DATASET_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

const noteSchema = z.strictObject({
  number: z.number().int().positive(),
  /** The source record's key (its entry in /data/sources.json). */
  key: z.string().optional(),
  author: z.string().optional(),
  title: z.string().optional(),
  publication: z.string().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
  accessed: z.string().optional(),
  text: z.string(),
  /** An archived copy of the page; whether the research desk marks the source weak; its language. */
  archived: z.url().optional(),
  weak: z.boolean().optional(),
  language: z.string().optional(),
});

/** Series and editions carry their stable ids: a series its data file's stem, an edition editionId(). */
const datasetSeriesSchema = exerciseSchema.safeExtend({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  editions: z.array(editionSchema.safeExtend({ id: z.string().regex(/^edition-[a-z0-9-]+$/) })).min(1),
});

const datasetSchema = z.strictObject({
  title: z.string(),
  /** The release (content/releases/), MAJOR.MINOR; "+unreleased" when the data has changed since. */
  version: z.string().regex(new RegExp(`${VERSION.source.slice(0, -1)}(?:\\+unreleased)?$`)),
  checkedTo: z.iso.date(),
  generated: z.iso.date(),
  commit: z.string(),
  licence: z.strictObject({ name: z.literal(DATASET_LICENCE.name), url: z.literal(DATASET_LICENCE.url) }),
  url: z.url(),
  series: z.array(datasetSeriesSchema),
  notes: z.record(z.string(), z.record(z.string(), noteSchema)),
  corrections: z.array(correctionSchema.extend({ id: z.string() })),
});

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** zod leaves a transform's output as `{}` (anything) in an `anyOf`: a YAML date read as a
 * Date and turned into text. The text branch beside it already says what the data holds. */
function withoutAnything(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(withoutAnything);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([key, child]) => [key, withoutAnything(child)] as const);
  const object = Object.fromEntries(entries) as Record<string, JsonValue>;
  const anyOf = object['anyOf'];
  if (Array.isArray(anyOf)) {
    const specific = anyOf.filter((branch) => !(branch && typeof branch === 'object' && !Array.isArray(branch) && Object.keys(branch).length === 0));
    if (specific.length === 1 && specific[0] && typeof specific[0] === 'object') {
      delete object['anyOf'];
      return { ...object, ...(specific[0] as Record<string, JsonValue>) };
    }
    object['anyOf'] = specific;
  }
  return object;
}

/** The JSON Schema (draft 2020-12) of /data/exercises.json, published at `id`. */
export function datasetJsonSchema(id: string): Record<string, JsonValue> {
  const schema = z.toJSONSchema(datasetSchema, { io: 'output', unrepresentable: 'any' }) as JsonValue;
  return { $id: id, title: 'India–Japan defence exercises: the dataset', ...(withoutAnything(schema) as Record<string, JsonValue>) };
}
