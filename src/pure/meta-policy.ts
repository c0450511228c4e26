/**
 * The Content-Security-Policy of `_headers`, as a `<meta http-equiv>` tag can carry it. Hosts
 * that send no custom headers (GitHub Pages) then still enforce the policy; where the header
 * is sent too, the browser applies both, and they are the same policy. A meta policy ignores
 * `frame-ancestors`, `report-uri` and `sandbox` (and Chrome logs an error for them), so those
 * stay header-only: X-Frame-Options does not reach GitHub Pages either.
 */
import { headersFor, parseHeadersFile } from './headers-file.ts';

const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy `_headers` (its text) sends with pages, minus the header-only directives. */
export function metaPolicy(headersFile: string): string {
  const policy = headersFor(parseHeadersFile(headersFile), '/')['Content-Security-Policy'];
  if (!policy) throw new Error('public/_headers sends no Content-Security-Policy for pages: the site must have one.');
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !HEADER_ONLY.has(directive.split(/\s+/, 1)[0] ?? ''))
    .join('; ');
}
