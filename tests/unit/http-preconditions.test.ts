import { describe, expect, it } from 'vitest';
import { evaluatePreconditions, parseHttpDate, rangeApplies } from '../../src/pure/http-preconditions.ts';

const lastModified = Date.UTC(1994, 10, 6, 8, 49, 37);
const file = { etag: '"3e8-abc"', lastModified };
const LAST_MODIFIED = 'Sun, 06 Nov 1994 08:49:37 GMT';
const EARLIER = 'Sun, 06 Nov 1994 08:49:36 GMT';

describe('parseHttpDate', () => {
  it('reads the three forms of RFC 9110', () => {
    expect(parseHttpDate(LAST_MODIFIED)).toBe(lastModified);
    expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT')).toBe(lastModified);
    expect(parseHttpDate('Sun Nov  6 08:49:37 1994')).toBe(lastModified);
  });

  it('takes a two-digit year of this century unless that is over 50 years ahead', () => {
    expect(parseHttpDate('Monday, 01-Jan-24 00:00:00 GMT')).toBe(Date.UTC(2024, 0, 1));
  });

  it('refuses what is no date', () => {
    for (const text of ['', '1', 'Sun, 31 Feb 1994 08:49:37 GMT', 'Sun, 06 Foo 1994 08:49:37 GMT', 'Sun, 06 Nov 1994 25:49:37 GMT', '1994-11-06T08:49:37Z', 'Sun, 06 Nov 0094 08:49:37 GMT']) {
      expect(parseHttpDate(text), text).toBeUndefined();
    }
  });
});

describe('evaluatePreconditions', () => {
  it('sends the file without conditions', () => {
    expect(evaluatePreconditions({}, file)).toBe('send');
  });

  it('answers If-None-Match with 304 for "*" and for any tag that matches weakly', () => {
    for (const field of ['*', ' * ', '"3e8-abc"', 'W/"3e8-abc"', '"a", "3e8-abc"', '"a,b",W/"3e8-abc"']) {
      expect(evaluatePreconditions({ ifNoneMatch: field }, file), field).toBe('not-modified');
    }
    for (const field of ['"a"', '"a", "b"', '3e8-abc', '']) expect(evaluatePreconditions({ ifNoneMatch: field }, file), field).toBe('send');
  });

  it('lets If-None-Match decide over If-Modified-Since', () => {
    expect(evaluatePreconditions({ ifNoneMatch: '"a"', ifModifiedSince: LAST_MODIFIED }, file)).toBe('send');
  });

  it('answers If-Modified-Since with 304 unless the file changed after it; ignores a bad date', () => {
    expect(evaluatePreconditions({ ifModifiedSince: LAST_MODIFIED }, file)).toBe('not-modified');
    expect(evaluatePreconditions({ ifModifiedSince: EARLIER }, file)).toBe('send');
    expect(evaluatePreconditions({ ifModifiedSince: 'yesterday' }, file)).toBe('send');
  });

  it('fails If-Match unless "*" or a strong match, before anything else', () => {
    expect(evaluatePreconditions({ ifMatch: '*' }, file)).toBe('send');
    expect(evaluatePreconditions({ ifMatch: '"a", "3e8-abc"' }, file)).toBe('send');
    expect(evaluatePreconditions({ ifMatch: 'W/"3e8-abc"' }, file)).toBe('failed');
    expect(evaluatePreconditions({ ifMatch: '"a"', ifNoneMatch: '*' }, file)).toBe('failed');
    expect(evaluatePreconditions({ ifMatch: '"3e8-abc"' }, { ...file, etag: 'W/"3e8-abc"' })).toBe('failed');
  });

  it('fails If-Unmodified-Since when the file changed after it, unless If-Match is there', () => {
    expect(evaluatePreconditions({ ifUnmodifiedSince: EARLIER }, file)).toBe('failed');
    expect(evaluatePreconditions({ ifUnmodifiedSince: LAST_MODIFIED }, file)).toBe('send');
    expect(evaluatePreconditions({ ifUnmodifiedSince: 'never' }, file)).toBe('send');
    expect(evaluatePreconditions({ ifUnmodifiedSince: EARLIER, ifMatch: '*' }, file)).toBe('send');
  });
});

describe('rangeApplies', () => {
  it('applies a range without If-Range, or when it names the file strongly or by its date', () => {
    expect(rangeApplies({}, file)).toBe(true);
    expect(rangeApplies({ ifRange: '"3e8-abc"' }, file)).toBe(true);
    expect(rangeApplies({ ifRange: LAST_MODIFIED }, file)).toBe(true);
  });

  it('sends the whole file for another tag, a weak one, another date or no date', () => {
    for (const ifRange of ['"other"', 'W/"3e8-abc"', EARLIER, 'soon']) expect(rangeApplies({ ifRange }, file), ifRange).toBe(false);
  });
});
