/** Site-wide names and wording, in one place. */
export const SITE_TITLE = 'India–Japan Defence Exercises';
export const SITE_DESCRIPTION =
  'A sourced reference on the military exercises of India and Japan: Dharma Guardian, JIMEX, Malabar and more, every claim footnoted to its source.';
export const SITE_LANGUAGE = 'en-GB';

/** The content folder, relative to the project root. `CONTENT_DIR` points a build elsewhere:
 * the benchmark (`npm run bench`) builds the site over generated articles that way. */
const CONTENT_DIR = (process.env['CONTENT_DIR'] ?? './content').replace(/\/+$/, '');

/** Where the articles live: the collection and the lint read it. */
export const ARTICLES_DIR = `${CONTENT_DIR}/articles`;

/** Where the structured exercise data lives: one YAML file per series. */
export const EXERCISES_DIR = `${CONTENT_DIR}/exercises`;
