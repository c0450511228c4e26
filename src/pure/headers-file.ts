/**
 * Reads a `_headers` file (the format Netlify and Cloudflare Pages use: a path pattern,
 * then indented `Name: value` lines) and finds the headers for a request path, so the
 * local server sends what the static host will.
 *
 * Ours: the one maintained parser on npm, @netlify/headers-parser, reads Netlify's TOML
 * configuration too and does not match a path to its rules, which is what the server needs.
 */

export interface HeaderRule {
  /** A path, where `*` matches any run of characters (`/*`, `/_astro/*`). */
  pattern: string;
  headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line, headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon === -1) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path, got "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a rule's path pattern covers `path`, `*` matching any run of characters. */
export function matches(pattern: string, path: string): boolean {
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/** Headers for `path` from every matching rule, later rules adding to earlier ones. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) headers[name] = value;
  }
  return headers;
}
