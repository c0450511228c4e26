/**
 * An article's frontmatter as remark-frontmatter reads it (the lint's parser): `---` on the
 * first line and on a line of its own after the fields. One pattern for every place that
 * needs the frontmatter's text or the text without it; none of them parses the YAML.
 */
const FRONTMATTER = /^---[\t ]*\r?\n(?:([\s\S]*?)\r?\n)?---[\t ]*(?:\r?\n|$)/;

/** The frontmatter's YAML (from the file's line 2), or undefined for a file without one. */
export function frontmatterOf(text: string): string | undefined {
  const match = FRONTMATTER.exec(text);
  return match ? (match[1] ?? '') : undefined;
}

/** The text with its frontmatter as blank lines: lines keep their numbers. */
export function blankFrontmatter(text: string): string {
  return text.replace(FRONTMATTER, (block) => '\n'.repeat(block.split('\n').length - 1));
}
