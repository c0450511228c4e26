/**
 * "Mentioned in": which articles link to an article, and in which of their sections. The
 * content lint makes every article that names a series link to the series' article
 * (exercise-mentions.ts), so the links are the mentions.
 */
import { proseOf } from './frontmatter.ts';

/** A link from an article's text to another article, and how many headings come before it. */
export interface ArticleLink {
  target: string;
  /** 0 before the first heading; n after the n-th heading of the body. */
  headingsBefore: number;
}

const ARTICLE_LINK = /\]\(\/articles\/([a-z0-9-]+)\/[^)]*\)/g;
const HEADING = /^#{1,6}[ \t]/;
const FENCE = /^(```|~~~)/;

/** The links to other articles in a Markdown text, notes and frontmatter left out: a note
 * cites a source, it does not mention an exercise. */
export function articleLinks(text: string): ArticleLink[] {
  const links: ArticleLink[] = [];
  let headings = 0;
  let fenced = false;
  for (const line of proseOf(text).split(/\r?\n/)) {
    if (FENCE.test(line)) fenced = !fenced;
    if (fenced) continue;
    if (HEADING.test(line)) headings++;
    for (const match of line.matchAll(ARTICLE_LINK)) links.push({ target: match[1] ?? '', headingsBefore: headings });
  }
  return links;
}

export interface Mention {
  articleId: string;
  articleTitle: string;
  /** The section the mention is in, absent for the text before the first heading. */
  section?: { id: string; text: string };
}

export interface LinkingArticle {
  id: string;
  title: string;
  links: readonly ArticleLink[];
  /** The rendered headings of its body, in order. */
  headings: readonly { slug: string; text: string }[];
}

/** Mentions by the article mentioned: each (article, section) once, in the order given, an
 * article's links to itself left out. */
export function mentionsByTarget(articles: readonly LinkingArticle[]): Map<string, Mention[]> {
  const byTarget = new Map<string, Mention[]>();
  for (const { id, title, links, headings } of articles) {
    for (const { target, headingsBefore } of links) {
      if (target === id) continue;
      const heading = headingsBefore > 0 ? headings[headingsBefore - 1] : undefined;
      const mention: Mention = { articleId: id, articleTitle: title, ...(heading && { section: { id: heading.slug, text: heading.text } }) };
      const list = byTarget.get(target) ?? [];
      if (!list.some((other) => other.articleId === id && other.section?.id === mention.section?.id)) list.push(mention);
      byTarget.set(target, list);
    }
  }
  return byTarget;
}
