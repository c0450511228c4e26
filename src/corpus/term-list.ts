/**
 * Reads the term list (content/terms/terms.yaml) the way the content lint reads it
 * (src/corpus/content-files.ts and src/pure/read-yaml.ts), for the pages, after the lint has
 * passed it: what is checked is what is shown.
 */
import { join } from 'node:path';
import { TERMS_DIR } from '../content-dirs.ts';
import { listContent, readContentOrThrow } from './content-files.ts';
import { TERM_FILES } from '../pure/content-names.ts';
import { readYaml } from '../pure/read-yaml.ts';
import { termsSchema, type Term } from '../schemas/term.ts';

/** The list's one file. */
const FILE = 'terms.yaml';

/** Every term in `dir`'s list, in the list's order; none when the folder holds no list (a
 * generated corpus). A list the lint would refuse is thrown, naming the file. */
export function readTerms(dir = TERMS_DIR): Term[] {
  if (!listContent(dir, TERM_FILES).names.includes(FILE)) return [];
  const path = join(dir, FILE);
  return termsSchema.parse(readYaml(readContentOrThrow(dir, FILE, TERM_FILES, path)));
}
