import { SITE_LANGUAGE } from '../consts.ts';
// Pure: a bundle that only needs isoDate (the citations' script) leaves the formatters out.
const displayFormat = /* @__PURE__ */ new Intl.DateTimeFormat(SITE_LANGUAGE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const japaneseFormat = /* @__PURE__ */ new Intl.DateTimeFormat('ja', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "22 November 2026": day-month-year reads unambiguously in India, Japan and elsewhere; on the
 * Japanese pages "2026年11月22日", as Japanese readers write it. */
export function formatDate(date: Date, lang: 'en' | 'ja' = 'en'): string {
  return (lang === 'ja' ? japaneseFormat : displayFormat).format(date);
}

/** "2026-11-22", for `<time datetime>` and machine-readable metadata. Frontmatter dates are UTC midnights. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
