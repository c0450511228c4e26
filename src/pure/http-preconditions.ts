/**
 * Conditional requests (RFC 9110 §13) for the site's local server, which serves only GET and
 * HEAD of files that exist: whether to send the file, 304 Not Modified or 412 Precondition
 * Failed, and whether an `If-Range` lets a Range header apply.
 */

/** The validators of the file being served. */
export interface Validators {
  /** A strong entity tag, quoted: `"1a2b-3c4d"`. */
  etag: string;
  /** The Last-Modified time in milliseconds, whole seconds as the header carries it. */
  lastModified: number;
}

/** The conditional header fields of a request, as received (several lines joined by commas). */
export interface ConditionalFields {
  ifMatch?: string | undefined;
  ifNoneMatch?: string | undefined;
  ifModifiedSince?: string | undefined;
  ifUnmodifiedSince?: string | undefined;
  ifRange?: string | undefined;
}

export type Precondition = 'send' | 'not-modified' | 'failed';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';
// The three forms a recipient must accept (RFC 9110 §5.6.7); clients echo the first.
const IMF_FIXDATE = new RegExp(`^${DAY}, (\\d{2}) ([A-Z][a-z]{2}) (\\d{4}) ${TIME} GMT$`);
const RFC850_DATE = new RegExp(`^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (\\d{2})-([A-Z][a-z]{2})-(\\d{2}) ${TIME} GMT$`);
const ASCTIME_DATE = new RegExp(`^${DAY} ([A-Z][a-z]{2}) ([ \\d]\\d) ${TIME} (\\d{4})$`);

/** Year, month (0 to 11), day, hours, minutes and seconds of an HTTP-date in any of its forms. */
function dateFields(text: string): number[] | undefined {
  const month = (name: string | undefined) => MONTHS.indexOf(name ?? '');
  const imf = IMF_FIXDATE.exec(text);
  if (imf) return [Number(imf[3]), month(imf[2]), ...[imf[1], imf[4], imf[5], imf[6]].map(Number)];
  const rfc850 = RFC850_DATE.exec(text);
  if (rfc850) {
    // A two-digit year more than 50 years ahead is the century before (§5.6.7).
    const year = 2000 + Number(rfc850[3]);
    const century = year > new Date().getUTCFullYear() + 50 ? 100 : 0;
    return [year - century, month(rfc850[2]), ...[rfc850[1], rfc850[4], rfc850[5], rfc850[6]].map(Number)];
  }
  const asctime = ASCTIME_DATE.exec(text);
  if (asctime) return [Number(asctime[6]), month(asctime[1]), ...[asctime[2], asctime[3], asctime[4], asctime[5]].map(Number)];
  return undefined;
}

/** An HTTP-date in milliseconds, or undefined when `text` is not one (such a field is ignored). */
export function parseHttpDate(text: string): number | undefined {
  const fields = dateFields(text);
  if (!fields) return undefined;
  const [year = NaN, month = NaN, day = NaN, hours = NaN, minutes = NaN, seconds = NaN] = fields;
  const time = Date.UTC(year, month, day, hours, minutes, seconds);
  const date = new Date(time);
  // Date.UTC rolls 31 Feb over into March: a date that does not read back is no date.
  const readBack = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()];
  return readBack.every((value, index) => value === fields[index]) ? time : undefined;
}

/** The entity tags a field lists, each as sent (`"x"` or `W/"x"`); commas may sit inside one. */
function listedTags(field: string): string[] {
  return [...field.matchAll(/(?:W\/)?"[^"]*"/g)].map((match) => match[0]);
}

/** Strong comparison (§8.8.3.2): both tags strong and the same. */
function strongMatch(field: string, etag: string): boolean {
  return listedTags(field).some((tag) => !tag.startsWith('W/') && !etag.startsWith('W/') && tag === etag);
}

/** Weak comparison: the same opaque tag, whether or not either is marked weak. */
function weakMatch(field: string, etag: string): boolean {
  const opaque = (tag: string) => tag.replace(/^W\//, '');
  return listedTags(field).some((tag) => opaque(tag) === opaque(etag));
}

/** Whether the file changed after the date in `field`; undefined when the field is no date. */
function modifiedSince(field: string, lastModified: number): boolean | undefined {
  const date = parseHttpDate(field.trim());
  return date === undefined ? undefined : lastModified > date;
}

/** The preconditions of a GET or HEAD, in the order of RFC 9110 §13.2.2. */
export function evaluatePreconditions(fields: ConditionalFields, file: Validators): Precondition {
  const { ifMatch, ifNoneMatch, ifModifiedSince, ifUnmodifiedSince } = fields;
  if (ifMatch !== undefined) {
    if (ifMatch.trim() !== '*' && !strongMatch(ifMatch, file.etag)) return 'failed';
  } else if (ifUnmodifiedSince !== undefined && modifiedSince(ifUnmodifiedSince, file.lastModified) === true) {
    return 'failed';
  }
  if (ifNoneMatch !== undefined) {
    // "*" matches any current representation, and the file exists.
    return ifNoneMatch.trim() === '*' || weakMatch(ifNoneMatch, file.etag) ? 'not-modified' : 'send';
  }
  if (ifModifiedSince !== undefined && modifiedSince(ifModifiedSince, file.lastModified) === false) return 'not-modified';
  return 'send';
}

/** Whether a Range applies under the request's If-Range (§13.1.5): always without one; with
 * an entity tag, only when it strongly matches; with a date, only when it is Last-Modified. */
export function rangeApplies(fields: ConditionalFields, file: Validators): boolean {
  const ifRange = fields.ifRange?.trim();
  if (ifRange === undefined) return true;
  // An If-Range holds one validator, and a weak tag never matches (strong comparison).
  if (ifRange.startsWith('"') || ifRange.startsWith('W/')) return ifRange === file.etag && !ifRange.startsWith('W/');
  return parseHttpDate(ifRange) === file.lastModified;
}
