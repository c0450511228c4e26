/**
 * A page's cache key for Astro's incremental build (`experimental.incrementalBuild`): a digest
 * of every input the page draws from content, so a page is rendered again exactly when one of
 * them changed. Astro adds the page's code (its module graph), the config and the lockfile.
 */
import { createHash } from 'node:crypto';

export function cacheKeyOf(inputs: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('base64url');
}
