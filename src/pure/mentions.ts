/**
 * "Mentioned in": which articles link to an article, and in which of their sections. The
 * content lint makes every article that names a series link to the series' article
 * (exercise-mentions.ts), so the links are the mentions.
 */
import type { Root } from 'mdast';
import { SKIP, walk } from './walk.ts';

/** A link from an article's text to another article, and how many headings come before it. */
export interface ArticleLink {
  target: string;
  /** 0 before the first heading; n after the n-th heading of the body. */
  headingsBefore: number;
}

const ARTICLE_URL = /^\/articles\/([a-z0-9-]+)\//;

/** The links of an article's body to articles, in order: the notes' links are citations, not
 * mentions, and code is not text. */
export function articleLinks(tree: Root): ArticleLink[] {
  const links: ArticleLink[] = [];
  let headings = 0;
  walk(tree, (node) => {
    if (node.type === 'footnoteDefinition' || node.type === 'code' || node.type === 'yaml') return SKIP;
    if (node.type === 'heading') headings++;
    const target = node.type === 'link' ? ARTICLE_URL.exec(node.url)?.[1] : undefined;
    if (target !== undefined) links.push({ target, headingsBefore: headings });
    return undefined;
  });
  return links;
}

/** A link to an article with the section of the body it is in (absent before the first heading). */
export interface SectionLink {
  target: string;
  section?: { id: string; text: string };
}

/** `links` with their sections, from the rendered headings of the body, in order. */
export function linkSections(links: readonly ArticleLink[], headings: readonly { slug: string; text: string }[]): SectionLink[] {
  return links.map(({ target, headingsBefore }) => {
    const heading = headingsBefore > 0 ? headings[headingsBefore - 1] : undefined;
    return { target, ...(heading && { section: { id: heading.slug, text: heading.text } }) };
  });
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
  links: readonly SectionLink[];
}

export function mentionsByTarget(articles: readonly LinkingArticle[]): Map<string, Mention[]> {
  const byTarget = new Map<string, Mention[]>();
  for (const { id, title, links } of articles) {
    for (const { target, section } of links) {
      if (target === id) continue;
      const mention: Mention = { articleId: id, articleTitle: title, ...(section && { section }) };
      const list = byTarget.get(target) ?? [];
      if (!list.some((other) => other.articleId === id && other.section?.id === mention.section?.id)) list.push(mention);
      byTarget.set(target, list);
    }
  }
  return byTarget;
}
