/**
 * remark-lint rule: the YAML frontmatter matches the article schema, checked on the text as
 * written. Astro's YAML parser turns `2024-13-45` into 14 February 2025 before the schema
 * sees it; here dates stay strings, so an impossible date is reported at its line.
 * The schema is the site's own (src/schemas/article.ts): one definition of a valid article.
 */
import type { Root, Yaml } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import type { VFile } from 'vfile';
import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import { articleSchema } from '../../schemas/article.ts';

/** Line and column in the Markdown file of an offset into the frontmatter's YAML text. */
function pointAt(yaml: Yaml, offset: number): { line: number; column: number } {
  const before = yaml.value.slice(0, offset);
  const lines = before.split('\n');
  const firstLine = (yaml.position?.start.line ?? 1) + 1; // the YAML starts under the opening ---
  return { line: firstLine + lines.length - 1, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** The source offset of the value at `path`, or of the key itself for an unknown key. */
function offsetOf(document: Document, path: readonly PropertyKey[], unknownKey?: string): number | undefined {
  if (unknownKey !== undefined && isMap(document.contents)) {
    const pair = document.contents.items.find((item) => isScalar(item.key) && item.key.value === unknownKey);
    return isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
  }
  const node: unknown = document.getIn(path.map(String).map((key) => (/^\d+$/.test(key) ? Number(key) : key)), true);
  return isScalar(node) || isMap(node) ? node.range?.[0] : undefined;
}

function check(yaml: Yaml, file: VFile): void {
  const document = parseDocument(yaml.value, { prettyErrors: false });
  for (const error of document.errors) {
    file.message(`Frontmatter is not valid YAML: ${error.message.split('\n')[0] ?? ''}`, { place: pointAt(yaml, error.pos[0]) });
  }
  if (document.errors.length > 0) return;
  const result = articleSchema.safeParse(document.toJS() ?? {});
  if (result.success) return;
  for (const issue of result.error.issues) {
    const field = issue.path.join('.');
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    for (const key of unknownKeys) {
      const offset = offsetOf(document, issue.path, key);
      const place = offset === undefined ? yaml.position : pointAt(yaml, offset);
      const missing = issue.path.length > 0 && !document.hasIn(issue.path);
      const reason = key
        ? `Frontmatter field \`${key}\` is not one the site knows: check its spelling (see README, "Add an article")`
        : missing
          ? `Frontmatter lacks the required field \`${field}\`: add it (see README, "Add an article")`
          : `Frontmatter \`${field}\`: ${issue.message}`;
      file.message(reason, place ? { place } : undefined);
    }
  }
}

export const remarkLintFrontmatter = lintRule<Root>('site:frontmatter', (tree, file) => {
  const yaml = tree.children.find((node): node is Yaml => node.type === 'yaml');
  if (yaml) check(yaml, file);
  else file.message('No frontmatter: start the file with --- and the fields in README, "Add an article"', { place: { line: 1, column: 1 } });
});
