/**
 * The names readers type for an exercise, derived from its data so none is typed twice:
 * the data's own names and aliases, plus every common way of writing an edition label
 * ("JIMEX-24", "JIMEX 24", "JIMEX 2024"; "Dharma Guardian 2018", "Dharma Guardian 18").
 */
import type { Edition, Exercise } from '../schemas/exercise.ts';
import { seriesOtherNames } from './exercise-text.ts';

/** Spellings of an edition label that differ only in its separator and year form. */
export function labelVariants(label: string, year: number): string[] {
  const match = /^(.*?)[\s-]*(\d{2}|\d{4})$/.exec(label.trim());
  if (!match) return [label];
  const [, stem = '', digits = ''] = match;
  const short = String(year).slice(2);
  const numbers = digits.length === 2 && digits === short ? [short, String(year)] : digits === String(year) ? [String(year), short] : [digits];
  return [...new Set(numbers.flatMap((number) => [`${stem}-${number}`, `${stem} ${number}`, `${stem}${number}`]))];
}

/** Every name of an edition: label, aliases and their variants, the series' names with the
 * year ("Sea Dragon 2024", "Sea Dragon-24", "Sahyog Kaijin 2020", whatever the label), and
 * the people named in it with their other spellings, without repeats. Only short series
 * names (one or two words) are paired with years: readers do not type the long forms so. */
export function editionNames(edition: Pick<Edition, 'label' | 'aliases' | 'year'> & Partial<Pick<Edition, 'people'>>, series: readonly string[] = []): string[] {
  const yearNames = series.filter(isShort).flatMap((name) => labelVariants(`${name} ${edition.year}`, edition.year));
  // Spelling variants only for short names ("JIMEX-24"): a long alias written six ways
  // ("Japan-India coast guard drill 2025") would outweigh every other page for its words.
  const names = [edition.label, ...edition.aliases.map((alias) => alias.name)].flatMap((name) => [name, ...(isShort(name) ? labelVariants(name, edition.year) : [])]).concat(yearNames);
  const people = (edition.people ?? []).flatMap((person) => [person.name, ...person.aliases]);
  return unique([...names, ...people]);
}

/** Every name of a series: its name, full name and aliases. */
export function seriesNames(exercise: Pick<Exercise, 'name' | 'fullName' | 'aliases'>): string[] {
  return [exercise.name, ...seriesOtherNames(exercise).map((other) => other.name)];
}

/** One or two words, besides a number at the end: a name readers type in several ways. */
function isShort(name: string): boolean {
  return name.replace(/[\s-]*\d+$/, '').split(/\s+/).length <= 2;
}

function unique(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
