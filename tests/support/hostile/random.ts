/**
 * The seeded generator behind the hostile-input tests: a run draws its sample from one seed,
 * printed in the test's name, so any failure can be made again (`HOSTILE_SEED=<seed>`).
 */

/** mulberry32: small, fast, and the same sequence from the same seed on every machine. */
export function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

/** A whole number from `low` to `high`, both included. */
export const between = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** This run's seed: HOSTILE_SEED when set, else a new one each run (the sample grows over runs). */
export function runSeed(): number {
  const given = process.env['HOSTILE_SEED'];
  return given === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(given);
}

/** What the site must do with a hostile input: refuse it at a real place, publish it whole
 * (or refuse it), keep it a draft (or refuse it), or ignore it with a warning. */
export type Expected = 'refuse' | 'either' | 'draft' | 'ignore';

/** One generated input: a file (or other entry) to create in a content folder. */
export interface HostileCase {
  /** The class of input and the variant, for the failure message. */
  kind: string;
  /** The entry's name in the folder. */
  name: string;
  /** The file's text or bytes; or a function that makes the entry (a folder, link, pipe). */
  content: string | Uint8Array | ((path: string) => void);
  expected: Expected;
}
