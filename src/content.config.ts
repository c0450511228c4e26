import { defineCollection } from 'astro:content';
import { ARTICLES_DIR, CORRECTIONS_DIR, EXERCISES_DIR, SOURCES_DIR } from './content-dirs.ts';
import { markdownArticles } from './loaders/markdown-articles.ts';
import { yamlFiles } from './loaders/yaml-files.ts';
import { CORRECTION_FILES, EXERCISE_FILES, SOURCE_FILES } from './pure/content-names.ts';
import { articleSchema } from './schemas/article.ts';
import { correctionSchema } from './schemas/correction.ts';
import { exerciseSchema } from './schemas/exercise.ts';
import { sourceSchema } from './schemas/source.ts';

export const collections = {
  /** One Markdown file per article (or MDX, to place one of the site's components; the lint
   * refuses every other use of MDX: src/content-lint/rules/mdx-components.ts); the file name
   * is its URL slug. The build's article pass renders
   * every article before any page (src/corpus/article-pass.ts) and each page reads its article
   * from there (src/data/render-article.ts), so an error in a Markdown plugin fails the build,
   * naming the file, instead of being logged while the page ships with an empty body. */
  articles: defineCollection({
    loader: markdownArticles(ARTICLES_DIR),
    schema: articleSchema,
  }),
  /** One YAML file per exercise series: names, services and every edition, with the
   * footnotes of the series' article that support each. The id is the file name. */
  exercises: defineCollection({
    loader: yamlFiles(EXERCISES_DIR, EXERCISE_FILES),
    schema: exerciseSchema,
  }),
  /** One CSL YAML file per source the notes cite: its metadata once, its archived copy, and
   * the words of it the articles rely on. The id is the file name, the key notes cite. */
  sources: defineCollection({
    loader: yamlFiles(SOURCES_DIR, SOURCE_FILES),
    schema: sourceSchema,
  }),
  /** One YAML file per correction the site has made to its record, the id its file name:
   * /corrections/ lists them, and each article and edition they touched links to its entry. */
  corrections: defineCollection({
    loader: yamlFiles(CORRECTIONS_DIR, CORRECTION_FILES),
    schema: correctionSchema,
  }),
};
