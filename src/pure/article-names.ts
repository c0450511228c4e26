/**
 * Which article files cannot have a page of their own: one in a subfolder (the site's article
 * URLs are one level deep, and the link lint refuses deeper ones), and two whose names give
 * the same URL on a host that ignores case (`x.md`, `x.MD`, `X.md`). Each is reported on its
 * file: none may silently replace another.
 */
import { articleId } from './articles.ts';

/** Per file name (relative to the articles folder), what keeps it from being published. */
export function articleNameProblems(names: readonly string[]): Map<string, string> {
  const problems = new Map<string, string>();
  const byUrl = Map.groupBy(names, (name) => articleId(name).toLowerCase());
  for (const name of names) {
    const id = articleId(name);
    if (id.includes('/')) {
      const flat = id.slice(id.lastIndexOf('/') + 1);
      problems.set(name, `Articles sit directly in the articles folder, one level deep: move ${name} up (as ${flat}.md), so its page is /articles/${flat}/`);
      continue;
    }
    const others = (byUrl.get(id.toLowerCase()) ?? []).filter((other) => other !== name);
    if (others.length > 0) problems.set(name, `${name} and ${others.join(', ')} would have the same page, /articles/${id.toLowerCase()}/: rename or merge them`);
  }
  return problems;
}
