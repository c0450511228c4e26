/** The real exercise data, parsed as the site's schema reads it, for tests of what is drawn from it. */
import { readdirSync, readFileSync } from 'node:fs';
import { readYaml } from '../../src/pure/read-yaml.ts';
import { exerciseSchema, type Exercise } from '../../src/schemas/exercise.ts';

const dir = new URL('../../content/exercises/', import.meta.url);

export function loadExercises(): Exercise[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => exerciseSchema.parse(readYaml(readFileSync(new URL(name, dir), 'utf8'))));
}

/** The same series, each with its id (its data file's stem), as the dataset publishes them. */
export function loadSeries(): (Exercise & { id: string })[] {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  return loadExercises().map((exercise, index) => ({ id: (names[index] ?? '').replace(/\.yaml$/, ''), ...exercise }));
}
