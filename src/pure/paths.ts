import { DEFAULT_LANG, langPrefix, type Lang } from '../i18n/languages.ts';

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

/** A page of the site in a language: English at `path`, Japanese at `ja/<path>`. */
export function pagePath(path: string, lang: Lang = DEFAULT_LANG): string {
  return withBase(langPrefix(lang) + path.replace(/^\/+/, ''));
}

/** Link to an article page from its collection id, in a language (every article has a page in
 * every language: translated, or the English with a notice). */
export function articlePath(id: string, lang: Lang = DEFAULT_LANG): string {
  return pagePath(`articles/${id}/`, lang);
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
export function seriesPath(exercise: { article: string; section?: string | undefined }, lang: Lang = DEFAULT_LANG): string {
  return `${articlePath(exercise.article, lang)}${exercise.section ? `#${exercise.section}` : ''}`;
}

/** Link to a correction's entry on the corrections page. */
export function correctionPath(id: string, lang: Lang = DEFAULT_LANG): string {
  return pagePath(`corrections/#${id}`, lang);
}

/** The dataset's changelog page. */
export function changesPath(lang: Lang = DEFAULT_LANG): string {
  return pagePath('data/changes/', lang);
}

/** A kept release's download (content/releases/<version>.json as published). */
export function releasePath(version: string): string {
  return withBase(`data/releases/${version}.json`);
}

/** The id of a release's section on the changelog page ("release-2-1"). */
export function releaseAnchor(version: string): string {
  return `release-${version.replaceAll('.', '-')}`;
}
