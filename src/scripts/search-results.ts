/**
 * Ships to the browser with the search. Builds one search result: the page title as a
 * link, the section the best match is in, the exercise's services and years, and an
 * excerpt with the matched words marked, all from text nodes (never HTML from the index).
 */
import { excerptSegments } from '../pure/search-excerpt.ts';
import { fill } from '../pure/template.ts';
import type { PagefindResultData } from './pagefind-client.ts';

function excerpt(text: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  for (const segment of excerptSegments(text)) {
    if (!segment.marked) {
      paragraph.append(segment.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = segment.text;
    paragraph.append(mark);
  }
  return paragraph;
}

/** The words a result is shown with, in the page's language (SearchPanel.astro's data-words). */
export interface ResultWords {
  /** "editions {years}". */
  editions: string;
  /** Before the link to the section the best match is in. */
  inSection: string;
}

/** One result, its title a heading of `level` (h3 under the partial matches' own heading). */
export function renderResult(result: PagefindResultData, words: ResultWords, level: 'h2' | 'h3' = 'h2'): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement(level);
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  item.append(heading);
  const facts = [result.meta['services'], result.meta['years'] && fill(words.editions, { years: result.meta['years'] })].filter(Boolean).join(' · ');
  if (facts) {
    const line = document.createElement('p');
    line.className = 'result-facts';
    line.textContent = facts;
    item.append(line);
  }
  // The best match inside a section of the page, as Pagefind's sub-results give it.
  const section = result.sub_results?.find((sub) => sub.url.includes('#') && sub.title !== result.meta.title);
  if (section) {
    const line = document.createElement('p');
    line.className = 'result-section';
    const sectionLink = document.createElement('a');
    sectionLink.href = section.url;
    sectionLink.textContent = section.title;
    line.append(words.inSection, sectionLink);
    item.append(line, excerpt(section.excerpt));
  } else {
    item.append(excerpt(result.excerpt));
  }
  return item;
}
