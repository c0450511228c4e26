/** Where the site is served when SITE_URL is not set: `npm start` and `astro preview` both use it. */
export const DEFAULT_SITE_URL = 'http://localhost:4321/';

/**
 * The site's public URL, from one setting (the SITE_URL environment variable). It feeds
 * canonical links and the sitemap, so a bad value fails the build instead of shipping wrong URLs.
 */
export function resolveSiteUrl(value: string | undefined): string {
  const raw = value?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL "${raw}" is not a URL. Set it to the site's public address, e.g. https://example.org/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL "${raw}" must start with https:// (or http:// for local use).`);
  }
  if (url.search || url.hash) {
    throw new Error(`SITE_URL "${raw}" must not carry a query or fragment.`);
  }
  return url.origin + (url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`);
}

/**
 * Where readers report an error (the SITE_REPORT_URL environment variable): an https:// page
 * such as the repository's "new issue" form, or a mailto: address, or none. The method page
 * and the corrections page print it; a bad value fails the build instead of printing a link
 * that goes nowhere.
 */
export function resolveReportUrl(value: string | undefined): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_REPORT_URL "${raw}" is not a URL. Set it to an https:// page or a mailto: address where readers can report an error.`);
  }
  if (url.protocol === 'mailto:' ? !/^[^@\s]+@[^@\s]+$/.test(decodeURIComponent(url.pathname)) : url.protocol !== 'https:') {
    throw new Error(`SITE_REPORT_URL "${raw}" must be an https:// address or mailto:someone@example.org.`);
  }
  return url.href;
}
