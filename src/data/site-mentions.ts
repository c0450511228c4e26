/**
 * "Mentioned in" for the site: which published articles link to an article, and from which
 * section, read from the article pass's records (the links and their sections were taken
 * from each article's tree as it was rendered).
 */
import { mentionsByTarget, type LinkingArticle, type Mention } from '../pure/mentions.ts';
import { getPublishedArticles } from './published-articles.ts';
import { recordOf } from './render-article.ts';

let mentions: Promise<Map<string, Mention[]>> | undefined;

function allMentions(): Promise<Map<string, Mention[]>> {
  mentions ??= (async () => {
    const linking: LinkingArticle[] = [];
    for (const article of await getPublishedArticles()) {
      const links = (await recordOf(article)).sectionLinks;
      if (links.length > 0) linking.push({ id: article.id, title: article.data.title, links });
    }
    return mentionsByTarget(linking);
  })();
  return mentions;
}

/** The articles that mention the article `id`, each once per section. */
export async function mentionsOf(id: string): Promise<Mention[]> {
  return (await allMentions()).get(id) ?? [];
}
