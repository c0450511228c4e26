/**
 * The site's languages and where each one's pages live. English is the default and keeps the
 * site's addresses as they are; every other language has its pages under its own prefix
 * (/ja/…), as Astro's i18n routing sets out (astro.config.mjs). Plain values and pure
 * functions: pages, components and the tests read them.
 */
export const LANGUAGES = ['en', 'ja'] as const;

export type Lang = (typeof LANGUAGES)[number];

export const DEFAULT_LANG: Lang = 'en';

/** Each language's BCP 47 tag: the `lang` attribute, `hreflang`, the sitemap and the metadata. */
export const LANGUAGE_TAGS: Readonly<Record<Lang, string>> = { en: 'en-GB', ja: 'ja' };

/** Each language's name in itself: what the language switcher shows. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { en: 'English', ja: '日本語' };

export const isLang = (value: string | undefined): value is Lang => (LANGUAGES as readonly string[]).includes(value ?? '');

/** The language of a page from Astro's `currentLocale` (undefined outside a locale's pages). */
export function langOf(locale: string | undefined): Lang {
  return isLang(locale) ? locale : DEFAULT_LANG;
}

/** A language's pages' prefix inside the base path: '' for English, 'ja/' for Japanese. */
export function langPrefix(lang: Lang): string {
  return lang === DEFAULT_LANG ? '' : `${lang}/`;
}

/** The language of a path under `base` ("/ja/exercises/" → ja), from its first segment. */
export function langOfPath(pathname: string, base: string): Lang {
  const head = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(head)) return DEFAULT_LANG;
  const first = pathname.slice(head.length).split('/')[0];
  return isLang(first) && first !== DEFAULT_LANG ? first : DEFAULT_LANG;
}

/** The address of the same page in `target`: every page of the site exists in every language,
 * so the switcher and the alternates need no lookup. */
export function pathInLanguage(pathname: string, base: string, target: Lang): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  const current = langOfPath(pathname, base);
  const rest = pathname.startsWith(head) ? pathname.slice(head.length + langPrefix(current).length) : pathname.replace(/^\/+/, '');
  return `${head}${langPrefix(target)}${rest}`;
}
