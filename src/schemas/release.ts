/**
 * The dataset's releases (content/releases/): the list an editor keeps, newest first, and the
 * frozen snapshot of the records each release published. Versions are MAJOR.MINOR: a release
 * that removes or renames a published id takes the next major, any other change the next minor.
 */
import { z } from 'astro/zod';

/** "1.0", "2.13": quoted in YAML, where an unquoted 1.10 would be read as the number 1.1. */
export const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** A published id no longer in the data, and why; `replacedBy` where it was renamed. */
export const removalSchema = z.strictObject({
  id: z.string().min(1),
  why: z.string().min(3),
  replacedBy: z.string().min(1).optional(),
});

export const releaseSchema = z.strictObject({
  version: z.string().regex(VERSION, 'a version is MAJOR.MINOR, quoted: "1.2"'),
  date: z.iso.date(),
  /** One line: what this release changed, true to the commits behind it. */
  summary: z.string().min(3),
  /** The commit whose data the snapshot holds, where it was cut from the repository's history. */
  commit: z.string().regex(/^[0-9a-f]{7,40}$/).optional(),
  removed: z.array(removalSchema).optional(),
});

/** content/releases/releases.yaml: newest first. */
export const releaseListSchema = z.array(releaseSchema);

/** A record's fields as its data file writes them (parsed YAML, nothing the build adds). */
const fieldsSchema = z.record(z.string(), z.unknown());

/** content/releases/<version>.json: the records a release published, each kind keyed by id. */
export const snapshotSchema = z.strictObject({
  series: z.record(z.string(), fieldsSchema),
  editions: z.record(z.string(), fieldsSchema),
  sources: z.record(z.string(), fieldsSchema),
});

export type Removal = z.infer<typeof removalSchema>;
export type Release = z.infer<typeof releaseSchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;
