/**
 * The article pages of each language (src/pages/articles/[...id].astro and its Japanese twin):
 * one per published article, with what the page shows around the text, and the key its cached
 * page is kept under (Astro's incremental build). A Japanese page carries the translation where
 * there is one; otherwise it shows the English text with a notice.
 */
import { neighbours } from '../pure/articles.ts';
import { cacheKeyOf } from '../pure/cache-key.ts';
import { correctionsByEdition, correctionsOfArticle, type CorrectionMark } from '../pure/corrections.ts';
import { isoDate } from '../pure/dates.ts';
import { editionId } from '../pure/exercises.ts';
import type { Mention } from '../pure/mentions.ts';
import type { Lang } from '../i18n/languages.ts';
import { getBibliography } from './site-bibliography.ts';
import { getCorrections } from './site-corrections.ts';
import { getExercises } from './site-exercises.ts';
import { mentionsOf } from './site-mentions.ts';
import { getPublishedArticles, getTranslations, type Article } from './published-articles.ts';
import { recordDigests } from './site-sources.ts';

export interface ArticlePageProps {
  article: Article;
  /** The Japanese page's translation of the article, where there is one. */
  translation?: Article | undefined;
  previous?: Article | undefined;
  next?: Article | undefined;
  sourcePages: Record<string, string>;
  mentions: Mention[];
  corrected: CorrectionMark[];
  /** The corrections of this page's editions, by edition id. */
  editionCorrections: Record<string, CorrectionMark[]>;
}

export async function articlePaths(lang: Lang) {
  const articles = await getPublishedArticles();
  const translations = lang === 'en' ? new Map<string, Article>() : await getTranslations();
  const exercises = await getExercises();
  const { sourcePagesOf, recordKeysOf } = await getBibliography();
  const corrections = await getCorrections();
  const byEdition = correctionsByEdition(corrections);
  // "Cite this article" carries the day of the build as its accessed date.
  const today = isoDate(new Date());
  return Promise.all(
    articles.map(async (article, index) => {
      const around = neighbours(articles, index);
      const translation = translations.get(article.id);
      const data = exercises.filter((exercise) => exercise.data.article === article.id).map((exercise) => exercise.digest);
      const links = [around.previous, around.next].map((other) => other && [other.id, other.data.title, translations.get(other.id)?.data.title]);
      const sourcePages = sourcePagesOf(article.id);
      // An exercise article lists the articles that mention it: another article's edit can change it.
      const mentions = data.length > 0 ? await mentionsOf(article.id) : [];
      // Its notes are printed from the source records they cite.
      const records = await recordDigests(recordKeysOf(article.id));
      // The corrections it links to: those of the article, and of its series' editions.
      const corrected = correctionsOfArticle(corrections, article.id);
      const editionIds = exercises.filter((exercise) => exercise.data.article === article.id).flatMap((exercise) => exercise.data.editions.map(editionId));
      const editionCorrections = Object.fromEntries(editionIds.flatMap((id) => (byEdition.has(id) ? [[id, byEdition.get(id) ?? []]] : [])));
      const props: ArticlePageProps = { article, translation, ...around, sourcePages, mentions, corrected, editionCorrections };
      return {
        params: { id: article.id },
        props,
        cacheKey: cacheKeyOf([lang, article.digest, translation?.digest, data, links, sourcePages, mentions, records, corrected, editionCorrections, today]),
      };
    }),
  );
}
