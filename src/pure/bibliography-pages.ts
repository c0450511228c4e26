/**
 * The bibliography split into pages, so no page grows with the site: at 10,000 articles one
 * page of every source would weigh 3.4 MB gzipped. Publications follow one another in order
 * and fill a page up to a budget of links (an entry counts as a few links, plus one per note
 * that cites it, and six more for a note that quotes it: its share of the quoted words);
 * a publication too large for what is left of a page continues on the next.
 * Page 1 is /sources/, page n /sources/n/. A note's "Source entry" link, written as
 * `/sources/#id` when the article is rendered, is pointed at its entry's page when the
 * article's page is made (linkSourceEntries).
 */
import type { PublicationGroup, SourceEntry } from './bibliography.ts';

/** About 70 kB of HTML gzipped: an entry's citation weighs about what three "cited in" links do. */
export const PAGE_BUDGET = 4_000;
const ENTRY_WEIGHT = 3;

/** A publication's sources on one page; `continued` when earlier ones are on the page before. */
export interface PublicationPart extends PublicationGroup {
  continued: boolean;
}

export interface BibliographyPage {
  /** 1-based. */
  number: number;
  parts: PublicationPart[];
}

/** What a quoting note adds beside its link: its share of the words it quotes. Measured on
 * the site's bibliography (249 sources, 1,100 quoting notes, 4 December 2026): weighed at
 * two, it made one page of 110 kB gzipped; at six, two pages of 59 and 56 kB. */
const QUOTE_WEIGHT = 6;

const weightOf = (entry: SourceEntry) => ENTRY_WEIGHT + entry.citedIn.reduce((weight, note) => weight + 1 + (note.excerpts?.length ? QUOTE_WEIGHT : 0), 0);

/** The pages of `groups`, in order; one page (maybe empty) at least. */
export function paginateBibliography(groups: readonly PublicationGroup[], budget = PAGE_BUDGET): BibliographyPage[] {
  const pages: BibliographyPage[] = [{ number: 1, parts: [] }];
  let used = 0;
  for (const group of groups) {
    let part: PublicationPart | undefined;
    for (const entry of group.sources) {
      const weight = weightOf(entry);
      if (used > 0 && used + weight > budget) {
        pages.push({ number: pages.length + 1, parts: [] });
        used = 0;
        part = undefined;
      }
      if (!part) {
        part = { publication: group.publication, sources: [], continued: group.sources[0] !== entry };
        pages.at(-1)?.parts.push(part);
      }
      part.sources.push(entry);
      used += weight;
    }
  }
  return pages;
}

/** The path of bibliography page `number`, from the site's root. */
export function sourcesPagePath(number: number): string {
  return number === 1 ? '/sources/' : `/sources/${number}/`;
}

/** Each source's id with the path of the page it is on (from the site's root). */
export function sourcePages(pages: readonly BibliographyPage[]): Map<string, string> {
  return new Map(pages.flatMap((page) => page.parts.flatMap((part) => part.sources.map((entry) => [entry.id, sourcesPagePath(page.number)] as const))));
}

/** Points the "Source entry" links in an article's HTML (`{base}sources/#id`, as rendered) at
 * the page each entry is on; `pages` maps an id to its page's path from the site's root. */
export function linkSourceEntries(html: string, base: string, pages: ReadonlyMap<string, string>): string {
  const prefix = `href="${base}sources/#`;
  return html.replaceAll(new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^"]+)"`, 'g'), (link, id: string) => {
    const path = pages.get(id);
    return path === undefined || path === '/sources/' ? link : `href="${base}${path.slice(1)}#${id}"`;
  });
}
