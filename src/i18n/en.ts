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

  // § names: JapaneseName.astro, the terms page (pages/terms.astro)
  names: {
    source: 'Source',
    noJapaneseName: 'No Japanese source gives a name; the English name is shown.',
    termsTitle: 'Japanese terms',
    termsDescription: 'The Japanese words the Ministry of Defense, the Self-Defense Forces and the Japanese press use for the forces, places, ranks and ship types this site names, each with the source that uses it.',
    termsIntro: 'The Japanese edition of this site writes these terms as the Ministry of Defense, the Self-Defense Forces and the Japanese press write them. Each is listed with the words of a source that uses it and a link to that source’s entry; none is a translation of ours.',
    kinds: { force: 'Forces', organisation: 'Organisations', rank: 'Ranks and posts', place: 'Places', ship: 'Ship types', unit: 'Units and formations', other: 'Other terms' },
    columns: { ja: 'Japanese', en: 'English', quote: 'The source’s words', source: 'Source' },
    sourceEntry: 'Source entry',
    noEntry: 'not cited in an article',
    termsLink: 'The Japanese terms the Japanese edition uses, with their sources, are listed on the',
    termsLinkText: 'Japanese terms page',
  },
};

export type UiStrings = typeof en;
