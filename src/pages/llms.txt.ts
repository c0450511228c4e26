/** `/llms.txt` (llmstxt.org): the site in a few lines, then every published article's
 * Markdown copy and the dataset's files, for the tools readers work with. Drafts are never
 * listed: the list is the published articles'. */
import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts.ts';
import { getPublishedArticles } from '../data/published-articles.ts';
import { llmsTxt } from '../pure/llms-txt.ts';
import { articleMarkdownPath, withBase } from '../pure/paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const url = (path: string) => new URL(path, site).href;
  const articles = await getPublishedArticles();
  const text = llmsTxt({
    title: SITE_TITLE,
    summary: SITE_DESCRIPTION,
    details: [
      'Each article is published as a web page (`/articles/<id>/`) and as Markdown beside it (`/articles/<id>.md`): the same text, with every note written out as its source (author, title, publication, date, address) and the words of the source it quotes. Links in the Markdown are absolute.',
      'The exercise data behind every table, timeline and map is open (CC BY 4.0), with the notes and sources that support each fact.',
    ],
    sections: [
      { name: 'Articles', links: articles.map((article) => ({ title: article.data.title, url: url(articleMarkdownPath(article.id)), description: article.data.description })) },
      {
        name: 'Data',
        links: [
          { title: 'The data', url: url(withBase('data/')), description: 'what the dataset holds, its fields, licence and version, and how to cite it' },
          { title: 'exercises.json', url: url(withBase('data/exercises.json')), description: 'every series and edition, with the notes they cite and each source’s address' },
          { title: 'editions.csv', url: url(withBase('data/editions.csv')), description: 'one row per edition (CSV, UTF-8)' },
          { title: 'places.csv', url: url(withBase('data/places.csv')), description: 'one row per place of each edition, with its latitude and longitude' },
          { title: 'edition-notes.csv', url: url(withBase('data/edition-notes.csv')), description: 'one row per note an edition cites, with its source’s address' },
          { title: 'sources.json', url: url(withBase('data/sources.json')), description: 'every source the articles cite, as CSL-JSON' },
          { title: 'changes.json', url: url(withBase('data/changes.json')), description: 'what each release of the data added, removed and changed' },
        ],
      },
      {
        name: 'Optional',
        links: [
          { title: 'How the record is made', url: url(withBase('method/')), description: 'what counts as an India–Japan exercise, how sources are used, and how to report an error' },
          { title: 'Corrections', url: url(withBase('corrections/')), description: 'every correction to the record, newest first, with the sources’ words' },
          { title: 'exercises.schema.json', url: url(withBase('data/exercises.schema.json')), description: 'the JSON Schema of exercises.json' },
          { title: 'Exercises', url: url(withBase('exercises/')), description: 'every exercise series, by service' },
          { title: 'Sources', url: url(withBase('sources/')), description: 'the bibliography: every source with the notes that cite it' },
          { title: 'Feed', url: url(withBase('rss.xml')), description: 'the latest articles (RSS)' },
        ],
      },
    ],
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
