/**
 * Words for the browser's scripts. A script never imports the language files (it would ship
 * every language), so the component that loads it renders the words it needs as JSON in a
 * data-* attribute: strings with {placeholders}, and a pair [one, other] for words that take a
 * count. These fill them in.
 */

/** A word that takes a count: its form for one, and for any other number. */
export type Counted = readonly [one: string, other: string];

/** `template` with each {name} replaced by `values[name]`; an unknown {name} is left as it is. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** The form of `forms` for `n`, filled in with `n` as {n} (and `values`). */
export function countedText(forms: Counted, n: number, values: Readonly<Record<string, string | number>> = {}): string {
  return fill(n === 1 ? forms[0] : forms[1], { ...values, n });
}

/** The JSON a component renders into a data-* attribute, read back by its script; `fallback`
 * where the attribute is missing or broken. */
export function wordsFrom<T>(json: string | undefined, fallback: T): T {
  try {
    return json ? (JSON.parse(json) as T) : fallback;
  } catch {
    return fallback;
  }
}
