/** Site-wide names and wording, in one place. Plain values: the browser's code imports them too. */
export const SITE_TITLE = 'India–Japan Defence Exercises';
export const SITE_DESCRIPTION =
  'A sourced reference on the military exercises of India and Japan: Dharma Guardian, JIMEX, Malabar and more, every claim footnoted to its source.';
export const SITE_LANGUAGE = 'en-GB';
