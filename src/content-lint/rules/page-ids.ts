/**
 * remark-lint rule: every id on an article's page is unique whatever its headings say. A
 * heading whose slug is an id the page itself uses ("Main" is the page's <main>, "Footnote
 * label" the notes heading) would make two elements answer one link, and a second `#` heading
 * would give the page two titles: both are errors, at the heading. So is a heading whose id a
 * paragraph of the page takes (`aims-p2`, src/pure/paragraph-ids.ts).
 */
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { lintRule } from 'unified-lint-rule';
import { walk } from '../../pure/walk.ts';
import { paragraphAnchors } from '../anchor-ids.ts';

/** Ids the page's own frame gives elements around and beside the article's text. */
export const PAGE_IDS: ReadonlySet<string> = new Set(['main', 'footnote-label', 'note-preview', 'mentioned-in-heading', 'editions-table-heading', 'editions-timeline-heading', 'editions-map-heading', 'search-dialog', 'search-dialog-title', 'search-dialog-input', 'header-search', 'toc-heading', 'article-history']);

export const remarkLintPageIds = lintRule<Root>('site:page-ids', (tree, file) => {
  const paragraphs = new Set(paragraphAnchors(tree).values());
  walk(tree, 'heading', (heading) => {
    if (heading.depth === 1) {
      file.message('A second title: the article\'s title comes from its frontmatter and is its only `#` heading; make this one `##`', heading);
      return;
    }
    const id = new GithubSlugger().slug(toString(heading));
    if (id === '') {
      file.message(`The heading "${toString(heading)}" has no letter or digit to make its id (\`id=""\`), so nothing can link to it: reword it`, heading);
      return;
    }
    if (PAGE_IDS.has(id) || id.startsWith('user-content-') || id.startsWith('edition-') || paragraphs.has(id)) {
      file.message(`The heading "${toString(heading)}" would have the id \`${id}\`, which the page already uses: reword it`, heading);
    }
  });
});
