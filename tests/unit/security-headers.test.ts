import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { metaPolicy } from '../../src/pure/meta-policy.ts';
import { headersFor, parseHeadersFile } from '../../src/pure/headers-file.ts';

const rules = parseHeadersFile(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));
const page = headersFor(rules, '/articles/jimex/');

/** The CSP as directive → sources. */
function policy(header: string | undefined): Map<string, string[]> {
  const directives = (header ?? '').split(';').map((part) => part.trim().split(/\s+/));
  return new Map(directives.filter(([name]) => name).map(([name = '', ...sources]) => [name, sources]));
}

const csp = policy(page['Content-Security-Policy']);

describe('security headers in public/_headers', () => {
  it('deny everything by default and allow only this origin for what the site uses', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    for (const directive of ['style-src', 'img-src', 'font-src', 'connect-src', 'worker-src', 'manifest-src', 'form-action']) {
      expect(csp.get(directive), directive).toEqual(["'self'"]);
    }
  });

  it('allow scripts from this origin plus WebAssembly for Pagefind, and nothing inline or eval', () => {
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    const all = [...csp.values()].flat();
    expect(all).not.toContain("'unsafe-inline'");
    expect(all).not.toContain("'unsafe-eval'");
    expect(all.filter((source) => source.startsWith("'sha") || source.startsWith("'nonce"))).toEqual([]);
  });

  it('forbid framing, plugins and base-URL changes', () => {
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(page['X-Frame-Options']).toBe('DENY');
  });

  it('send HSTS for at least a year, nosniff, a referrer policy and isolation headers', () => {
    expect(Number(/max-age=(\d+)/.exec(page['Strict-Transport-Security'] ?? '')?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(page['Strict-Transport-Security']).toContain('includeSubDomains');
    expect(page['X-Content-Type-Options']).toBe('nosniff');
    expect(page['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(page['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(page['Cross-Origin-Resource-Policy']).toBe('same-origin');
  });

  it('turn off powerful browser features the site never uses', () => {
    const features = (page['Permissions-Policy'] ?? '').split(',').map((entry) => entry.trim());
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(features).toContain(`${feature}=()`);
  });

  it('cache fingerprinted assets for good, and pages not', () => {
    expect(headersFor(rules, '/_astro/index.abc123.css')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/_astro/index.abc123.css')['Content-Security-Policy']).toBe(page['Content-Security-Policy']);
    expect(page['Cache-Control']).toBeUndefined();
  });
});

describe('reading a _headers file', () => {
  it('applies later matching rules on top of earlier ones', () => {
    const parsed = parseHeadersFile('# comment\n/*\n  A: 1\n  B: 2\n\n/x/*\n  B: 3\n');
    expect(headersFor(parsed, '/x/y')).toEqual({ A: '1', B: '3' });
    expect(headersFor(parsed, '/z')).toEqual({ A: '1', B: '2' });
  });

  it('treats pattern characters other than * literally', () => {
    expect(headersFor(parseHeadersFile('/a.b\n  X: 1\n'), '/axb')).toEqual({});
  });

  it('refuses a header line with no path above it, naming the line', () => {
    expect(() => parseHeadersFile('  X: 1\n')).toThrow(/_headers line 1/);
    expect(() => parseHeadersFile('/*\n  no colon here\n')).toThrow(/_headers line 2/);
  });
});

describe('the policy pages carry in a meta tag, for hosts that send no headers', () => {
  const meta = policy(metaPolicy(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8')));

  it('is the header policy without the directives a meta tag cannot carry', () => {
    expect(meta.has('frame-ancestors')).toBe(false);
    expect([...meta.keys()]).toEqual([...csp.keys()].filter((name) => name !== 'frame-ancestors'));
    for (const [name, sources] of meta) expect(sources, name).toEqual(csp.get(name));
  });

  it('refuses a headers file that sends pages no policy', () => {
    expect(() => metaPolicy('/*\n  X-Frame-Options: DENY\n')).toThrow(/no Content-Security-Policy/);
  });
});
