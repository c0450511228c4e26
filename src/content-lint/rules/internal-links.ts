/**
 * remark-lint rule: links within the site point at pages and sections that exist.
 * `#section` must name a heading or note of the same article; `/articles/<slug>/#section`
 * an existing article and one of its headings; other site paths one of the site's pages.
 */
import type { Definition, Link, Root } from 'mdast';
import type { VFile } from 'vfile';
import { lintRule } from 'unified-lint-rule';
import { walk } from '../../pure/walk.ts';
import { anchorIds } from '../anchor-ids.ts';
import { urlScheme } from './link-schemes.ts';

export interface InternalLinkOptions {
  /** Every article's slug, with the ids its page will have. */
  articles: ReadonlyMap<string, ReadonlySet<string>>;
  /** Site paths that are not articles ("/", "/articles/", "/search/"). */
  pages: ReadonlySet<string>;
  /** Instead of checking links to other articles now, hands them here, for a check once every
   * article is indexed: so a folder is linted in one parse per file (see src/corpus/lint-content.ts). */
  defer?: (link: DeferredLink) => void;
}

/** A link to another article, to check against the finished index. */
export interface DeferredLink {
  file: VFile;
  url: string;
  node: Link | Definition;
}

/** Site pages that are not articles, valid as link targets from an article. */
export const SITE_PAGES: ReadonlySet<string> = new Set([
  '/',
  '/articles/',
  '/search/',
  '/sources/',
  '/exercises/',
  '/data/',
  '/rss.xml',
  '/data/exercises.json',
  '/data/editions.csv',
  '/data/exercises.schema.json',
]);

/** A fragment as the browser matches it against ids: percent-decoded. */
function decodedFragment(fragment: string | undefined): string | undefined {
  if (fragment === undefined) return undefined;
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** Ids an article's page takes from the exercise data (its editions' rows), not its text:
 * checked once every article and data file is known. */
export const isDataId = (fragment: string): boolean => fragment.startsWith('edition-');

const ARTICLE_PATH = /^\/articles\/([^/#?]+)\/$/;

/** What is wrong with `url` as a link from an article whose own ids are `ownIds`, if anything. */
export function internalLinkProblem(url: string, ownIds: ReadonlySet<string>, options: InternalLinkOptions): string | undefined {
  if (urlScheme(url) || url.startsWith('//')) return undefined; // external: link-schemes checks it
  const [path = '', rawFragment] = url.split('#', 2);
  const fragment = decodedFragment(rawFragment);
  if (path === '') {
    return fragment && ownIds.has(fragment) ? undefined : `No section \`#${fragment ?? ''}\` in this article: link to one of its headings`;
  }
  if (!path.startsWith('/')) {
    return `Relative link \`${url}\`: link to pages of this site from the root, e.g. \`/articles/jimex/\``;
  }
  const slug = ARTICLE_PATH.exec(path)?.[1];
  if (slug === undefined) {
    return options.pages.has(path) ? undefined : `No page \`${path}\` on this site: links to articles look like \`/articles/<slug>/\` (with the final slash)`;
  }
  const ids = options.articles.get(slug);
  if (!ids) return `No article \`${slug}\`: there is no content/articles/${slug}.md`;
  if (fragment !== undefined && !ids.has(fragment)) return `No section \`#${fragment}\` in the article \`${slug}\`: link to one of its headings`;
  return undefined;
}

export const remarkLintInternalLinks = lintRule<Root, InternalLinkOptions>('site:internal-links', (tree, file, options) => {
  if (!options) throw new Error('site:internal-links needs the list of articles and pages.');
  // lintContent indexes every file's ids before its rules run, and leaves them on the file.
  const ownIds = (file.data['anchorIds'] as ReadonlySet<string> | undefined) ?? anchorIds(tree);
  walk(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const [path = '', fragment = ''] = node.url.split('#', 2);
    if (options.defer && (ARTICLE_PATH.test(path) || (path === '' && isDataId(fragment)) || (path === '/sources/' && fragment !== ''))) {
      options.defer({ file, url: node.url, node });
      return;
    }
    const problem = internalLinkProblem(node.url, ownIds, options);
    if (problem) file.message(problem, node);
  });
});
