/**
 * The content lint's guard against nesting no reader needs and the Markdown tools cannot walk:
 * quotes or lists opened thousands deep overflow the stack of every tree walk, so a render
 * would crash (or, on a thread with a larger stack, not). The text is read line by line, before
 * any parse, so the answer is the same everywhere: more than MAX_NESTING containers is an error.
 */
/** A problem as the lint reports it: what, where, and that it stops the build. */
export interface NestingMessage {
  reason: string;
  line: number;
  column: number;
  ruleId: 'nesting';
  source: 'site';
  fatal: true;
}

/** Deeper than any article needs: Markdown's own examples stop at a handful. */
export const MAX_NESTING = 32;

/** A line's leading container markers: `>` quotes and list bullets or numbers. */
const CONTAINERS = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/;

/** The first line whose containers go deeper than MAX_NESTING, as a lint message. */
export function nestingProblem(text: string): NestingMessage | undefined {
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const prefix = CONTAINERS.exec(line)?.[0] ?? '';
    const depth = (prefix.match(/>|[-*+]|\d{1,9}[.)]/g) ?? []).length;
    if (depth > MAX_NESTING) {
      return {
        reason: `Quotes or lists nested ${depth} deep: the site allows ${MAX_NESTING}; flatten the nesting`,
        line: index + 1,
        column: 1,
        ruleId: 'nesting',
        source: 'site',
        fatal: true,
      };
    }
  }
  return undefined;
}
