/**
 * Each article's preview card (src/pure/link-card.ts) in a language, for
 * src/pages/articles/[...id]/card.json.ts and its Japanese twin: a page's note previews fetch
 * the card beside the linked page, so a Japanese page's links fetch the Japanese card, with the
 * translation's title and description where there is one and the facts in Japanese.
 */
import { ui, type Lang } from '../i18n/index.ts';
import { linkCard, type LinkCard } from '../pure/link-card.ts';
import { getPublishedArticles, getTranslations, type Article } from './published-articles.ts';
import { getExercises } from './site-exercises.ts';

export async function linkCardPaths(lang: Lang): Promise<{ params: { id: string }; props: { card: LinkCard } }[]> {
  const [articles, exercises] = await Promise.all([getPublishedArticles(), getExercises()]);
  const translations: ReadonlyMap<string, Article> = lang === 'en' ? new Map() : await getTranslations();
  const t = ui(lang);
  const words = { services: t.search.services, ...t.notes.card };
  return articles.map((article) => ({
    params: { id: article.id },
    props: {
      card: linkCard(
        (translations.get(article.id) ?? article).data,
        exercises.filter((exercise) => exercise.data.article === article.id).map((exercise) => exercise.data),
        words,
      ),
    },
  }));
}

/** The card as JSON. */
export function cardResponse(card: LinkCard): Response {
  return new Response(JSON.stringify(card), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
