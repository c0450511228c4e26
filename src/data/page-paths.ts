/** The pages of the paged lists, the same in every language: the bibliography (page 1 at
 * /sources/, page n at /sources/n/) and the article index's pages 2 onwards. */
import { paginate } from '../pure/pagination.ts';
import { getBibliography } from './site-bibliography.ts';
import { getPublishedArticles } from './published-articles.ts';

export async function bibliographyPaths() {
  const { pages } = await getBibliography();
  return pages.map((page) => ({ params: { page: page.number === 1 ? undefined : String(page.number) }, props: { page } }));
}

/** Pages 2 onwards; page 1 is /articles/ itself. */
export async function articleIndexPaths() {
  const articles = await getPublishedArticles();
  return paginate(articles)
    .slice(1)
    .map((page) => ({ params: { page: String(page.number) }, props: { page, total: articles.length } }));
}
