/**
 * Joins the site's base path and a root-relative path, so every internal link keeps working
 * when the site is deployed under a sub-path (Astro's `base`).
 */
export function joinBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}

/** Root-relative link to `path` under this build's base path. */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** Link to an article page from its collection id. */
export function articlePath(id: string): string {
  return withBase(`articles/${id}/`);
}

/** An article's Markdown copy, beside its page: `/articles/<id>.md`. */
export function articleMarkdownPath(id: string): string {
  return withBase(`articles/${id}.md`);
}

/** The llms.txt index of the site (llmstxt.org), at the root of the base path. */
export function llmsTxtPath(): string {
  return withBase('llms.txt');
}

/** Link to where a series is covered: its article, or its section of an article it shares. */
export function seriesPath(exercise: { article: string; section?: string | undefined }): string {
  return `${articlePath(exercise.article)}${exercise.section ? `#${exercise.section}` : ''}`;
}

/** Link to a correction's entry on the corrections page. */
export function correctionPath(id: string): string {
  return withBase(`corrections/#${id}`);
}

/** The dataset's changelog page. */
export function changesPath(): string {
  return withBase('data/changes/');
}

/** A kept release's download (content/releases/<version>.json as published). */
export function releasePath(version: string): string {
  return withBase(`data/releases/${version}.json`);
}

/** The id of a release's section on the changelog page ("release-2-1"). */
export function releaseAnchor(version: string): string {
  return `release-${version.replaceAll('.', '-')}`;
}
