import { describe, expect, it } from 'vitest';
import { byteRange } from '../../src/pure/http-range.ts';

const part = (start: number, end: number) => ({ kind: 'part', start, end });
const WHOLE = { kind: 'whole' };
const UNSATISFIABLE = { kind: 'unsatisfiable' };

describe('byteRange', () => {
  it('reads one int-range, open or closed, clipped to the file', () => {
    expect(byteRange('bytes=0-0', 1000)).toEqual(part(0, 0));
    expect(byteRange('bytes=100-', 1000)).toEqual(part(100, 999));
    expect(byteRange('bytes=990-5000', 1000)).toEqual(part(990, 999));
    expect(byteRange('bytes=0-99999999999999999999999', 1000)).toEqual(part(0, 999));
  });

  it('reads a suffix-range as the last bytes, the whole file when it is longer', () => {
    expect(byteRange('bytes=-100', 1000)).toEqual(part(900, 999));
    expect(byteRange('bytes=-5000', 1000)).toEqual(part(0, 999));
  });

  it('accepts the unit in any case, spaces and empty list elements', () => {
    expect(byteRange('BYTES=1-2', 10)).toEqual(part(1, 2));
    expect(byteRange(' bytes=, 1-2 ,', 10)).toEqual(part(1, 2));
  });

  it('finds no byte beyond the end, in a zero suffix or in an empty file', () => {
    for (const field of ['bytes=1000-', 'bytes=5000-6000', 'bytes=-0', 'bytes=1000-,2000-', 'bytes=1' + '0'.repeat(400) + '-']) {
      expect(byteRange(field, 1000), field).toEqual(UNSATISFIABLE);
    }
    expect(byteRange('bytes=-10', 0)).toEqual(UNSATISFIABLE);
    expect(byteRange('bytes=0-', 0)).toEqual(UNSATISFIABLE);
  });

  it('ignores what is no byte range: the whole file', () => {
    for (const field of [undefined, '', 'bytes=', 'bytes=,', 'bytes=100-50', 'bytes=a-b', 'bytes=1-2-3', 'bytes=--1', 'bytes=0x1-2', 'items=0-1', 'bytes 0-1', 'bytes=0-1,100-50']) {
      expect(byteRange(field, 1000), String(field)).toEqual(WHOLE);
    }
  });

  it('answers several ranges with the whole file, unless none overlaps it', () => {
    expect(byteRange('bytes=0-1,5-6', 1000)).toEqual(WHOLE);
    expect(byteRange('bytes=5000-,0-1', 1000)).toEqual(WHOLE);
    expect(byteRange('bytes=5000-,6000-', 1000)).toEqual(UNSATISFIABLE);
  });
});
