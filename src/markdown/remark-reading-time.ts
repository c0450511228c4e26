/**
 * remark plugin: records the reading time of the body (minutes) and its word count in the
 * file's `readingTime`, which the renderer hands back with the HTML
 * (src/markdown/render-body.ts): the page reads it without a second parse. A Japanese text is
 * timed by its characters (src/pure/reading-time.ts), and its count is of words and
 * characters together.
 * Footnote definitions are left out: readers consult them, they do not read them through.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { readingLength, readingMinutesOf } from '../pure/reading-time.ts';

export function remarkReadingTime() {
  return (tree: Root, file: VFile): void => {
    const prose = tree.children
      .filter((node) => node.type !== 'footnoteDefinition' && node.type !== 'html' && node.type !== 'yaml')
      .map((node) => toString(node))
      .join(' ');
    const length = readingLength(prose);
    file.data.readingTime = { minutes: readingMinutesOf(length), words: length.words + length.characters };
  };
}
