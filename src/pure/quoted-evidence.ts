/**
 * Checks quoted evidence against the source records: each quotation names a record that
 * exists and is copied from one of its excerpts (src/pure/note-evidence.ts compares them), it
 * holds the words it is cited for where it must (a Japanese name, a term), and a weak source
 * never stands alone. The corrections, the Japanese names and the term list share it; each
 * lint reports the problems at the paths given.
 */
import { excerptQuoted } from './note-evidence.ts';

/** A source record as this check reads it. */
export interface QuotableRecord {
  weak?: true | undefined;
  excerpts: readonly { text: string }[];
}

/** One problem, at a path relative to the evidence list. */
export interface EvidenceProblem {
  reason: string;
  path: PropertyKey[];
}

export interface EvidenceOptions {
  /** Words each quotation must hold exactly as written (a name or a term). */
  holds?: string;
  /** What the evidence supports, for the message about weak sources ("the correction"). */
  what?: string;
}

/** The problems of `evidence` (paths: [index, field] or [] for the list), given the records. */
export function evidenceProblems(evidence: readonly { source: string; quote: string }[], records: ReadonlyMap<string, QuotableRecord>, options: EvidenceOptions = {}): EvidenceProblem[] {
  const problems: EvidenceProblem[] = [];
  // A source that is not found is reported as such, not also as weak.
  let strong = evidence.some(({ source }) => !records.has(source));
  evidence.forEach(({ source, quote }, index) => {
    const record = records.get(source);
    if (!record) {
      problems.push({ reason: `No source record \`${source}\`: name a file of content/sources (without its extension)`, path: [index, 'source'] });
      return;
    }
    if (excerptQuoted(quote, record.excerpts) < 0) problems.push({ reason: `These words are not in any excerpt of \`${source}\`: copy them exactly from one of its excerpts`, path: [index, 'quote'] });
    else if (options.holds !== undefined && !quote.includes(options.holds)) {
      problems.push({ reason: `The quotation does not hold "${options.holds}" as written: quote the words of \`${source}\` that give it, or write it exactly as the source does`, path: [index, 'quote'] });
    }
    if (!record.weak) strong = true;
  });
  if (!strong) problems.push({ reason: `Every source quoted here is marked weak, and a weak source never stands alone: quote a source that is not weak beside it${options.what ? ` for ${options.what}` : ''}`, path: [] });
  return problems;
}
