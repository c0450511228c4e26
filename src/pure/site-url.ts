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
