/**
 * The content lint's guard against input the Markdown parser cannot take in reasonable time
 * or the tree walks cannot take at all, checked on the text before any parse, so the answer
 * is the same on every thread and no article can freeze a build:
 *
 * - quotes and lists nested more than MAX_NESTING deep, whether by markers on one line
 *   (`> - > -`) or by indentation (each item two spaces deeper than the last): the walks
 *   overflow the stack, and micromark's cost grows with the cube of the depth (400 levels
 *   by indentation: 2.6 s; 3,000: minutes);
 * - more than MAX_BRACKETS `[` in one paragraph: micromark's cost grows with the square of
 *   the unclosed link, image and footnote openers in a paragraph (16,000 `[a](`: 3.6 s).
 *
 * The article's size is limited where the file is read (src/pure/content-names.ts).
 */
/** A problem as the lint reports it: what, where, and that it stops the build. */
export interface LimitMessage {
  reason: string;
  line: number;
  column: number;
  ruleId: 'parse-limits';
  source: 'site';
  fatal: true;
}

/** Deeper than any article needs: Markdown's own examples stop at a handful. */
export const MAX_NESTING = 32;

/** Three times the most any article here has in one paragraph (312): 1,000 unclosed `[a](`
 * take micromark about 20 ms, and an article at its size limit 64 such paragraphs. */
export const MAX_BRACKETS = 1000;

/** A block quote marker, or a list item's marker with what follows it. */
const MARKER = /^(?:>[ \t]?|([-*+]|\d{1,9}[.)])([ \t]+|$))/;
const FENCE = /^(`{3,}|~{3,})/;

const problem = (reason: string, line: number, column: number): LimitMessage => ({ reason, line, column, ruleId: 'parse-limits', source: 'site', fatal: true });

/** The line with leading tabs expanded to the next multiple of four columns. */
function expandIndent(line: string): string {
  const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
  let width = 0;
  for (const character of lead) width = character === '\t' ? width + 4 - (width % 4) : width + 1;
  return ' '.repeat(width) + line.slice(lead.length);
}

/** The first problem in `text`, if any. */
export function parseLimitProblem(text: string): LimitMessage | undefined {
  // The content columns of the list items still open, innermost last.
  const items: number[] = [];
  let fence: string | undefined;
  let brackets = 0;
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const lineNumber = index + 1;
    if (fence !== undefined) {
      if (raw.trimStart().startsWith(fence)) fence = undefined;
      continue;
    }
    if (raw.trim() === '') {
      brackets = 0;
      continue;
    }
    // Quote markers first: the lists inside a quote are indented after them.
    const quoted = /^(?: {0,3}>[ \t]?)*/.exec(raw)?.[0] ?? '';
    let quotes = quoted.split('>').length - 1;
    const line = expandIndent(raw.slice(quoted.length));
    const indent = line.length - line.trimStart().length;
    // A line less indented than an item's content is outside that item (or a lazy
    // continuation, which opens nothing).
    while (items.length > 0 && indent < (items.at(-1) ?? 0)) items.pop();
    let at = indent;
    let opened = quotes > 0;
    // Four columns past the innermost item's content is indented code, not a marker.
    while (at - (items.at(-1) ?? 0) < 4) {
      const match = MARKER.exec(line.slice(at));
      if (!match) break;
      opened = true;
      at += match[0].length;
      if (match[1] === undefined) {
        quotes += 1;
        continue;
      }
      const spaces = match[2]?.length ?? 0;
      items.push(at - spaces + (spaces === 0 || spaces > 4 ? 1 : spaces));
    }
    const depth = items.length + quotes;
    if (depth > MAX_NESTING) return problem(`Quotes or lists nested ${depth} deep: the site allows ${MAX_NESTING}; flatten the nesting`, lineNumber, 1);
    const rest = line.slice(at);
    const fenceOpen = FENCE.exec(rest)?.[0];
    if (fenceOpen) {
      fence = fenceOpen;
      continue;
    }
    // A new block (item, quote, heading, table row) starts a new paragraph.
    if (opened || /^(#|\|)/.test(rest)) brackets = 0;
    for (let at = raw.indexOf('['); at !== -1; at = raw.indexOf('[', at + 1)) {
      brackets += 1;
      if (brackets > MAX_BRACKETS) return problem(`More than ${MAX_BRACKETS} \`[\` in one paragraph: the parser slows down with the square of their number; split the paragraph or remove the stray brackets`, lineNumber, [...raw.slice(0, at)].length + 1);
    }
  }
  return undefined;
}
