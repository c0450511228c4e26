import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedArticles } from '../../../data/published-articles.ts';
import { getExercises } from '../../../data/site-exercises.ts';
import { linkCard, type LinkCard } from '../../../pure/link-card.ts';

/** Each article's preview card (src/pure/link-card.ts), a few hundred bytes, fetched by a
 * page only when a reader points at, focuses or taps a link to the article. */
export const getStaticPaths = (async () => {
  const [articles, exercises] = await Promise.all([getPublishedArticles(), getExercises()]);
  return articles.map((article) => ({
    params: { id: article.id },
    props: { card: linkCard(article.data, exercises.filter((exercise) => exercise.data.article === article.id).map((exercise) => exercise.data)) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: LinkCard }> = ({ props }) =>
  new Response(JSON.stringify(props.card), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
