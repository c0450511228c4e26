/**
 * Which articles mention each article (src/pure/mentions.ts), read once per build from the
 * articles' files, with the section headings of those that link from the rendered bodies.
 */
import { readFile } from 'node:fs/promises';
import { articleLinks, mentionsByTarget, type LinkingArticle, type Mention } from '../pure/mentions.ts';
import { getPublishedArticles } from './published-articles.ts';
import { renderArticle } from './render-article.ts';

let mentions: Promise<Map<string, Mention[]>> | undefined;

function allMentions(): Promise<Map<string, Mention[]>> {
  mentions ??= (async () => {
    const linking: LinkingArticle[] = [];
    for (const article of await getPublishedArticles()) {
      if (!article.filePath) continue;
      const links = articleLinks(await readFile(article.filePath, 'utf8'));
      if (links.length === 0) continue;
      const { headings } = await renderArticle(article);
      linking.push({ id: article.id, title: article.data.title, links, headings });
    }
    return mentionsByTarget(linking);
  })();
  return mentions;
}

/** The articles that mention the article `id`, each with the section the mention is in. */
export async function mentionsOf(id: string): Promise<Mention[]> {
  return (await allMentions()).get(id) ?? [];
}
