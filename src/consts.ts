/** Site-wide names and wording, in one place. */
export const SITE_TITLE = 'India–Japan Defence Exercises';
export const SITE_DESCRIPTION =
  'A sourced reference on the military exercises of India and Japan: Dharma Guardian, JIMEX, Malabar and more, every claim footnoted to its source.';
export const SITE_LANGUAGE = 'en-GB';

/** Where the articles live, relative to the project root: the collection and the lint read it. */
export const ARTICLES_DIR = './content/articles';

/** Where the structured exercise data lives: one YAML file per series. */
export const EXERCISES_DIR = './content/exercises';
