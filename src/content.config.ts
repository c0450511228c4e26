import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';

export const collections = {
  /** One Markdown file per article; the file name is its URL slug. `deferRender` renders
   * each page when it is built, so an error in a Markdown plugin fails the build instead of
   * being logged while the page ships with an empty body. */
  articles: defineCollection({
    loader: glob({ base: './content/articles', pattern: '**/*.{md,mdx}', deferRender: true }),
    schema: articleSchema,
  }),
};
