/**
 * Checks YAML text against a zod schema and reports each problem at the line and column
 * where it is written, in words an editor can act on. Used for article frontmatter and
 * for the exercise data files. YAML is read as written (the core schema, with no timestamp
 * type), so `2024-13-45` stays text and the schema rejects it.
 */
import { location } from 'vfile-location';
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';

/** A problem in the YAML: what is wrong and what to do, and where (an offset into the text). */
export interface YamlProblem {
  reason: string;
  offset: number;
}

/** Offset of the value at `path`, or of the key itself when the key is unknown. */
function offsetOf(document: Document, path: readonly PropertyKey[], unknownKey?: string): number | undefined {
  const node: unknown = document.getIn(path.map((key) => (typeof key === 'number' || /^\d+$/.test(String(key)) ? Number(key) : String(key))), true);
  if (unknownKey !== undefined && isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === unknownKey);
    return isScalar(pair?.key) ? pair.key.range?.[0] : node.range?.[0];
  }
  return isScalar(node) || isMap(node) || isSeq(node) ? node.range?.[0] : undefined;
}

/** The longest part of `path` that the document holds: where a missing field belongs. */
function nearestWritten(document: Document, path: readonly PropertyKey[]): PropertyKey[] {
  const keys = [...path];
  while (keys.length > 0 && !document.hasIn(keys)) keys.pop();
  return keys;
}

/** Parses `text` and checks it against `schema`: the data when valid, else every problem. */
export function checkYaml<T>(text: string, schema: z.ZodType<T>, what: string): { data?: T; problems: YamlProblem[] } {
  const document = parseDocument(text, { prettyErrors: false });
  const problems = document.errors.map((error) => ({
    reason: `${what} is not valid YAML: ${error.message.split('\n')[0] ?? ''}`,
    offset: error.pos[0],
  }));
  if (problems.length > 0) return { problems };
  const result = schema.safeParse(document.toJS() ?? {});
  if (result.success) return { data: result.data, problems };
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.');
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    for (const key of unknownKeys) {
      const missing = key === undefined && issue.path.length > 0 && !document.hasIn(issue.path);
      const reason = key
        ? `${what} field \`${[...issue.path.map(String), key].join('.')}\` is not one the site knows: check its spelling`
        : missing
          ? `${what} lacks the required field \`${field}\`: ${issue.code === 'custom' ? issue.message : 'add it'}`
          : `${what} \`${field || '(top level)'}\`: ${issue.message}`;
      problems.push({ reason, offset: (missing ? offsetOf(document, nearestWritten(document, issue.path)) : offsetOf(document, issue.path, key)) ?? 0 });
    }
  }
  return { problems };
}

/** Line and column of `offset` in `text`, for text that starts at line `firstLine` of its file. */
export function lineAndColumn(text: string, offset: number, firstLine = 1): { line: number; column: number } {
  const point = location(text).toPoint(Math.min(Math.max(0, offset), text.length));
  return { line: firstLine + (point?.line ?? 1) - 1, column: point?.column ?? 1 };
}
