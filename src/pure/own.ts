/**
 * A lookup in a plain object by a key that comes from content or from a reader (a search
 * query, a heading's id, a footnote label): only the object's own properties, never those it
 * inherits, so "constructor" or "__proto__" finds nothing rather than Object's function.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
