/**
 * Checks YAML text against a zod schema and reports each problem at the line and column
 * where it is written, in words an editor can act on. Used for article frontmatter and
 * for the exercise data files, so the lint and the build read the YAML the same way.
 */
import { location } from 'vfile-location';
import { isMap, isScalar, isSeq, visit, type Document } from 'yaml';
import { CONTROL_IN_YAML, controlCharacterOffset, yamlData, yamlDocument } from '../pure/read-yaml.ts';
import type { z } from 'astro/zod';

/** A problem in the YAML: what is wrong and what to do, and where (an offset into the text). */
export interface YamlProblem {
  reason: string;
  offset: number;
}

/** Offset of the value at `path`, or of the key itself when the key is unknown. */
export function offsetOf(document: Document, path: readonly PropertyKey[], unknownKey?: string): number | undefined {
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

/** The document's data, or, when it cannot be built (an alias before its anchor, aliases
 * nested to expand the file), that problem at the first alias. */
function dataOf(document: Document, what: string): { data: unknown } | { problem: YamlProblem } {
  try {
    return { data: yamlData(document) };
  } catch (error) {
    let offset = 0;
    visit(document, {
      Alias(_, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const reason = error instanceof Error ? error.message : String(error);
    return { problem: { reason: `${what} cannot be read: ${reason}. Write each anchor (&name) before its aliases (*name), and do not nest aliases`, offset } };
  }
}

/** Each of the schema's issues with `data`, at the place in `document` it concerns. */
function issuesAt(document: Document, issues: readonly z.core.$ZodIssue[], what: string): YamlProblem[] {
  const problems: YamlProblem[] = [];
  for (const issue of issues) {
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
  return problems;
}

/** Parses `text` as the site reads YAML (src/pure/read-yaml.ts: the content loaders read it
 * the same way) and checks it against `schema`: the data when valid, else every problem. */
export function checkYaml<T>(text: string, schema: z.ZodType<T>, what: string): { data?: T; problems: YamlProblem[]; written?: { data: unknown; document: Document } } {
  const document = yamlDocument(text);
  const problems = document.errors.map((error) => ({
    reason: `${what} is not valid YAML: ${error.message.split('\n')[0] ?? ''}`,
    offset: error.pos[0],
  }));
  if (problems.length > 0) return { problems };
  const control = controlCharacterOffset(document);
  if (control !== undefined) return { problems: [{ reason: `${what}: this value ${CONTROL_IN_YAML}`, offset: control }] };
  const written = dataOf(document, what);
  if ('problem' in written) return { problems: [written.problem] };
  const result = schema.safeParse(written.data);
  if (!result.success) return { problems: issuesAt(document, result.error.issues, what) };
  return { data: result.data, problems, written: { data: written.data, document } };
}

/** Line and column of `offset` in `text`, for text that starts at line `firstLine` of its file. */
export function lineAndColumn(text: string, offset: number, firstLine = 1): { line: number; column: number } {
  const point = location(text).toPoint(Math.min(Math.max(0, offset), text.length));
  return { line: firstLine + (point?.line ?? 1) - 1, column: point?.column ?? 1 };
}
