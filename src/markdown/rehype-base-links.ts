/**
 * rehype plugin: puts the site's base path in front of root-relative links (`/articles/…`,
 * `/sources/#…`), so articles keep linking within the site when it is served under a sub-path
 * (`https://example.org/india-japan/`). Editors write links from the root; the lint checks
 * them there. Protocol-relative (`//host`) and fragment-only links are left alone.
 */
import type { Root } from 'hast';
import { walk } from '../pure/walk.ts';
import { joinBase } from '../pure/paths.ts';

export interface BaseLinkOptions {
  /** The base path the site is built with, as Astro's `base`: "/" or "/india-japan/". */
  base: string;
}

const LINKING: Record<string, string> = { a: 'href', img: 'src' };

export function rehypeBaseLinks(options: BaseLinkOptions) {
  return (tree: Root): void => {
    if (options.base === '/' || options.base === '') return;
    walk(tree, 'element', (element) => {
      const property = LINKING[element.tagName];
      const value = property === undefined ? undefined : element.properties[property];
      if (property === undefined || typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return;
      element.properties[property] = joinBase(options.base, value);
    });
  };
}
