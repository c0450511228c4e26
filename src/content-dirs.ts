/** Where the content lives, relative to the project root. Apart from consts.ts because it reads
 * the environment, which the browser's code (that imports consts.ts) does not have.
 *
 * `CONTENT_DIR` points a build elsewhere: the benchmark (`npm run bench`) builds the site over
 * generated articles that way. */
const CONTENT_DIR = (process.env['CONTENT_DIR'] ?? './content').replace(/\/+$/, '');

/** Where the articles live: the collection and the lint read it. */
export const ARTICLES_DIR = `${CONTENT_DIR}/articles`;

/** Where the structured exercise data lives: one YAML file per series. */
export const EXERCISES_DIR = `${CONTENT_DIR}/exercises`;

/** Where the source records live: one CSL YAML file per source the notes cite. */
export const SOURCES_DIR = `${CONTENT_DIR}/sources`;

/** Where the corrections live: one YAML file per correction the site has made to its record. */
export const CORRECTIONS_DIR = `${CONTENT_DIR}/corrections`;

/** Where the term list lives: terms.yaml, the Japanese words for the forces, places and ranks the site names. */
export const TERMS_DIR = `${CONTENT_DIR}/terms`;

/** Where the dataset's releases live: the list and one snapshot per release. */
export const RELEASES_DIR = `${CONTENT_DIR}/releases`;

/** Whether this build is of the site's own content, not a generated corpus (the benchmarks). */
export const OWN_CONTENT = process.env['CONTENT_DIR'] === undefined;

/** Whether every note must name a source record and quote it: so for the site's own content;
 * a generated corpus writes its sources in its notes. */
export const EVIDENCE_REQUIRED = OWN_CONTENT;
