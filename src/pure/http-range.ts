/**
 * Which bytes of a file a `Range` header asks for (RFC 9110 §14.1–14.2), for the site's
 * local server. The RFC lets a server ignore an invalid range set and answer several ranges
 * with the whole file; it must answer 416 when no range overlaps the file. So: one
 * satisfiable range is a part (206), none is unsatisfiable (416), anything else (no header, a
 * unit other than bytes, a syntax error, several ranges) is the whole file (200).
 */

export type RangeAnswer =
  | { kind: 'whole' }
  | { kind: 'unsatisfiable' }
  /** Byte offsets, both included, as Content-Range writes them. */
  | { kind: 'part'; start: number; end: number };

const WHOLE: RangeAnswer = { kind: 'whole' };
const UNSATISFIABLE: RangeAnswer = { kind: 'unsatisfiable' };

/** `first-` or `first-last` (an int-range) and `-length` (a suffix-range), digits only. */
const INT_RANGE = /^(\d+)-(\d*)$/;
const SUFFIX_RANGE = /^-(\d+)$/;

/** One range-spec against a file of `size` bytes: its bytes, undefined when it lies beyond
 * the file, 'invalid' when it is not a byte range at all. */
function rangeSpec(spec: string, size: number): { start: number; end: number } | undefined | 'invalid' {
  const int = INT_RANGE.exec(spec);
  if (int) {
    const first = Number(int[1]);
    const last = int[2] === '' || int[2] === undefined ? Infinity : Number(int[2]);
    // RFC 9110 §14.1.1 calls last < first invalid, not unsatisfiable.
    if (last < first) return 'invalid';
    return first < size ? { start: first, end: Math.min(last, size - 1) } : undefined;
  }
  const suffix = SUFFIX_RANGE.exec(spec);
  if (!suffix) return 'invalid';
  const length = Number(suffix[1]);
  // A zero-length suffix, or any suffix of an empty file, selects no byte.
  if (length === 0 || size === 0) return undefined;
  return { start: Math.max(0, size - length), end: size - 1 };
}

/** What to send for the Range header `field` (undefined when the request has none) on a
 * file of `size` bytes. */
export function byteRange(field: string | undefined, size: number): RangeAnswer {
  const set = field === undefined ? undefined : /^bytes=(.*)$/i.exec(field.trim())?.[1];
  if (set === undefined) return WHOLE;
  // A list may hold empty elements (RFC 9110 §5.6.1.2) and spaces around its commas.
  const specs = set.split(',').map((spec) => spec.trim()).filter((spec) => spec !== '');
  if (specs.length === 0) return WHOLE;
  let satisfiable: { start: number; end: number } | undefined;
  for (const spec of specs) {
    const range = rangeSpec(spec, size);
    if (range === 'invalid') return WHOLE;
    satisfiable ??= range;
  }
  if (satisfiable === undefined) return UNSATISFIABLE;
  return specs.length === 1 ? { kind: 'part', ...satisfiable } : WHOLE;
}
