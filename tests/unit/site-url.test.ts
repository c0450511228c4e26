import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, resolveSiteUrl } from '../../src/pure/site-url.ts';

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
