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
