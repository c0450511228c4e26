/** Each published article as Markdown at `/articles/<id>.md`, beside its page: the reader's
 * tree the renderer kept in the article cache, with the series' editions tables, written for
 * this site's address (src/pure/article-markdown.ts). No article is parsed again here. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_TITLE } from '../../consts.ts';
import { articleNotes, articleReaderTree } from '../../data/render-article.ts';
import { getPublishedArticles, type Article } from '../../data/published-articles.ts';
import { getBibliography } from '../../data/site-bibliography.ts';
import { exerciseViews, getExercises } from '../../data/site-exercises.ts';
import { recordDigests } from '../../data/site-sources.ts';
import { cacheKeyOf } from '../../pure/cache-key.ts';
import { articleMarkdown } from '../../pure/article-markdown.ts';
import { isoDate } from '../../pure/dates.ts';
import { editionsMarkdown } from '../../pure/editions-markdown.ts';
import { articlePath, withBase } from '../../pure/paths.ts';

export const getStaticPaths = (async () => {
  const exercises = await getExercises();
  const { recordKeysOf } = await getBibliography();
  // Written again only when an input changed (Astro's incremental build, as the article pages
  // are): serialising every article's Markdown on every build would cost more than its page.
  return Promise.all(
    (await getPublishedArticles()).map(async (article) => {
      const data = exercises.filter((exercise) => exercise.data.article === article.id).map((exercise) => exercise.digest);
      const records = await recordDigests(recordKeysOf(article.id));
      return { params: { id: article.id }, props: { article }, cacheKey: cacheKeyOf([article.digest, data, records]) };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ props: { article }, site }) => {
  // The small files of the article cache only: its notes' numbers and the reader's tree, never the page's HTML.
  const noteNumbers = Object.fromEntries((await articleNotes(article)).map(({ label, number }) => [label, number]));
  const views = await exerciseViews(article, noteNumbers);
  const { title, description, pubDate, updatedDate, revisions } = article.data;
  const markdown = articleMarkdown({
    title,
    description,
    pageUrl: new URL(articlePath(article.id), site).href,
    siteUrl: new URL(withBase(''), site).href,
    siteTitle: SITE_TITLE,
    published: isoDate(pubDate),
    updated: isoDate(updatedDate),
    version: revisions.length + 1,
    tree: await articleReaderTree(article),
    // Where the page draws each series (src/pages/articles/[...id].astro): its own section, or the Editions section.
    editions: views.map((view) => ({ series: view.id, section: view.data.section ?? 'editions', blocks: editionsMarkdown(view.data, view.noteNumbers) })),
  });
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
