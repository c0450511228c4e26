/**
 * remark plugin: typographic punctuation, as SmartyPants does it: curly quotes and
 * apostrophes (“ ” ‘ ’), `--` to an em dash, `...` to an ellipsis, ``` `` ``` and `''` to
 * double quotes. It follows the rules of retext-smartypants (which Astro's `smartypants`
 * option runs) character by character instead of through a natural-language parser, which
 * took a third of the time it takes to render an article (11 ms of 30). Like
 * remark-smartypants, it reads a block's text as one string, so a quote that opens before a
 * link or emphasis closes after it; inline code takes part as letters and is never changed.
 *
 * Japanese text has no spaces between words, so a quote beside Japanese is read by what is on
 * its other side: after Japanese and before a Latin word it opens (`の"Make in India"と`),
 * after a Latin word and before Japanese it closes; between two Japanese characters it opens
 * or closes by whether a quote of its kind is open. English text, with no Japanese beside its
 * quotes, is curled as before.
 */
import type { Root, Text } from 'mdast';
import { walk } from '../pure/walk.ts';

const OPEN = { '"': '“', "'": '‘' } as const;
const CLOSE = { '"': '”', "'": '’' } as const;
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
/** Blocks whose text starts fresh: a quote at their start opens. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** Han, kana, and the CJK and full-width punctuation. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

const isCjk = (char: string | undefined): boolean => char !== undefined && CJK.test(char);
const isWord = (char: string | undefined): boolean => char !== undefined && WORD.test(char);
const isSpace = (char: string | undefined): boolean => char !== undefined && SPACE.test(char);
/** Punctuation or a symbol: neither a letter, a digit nor white space. */
const isMark = (char: string | undefined): boolean => char !== undefined && !isWord(char) && !isSpace(char);

/** The curly form of a straight quote beside Japanese text, or undefined when neither
 * neighbour is Japanese; `open` tells whether a quote of its kind is open. */
function curlBesideCjk(quote: '"' | "'", previous: string | undefined, next: string | undefined, open: boolean): string | undefined {
  const [before, after] = [isCjk(previous), isCjk(next)];
  if (before && after) return open ? CLOSE[quote] : OPEN[quote];
  if (before) return isWord(next) ? OPEN[quote] : CLOSE[quote];
  if (after) return isWord(previous) ? CLOSE[quote] : OPEN[quote];
  return undefined;
}

/** The curly form of the straight quote at `index` of `text`, by its neighbours; `open` tells
 * whether a quote of its kind is open (read beside Japanese only). */
function curl(text: string, index: number, open = false): string {
  const quote = text[index] as '"' | "'";
  const [previous, next, afterNext] = [text[index - 1], text[index + 1], text[index + 2]];
  const besideCjk = curlBesideCjk(quote, previous, next, open);
  if (besideCjk !== undefined) return besideCjk;
  // A quote before punctuation that no word follows closes ("word".), as does one before a
  // decade ('80s); a quote after a space or punctuation and before a word opens.
  if (isMark(next) && !isWord(afterNext)) return CLOSE[quote];
  if ((next === '"' || next === "'") && isWord(afterNext)) return OPEN[quote];
  if (/^\d\ds/.test(text.slice(index + 1, index + 4))) return CLOSE[quote];
  if ((isSpace(previous) || isMark(previous)) && isWord(next)) return OPEN[quote];
  if (previous !== undefined && !isSpace(previous) && !isMark(previous)) return CLOSE[quote];
  if (next === undefined || isSpace(next) || (quote === "'" && next === 's')) return CLOSE[quote];
  return OPEN[quote];
}

/** Quotes in `text`, where a quote's neighbours are read across the whole block. A run of
 * the same quote (`''`) is one mark to SmartyPants, never curled here (see otherPunctuation). */
function curlQuotes(text: string): string {
  const open = { '"': false, "'": false };
  return text.replace(/(["'])\1+|["']/g, (match: string, _run: string | undefined, index: number) => {
    if (match.length > 1) return match;
    const quote = match as '"' | "'";
    const curled = curl(text, index, open[quote]);
    open[quote] = curled === OPEN[quote];
    return curled;
  });
}

/** Dashes, ellipses and backtick quotes within one text node, as retext-smartypants does. */
function otherPunctuation(text: string): string {
  return text
    .replace(/(?<!-)--(?!-)/g, '—')
    .replace(/\.(?: \.){2,}|\.{3,}/g, '…')
    .replace(/``/g, '“')
    .replace(/''/g, '”');
}

export function remarkSmartPunctuation() {
  return (tree: Root): void => {
    // One string for the document: each block starts with a space, inline code counts as
    // letters, so every quote sees the characters a reader sees around it.
    let all = '';
    const texts: { node: Text; start: number }[] = [];
    walk(tree, (node) => {
      if (BLOCKS.has(node.type)) all += ' ';
      else if (node.type === 'text') {
        texts.push({ node, start: all.length });
        all += node.value;
      } else if (node.type === 'inlineCode') all += 'A'.repeat(node.value.length);
    });
    if (!/["'`.-]/.test(all)) return;
    const curled = curlQuotes(all);
    for (const { node, start } of texts) node.value = otherPunctuation(curled.slice(start, start + node.value.length));
  };
}
