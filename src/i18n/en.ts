/**
 * The interface's words in English: every string a component or page shows that is not
 * content. ja.ts holds the same keys in Japanese, and its type makes a missing key a type error.
 * Sections follow the components that use them; functions build the strings that take numbers.
 */
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts.ts';

export const en = {
  site: {
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
  },

  // § layout: BaseLayout, SiteHeader, SiteFooter, LanguageSwitch, PrintMasthead
  layout: {
    skipLink: 'Skip to content',
    mainNav: 'Main',
    nav: { articles: 'Articles', exercises: 'Exercises', sources: 'Sources', data: 'Data' },
    footerAbout: ': an independent reference. Every factual claim is footnoted to its source; follow the note’s link to check it.',
    footerLinks: { articles: 'All articles', search: 'Search', data: 'The data (CC BY 4.0)', method: 'How the record is made', corrections: 'Corrections' },
    languageSwitch: 'Language',
    otherLanguage: '日本語',
    otherLanguageLabel: 'この頁の日本語版',
    lastUpdated: 'Last updated',
    asOf: 'As of',
  },

  // § translation: the notices on a translated or untranslated article
  translation: {
    untranslated: '',
    untranslatedLink: '',
    checked: (date: string) => `Translation checked against the English on ${date}.`,
    englishChanged: (date: string) => `The English article has changed since (${date}).`,
    readEnglish: 'Read the English article',
  },

  // § article: ArticleLayout, ArticleMeta, ArticleHistory, CiteThis, CopyMarkdown, PrevNext, TableOfContents, MentionedIn, ExerciseInfobox
  article: {
    everyEdition: 'Every edition on record: timeline, map and table',
  },

  // § notes

  // § search

  // § exercises

  // § data

  // § pages

  // § markdown: what the Markdown pipeline writes into an article's HTML (src/markdown)
  markdown: {
    /** The heading over the notes at the foot. */
    notesHeading: 'Notes',
    /** A note's one back-link's accessible name. */
    backToReference: (note: number) => `Back to the reference to note ${note}`,
    /** The accessible name of the back-link lettered `letter`, the `position`-th (1-based) of
     * several; it contains the letter, set off by commas (WCAG 2.5.3, as axe-core reads it). */
    backToReferenceOf: (letter: string, position: number, note: number) => `Back to reference ${letter}, the ${ordinalWord(position)}, to note ${note}`,
    /** A heading's self-link's accessible name. */
    headingLink: (heading: string) => `Link to section: ${heading}`,
    paragraphLink: 'Link to this paragraph',
    archivedCopy: 'Archived copy',
    archivedCopies: 'Archived copies',
    sourceEntry: 'Source entry',
    weakSource: 'Weak source',
    /** The source's words as a note quotes them; `lang` is the excerpt's language. */
    quoted: (words: string, _lang: string) => `“${words}”`,
    /** Our rendering beside an excerpt, in this page's language: the English `gloss` of a
     * non-English excerpt (an English excerpt needs none). */
    gloss: (excerpt: Excerpt): Gloss | undefined => (excerpt.language !== 'en' && excerpt.gloss ? { open: '[Our translation: ', text: excerpt.gloss, close: ']' } : undefined),
    /** A date in a printed citation, from YYYY, YYYY-MM or YYYY-MM-DD: "27 March 2024". */
    citationDate: (date: string) => dayMonthYear(date),
    accessed: (date: string) => `accessed ${date}`,
    storedCopy: 'stored copy',
  },
};

/** 1 → "first" … 10 → "tenth", then "11th", "12th", "23rd". */
function ordinalWord(position: number): string {
  const words = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
  const teen = Math.floor(position / 10) % 10 === 1;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][position % 10] ?? 'th');
  return words[position - 1] ?? `${position}${suffix}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2024-03-27` as "27 March 2024", `2024-03` as "March 2024", `2024` as "2024". */
function dayMonthYear(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  return [day && String(Number(day)), monthName, year].filter(Boolean).join(' ');
}

export type UiStrings = typeof en;

/** An excerpt a note quotes, as the gloss beside it is chosen: its source's language and our
 * renderings of it (`gloss` in English, `gloss-ja` in Japanese). */
export interface Excerpt {
  language: string;
  gloss?: string | undefined;
  glossJa?: string | undefined;
}

/** Our rendering beside an excerpt, between its marks; `lang` when it is not the page's language. */
export interface Gloss {
  open: string;
  text: string;
  close: string;
  lang?: string;
}
