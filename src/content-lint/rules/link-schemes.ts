/**
 * remark-lint rule: links and images may use https:, http: or mailto:, or be relative.
 * Anything else (`javascript:`, `data:`, `file:`, protocol-relative `//host`) is an error:
 * it either runs code in the reader's browser or breaks off the site.
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { walk } from '../../pure/walk.ts';

const ALLOWED = new Set(['https:', 'http:', 'mailto:']);

/** The scheme of `url` ("javascript:"), or undefined for a relative URL. */
export function urlScheme(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1]?.toLowerCase().concat(':');
}

export const remarkLintLinkSchemes = lintRule<Root>('site:link-schemes', (tree, file) => {
  walk(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const url = node.url;
    if (url.trim().startsWith('//')) {
      file.message(`Protocol-relative link \`${url}\`: write it with https://`, node);
      return;
    }
    const scheme = urlScheme(url);
    if (scheme && !ALLOWED.has(scheme)) {
      file.message(`Link with the \`${scheme}\` scheme: use an https:// address, a mailto: address or a link to a page of this site`, node);
    } else if ((scheme === 'https:' || scheme === 'http:') && !URL.canParse(url)) {
      file.message(`Malformed address \`${url}\`: check it for spaces, brackets or a missing part, and copy it again from the source`, node);
    }
  });
});
