/** The interface's words for a page's language: `const t = ui(lang)`. */
import { en, type UiStrings } from './en.ts';
import { ja } from './ja.ts';
import type { Lang } from './languages.ts';

const STRINGS: Readonly<Record<Lang, UiStrings>> = { en, ja };

export function ui(lang: Lang): UiStrings {
  return STRINGS[lang];
}

export type { UiStrings };
/** The words the Markdown pipeline writes into an article's HTML (src/markdown). */
export type MarkdownWords = UiStrings['markdown'];
export type { Excerpt, Gloss } from './en.ts';
export { DEFAULT_LANG, LANGUAGES, LANGUAGE_NAMES, LANGUAGE_TAGS, langOf, langOfPath, langPrefix, pathInLanguage, type Lang } from './languages.ts';
