/**
 * The one way the site reads YAML (exercise data, source records, frontmatter): the lint
 * checks what this returns and the content loaders store what this returns, so a value can
 * never be read one way when checked and another when built. YAML 1.2's core schema: an
 * unquoted `2024-06-01` stays text, and the schemas decide what a date is.
 */
import { parseDocument, type Document } from 'yaml';

/** Aliases expand: a small file may name a node many times, but never enough to flood memory. */
const MAX_ALIAS_COUNT = 100;

export function yamlDocument(text: string): Document {
  return parseDocument(text, { prettyErrors: false });
}

/** The document's data; throws where aliases cannot be resolved (see checkYaml). */
export function yamlData(document: Document): unknown {
  return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
}

/** The data of `text`, or an error naming the first problem. */
export function readYaml(text: string): unknown {
  const document = yamlDocument(text);
  const [error] = document.errors;
  if (error) throw new Error(`not valid YAML: ${error.message.split('\n')[0] ?? ''}`);
  return yamlData(document);
}
