/**
 * Where the changelog links each id it names: a series to its article (or its section), an
 * edition to its row there, a source to its entry on the /sources/ pages. Only ids the site
 * shows today get a link; a removed id, or a record no article cites, is named without one.
 */
import { editionId } from '../pure/exercises.ts';
import { sourcePages } from '../pure/bibliography-pages.ts';
import type { Lang } from '../i18n/languages.ts';
import { articlePath, pagePath, seriesPath } from '../pure/paths.ts';
import type { RecordKind } from '../pure/release-diff.ts';
import { getBibliography } from './site-bibliography.ts';
import { getExercises } from './site-exercises.ts';

export type LinkOf = (kind: RecordKind, id: string) => string | undefined;

/** The links of the pages in `lang`. */
export async function getReleaseLinks(lang: Lang = 'en'): Promise<LinkOf> {
  const [exercises, { pages }] = await Promise.all([getExercises(), getBibliography()]);
  const series = new Map(exercises.map((exercise) => [exercise.id, seriesPath(exercise.data, lang)]));
  const editions = new Map(exercises.flatMap((exercise) => exercise.data.editions.map((edition) => [editionId(edition), `${articlePath(exercise.data.article, lang)}#${editionId(edition)}`] as const)));
  const pageOf = sourcePages(pages);
  const entries = pages.flatMap((page) => page.parts.flatMap((part) => part.sources));
  const sources = new Map(entries.flatMap((entry) => (entry.citation.key ? [[entry.citation.key, `${pagePath(pageOf.get(entry.id) ?? '/sources/', lang)}#${entry.id}`] as const] : [])));
  const links = { series, editions, sources };
  return (kind, id) => links[kind].get(id);
}
