import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, resolveReportUrl, resolveSiteUrl } from '../../src/pure/site-url.ts';

describe('site URL', () => {
  it('defaults to the local preview address', () => {
    expect(resolveSiteUrl(undefined)).toBe(DEFAULT_SITE_URL);
    expect(resolveSiteUrl('  ')).toBe(DEFAULT_SITE_URL);
  });

  it('normalises to an origin and a path ending in a slash', () => {
    expect(resolveSiteUrl('https://example.org')).toBe('https://example.org/');
    expect(resolveSiteUrl('https://example.org/exercises')).toBe('https://example.org/exercises/');
  });

  it.each(['example.org', 'ftp://example.org/', 'https://example.org/?a=1', 'https://example.org/#top'])('rejects %s', (value) => {
    expect(() => resolveSiteUrl(value)).toThrow(/SITE_URL/);
  });
});

describe('the address for error reports', () => {
  it('is none when unset or blank', () => {
    expect(resolveReportUrl(undefined)).toBeUndefined();
    expect(resolveReportUrl('  ')).toBeUndefined();
  });

  it('takes an https page or a mailto address', () => {
    expect(resolveReportUrl('https://github.com/o/r/issues/new')).toBe('https://github.com/o/r/issues/new');
    expect(resolveReportUrl('mailto:corrections@example.org')).toBe('mailto:corrections@example.org');
  });

  it.each(['github.com/o/r/issues', 'http://example.org/report', 'javascript:alert(1)', 'mailto:nobody'])('rejects %s', (value) => {
    expect(() => resolveReportUrl(value)).toThrow(/SITE_REPORT_URL/);
  });
});
