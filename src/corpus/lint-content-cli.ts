/**
 * `npm run lint:content`: the content lint on its own, for editors who want the report
 * without a full build. Exits 1 when there is anything to fix.
 */
import { ARTICLES_DIR, CORRECTIONS_DIR, EXERCISES_DIR, TERMS_DIR } from '../content-dirs.ts';
import { formatReport, hasErrors } from '../content-lint/format-report.ts';
import { lintContent } from './lint-content.ts';

const files = await lintContent(process.argv[2] ?? ARTICLES_DIR, process.argv[3] ?? EXERCISES_DIR, { correctionsDir: CORRECTIONS_DIR, termsDir: TERMS_DIR });
const report = formatReport(files);
if (report !== '') console.log(report);
if (!hasErrors(files)) console.log(`${files.length} articles, data files and source records pass the content lint.`);
process.exitCode = hasErrors(files) ? 1 : 0;
