/**
 * remark-lint rule: the YAML frontmatter matches the article schema, checked on the text as
 * written. Astro's YAML parser turns `2024-13-45` into 14 February 2025 before the schema
 * sees it; here dates stay strings, so an impossible date is reported at its line.
 * The schema is the site's own (src/schemas/article.ts): one definition of a valid article.
 */
import type { Root, Yaml } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { articleSchema } from '../../schemas/article.ts';
import { checkYaml, lineAndColumn } from '../yaml-check.ts';

export const remarkLintFrontmatter = lintRule<Root>('site:frontmatter', (tree, file) => {
  const yaml = tree.children.find((node): node is Yaml => node.type === 'yaml');
  if (!yaml) {
    file.message('No frontmatter: start the file with --- and the fields in README, "Add an article"', { place: { line: 1, column: 1 } });
    return;
  }
  const firstLine = (yaml.position?.start.line ?? 1) + 1; // the YAML starts under the opening ---
  for (const { reason, offset } of checkYaml(yaml.value, articleSchema, 'Frontmatter').problems) {
    file.message(`${reason} (see README, "Add an article")`, { place: lineAndColumn(yaml.value, offset, firstLine) });
  }
});
