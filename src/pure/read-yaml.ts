/**
 * The one way the site reads YAML (exercise data, source records, frontmatter): the lint
 * checks what this returns and the content loaders store what this returns, so a value can
 * never be read one way when checked and another when built. YAML 1.2's core schema: an
 * unquoted `2024-06-01` stays text, and the schemas decide what a date is.
 */
import { parseDocument, visit, type Document } from 'yaml';
import { CONTROL_CHARACTER } from './decode-text.ts';

/** Aliases expand: a small file may name a node many times, but never enough to flood memory. */
const MAX_ALIAS_COUNT = 100;

export function yamlDocument(text: string): Document {
  return parseDocument(text, { prettyErrors: false });
}

/** The document's data; throws where aliases cannot be resolved (see checkYaml). */
export function yamlData(document: Document): unknown {
  return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
}

/** The offset of the first value or key that holds a control character once its escapes are
 * read (`"\v"`, `"\x1f"`): the file's text has none (src/pure/decode-text.ts), but YAML's
 * escapes make them, and an XML feed carrying one is not well-formed. */
export function controlCharacterOffset(document: Document): number | undefined {
  let offset: number | undefined;
  visit(document, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && CONTROL_CHARACTER.test(node.value)) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return offset;
}

export const CONTROL_IN_YAML = 'holds a control character, written as an escape (`\\v`, `\\x1f` …): it is not text, and no page or feed can carry it; delete the escape';

/** The data of `text`, or an error naming the first problem. */
export function readYaml(text: string): unknown {
  const document = yamlDocument(text);
  const [error] = document.errors;
  if (error) throw new Error(`not valid YAML: ${error.message.split('\n')[0] ?? ''}`);
  if (controlCharacterOffset(document) !== undefined) throw new Error(`a value ${CONTROL_IN_YAML}`);
  return yamlData(document);
}
