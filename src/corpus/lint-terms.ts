/**
 * Lints the term list (content/terms/terms.yaml): it must match the schema, every term's
 * quotations must be copied from an excerpt of a source record that exists and hold the
 * Japanese term exactly, no term may rest on weak sources alone, and no Japanese or English
 * term may be listed twice (the terms page and the translators would find two answers).
 */
import type { VFile } from 'vfile';
import { termsSchema, type Term } from '../schemas/term.ts';
import { evidenceProblems, type QuotableRecord } from '../pure/quoted-evidence.ts';
import { checkYaml, lineAndColumn, offsetOf } from '../content-lint/yaml-check.ts';
import type { ContentText } from './content-files.ts';

/** Each term-list file, with its problems, given the source records; the keys of the records
 * quoted are added to `cited`, where given (a record the terms quote is in use). */
export function lintTerms(texts: readonly ContentText[], records: ReadonlyMap<string, QuotableRecord>, cited?: Set<string>): VFile[] {
  return texts.map(({ text, file }) => {
    const report = (reason: string, offset: number) => {
      file.message(reason, { place: lineAndColumn(text, offset), ruleId: 'term', source: 'site' }).fatal = true;
    };
    const { data, problems, written } = checkYaml(text, termsSchema, 'The term list');
    for (const { reason, offset } of problems) report(reason, offset);
    if (!data || !written) return file;
    const at = (path: readonly PropertyKey[]) => offsetOf(written.document, path) ?? 0;
    data.forEach((term, index) => {
      for (const { source } of term.evidence) cited?.add(source);
      for (const { reason, path } of evidenceProblems(term.evidence, records, { holds: term.ja, what: 'a term' })) report(reason, at([index, 'evidence', ...path]));
    });
    for (const field of ['ja', 'en'] as const) {
      for (const [index, first] of duplicates(data, field)) {
        report(`The ${field === 'ja' ? 'Japanese' : 'English'} term "${data[index]?.[field] ?? ''}" is listed already (term ${first + 1}, line ${lineAndColumn(text, at([first, field])).line}): keep one entry and merge their evidence`, at([index, field]));
      }
    }
    return file;
  });
}

/** Each later term whose `field` repeats an earlier one's, with the earlier one's index. The
 * English is compared without regard to case, as a reader would read it. */
function duplicates(terms: readonly Term[], field: 'ja' | 'en'): [number, number][] {
  const key = (term: Term) => (field === 'en' ? term.en.toLowerCase() : term.ja.normalize('NFKC'));
  const seen = new Map<string, number>();
  const found: [number, number][] = [];
  terms.forEach((term, index) => {
    const first = seen.get(key(term));
    if (first === undefined) seen.set(key(term), index);
    else found.push([index, first]);
  });
  return found;
}
