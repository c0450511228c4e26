/**
 * The term list (content/terms/terms.yaml) for the pages: the Japanese words the Ministry of
 * Defense, the JSDF and the Japanese press use for forces, places, ranks and ship types, each
 * with its sources' words. Read the way the content lint reads it (src/corpus/content-files.ts
 * and src/pure/read-yaml.ts), after the lint has passed it, so what is checked is what is shown.
 */
import { join } from 'node:path';
import { TERMS_DIR } from '../content-dirs.ts';
import { readContentOrThrow, listContent } from '../corpus/content-files.ts';
import { TERM_FILES } from '../pure/content-names.ts';
import { readYaml } from '../pure/read-yaml.ts';
import { termsByKind } from '../pure/japanese-names.ts';
import { termsSchema, type Term, type TermKind } from '../schemas/term.ts';

/** The list's one file. */
const FILE = 'terms.yaml';

let once: Term[] | undefined;

/** Every term, in the list's order; none when the folder holds no list (a generated corpus).
 * Read once per build; `astro dev` reads it afresh, as it may have been saved since. */
export function getTerms(dir = TERMS_DIR): Term[] {
  if (once && !import.meta.env?.DEV && dir === TERMS_DIR) return once;
  if (!listContent(dir, TERM_FILES).names.includes(FILE)) return [];
  const path = join(dir, FILE);
  const terms = termsSchema.parse(readYaml(readContentOrThrow(dir, FILE, TERM_FILES, path)));
  if (dir === TERMS_DIR) once = terms;
  return terms;
}

/** The terms grouped by kind, for the terms page (/ja/terms/). */
export function getTermsByKind(dir = TERMS_DIR): { kind: TermKind; terms: Term[] }[] {
  return termsByKind(getTerms(dir));
}
