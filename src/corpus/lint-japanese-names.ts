/**
 * The Japanese names of an exercise data file (`nameJa` on the series and its editions): each
 * quotation is copied from an excerpt of a source record that exists, holds the name exactly
 * as written, and does not rest on weak sources alone. The exercises lint reports these at
 * their place in the file (src/corpus/lint-exercises.ts).
 */
import type { Exercise } from '../schemas/exercise.ts';
import { evidenceProblems, type EvidenceProblem, type QuotableRecord } from '../pure/quoted-evidence.ts';

/** The problems of every Japanese name in `data`, at their paths in the file. */
export function japaneseNameProblems(data: Pick<Exercise, 'nameJa' | 'editions'>, records: ReadonlyMap<string, QuotableRecord>): EvidenceProblem[] {
  const named = [
    { nameJa: data.nameJa, at: [] as PropertyKey[] },
    ...data.editions.map((edition, index) => ({ nameJa: edition.nameJa, at: ['editions', index] as PropertyKey[] })),
  ];
  return named.flatMap(({ nameJa, at }) =>
    nameJa === undefined
      ? []
      : evidenceProblems(nameJa.evidence, records, { holds: nameJa.name, what: 'a Japanese name' }).map(({ reason, path }) => ({ reason, path: [...at, 'nameJa', 'evidence', ...path] })),
  );
}
