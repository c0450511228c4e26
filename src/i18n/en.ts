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
    // ArticleMeta: the dates and reading time under the title; "before" and "after" go either side of the date.
    published: { before: 'Published ', after: '' },
    updated: { before: 'Last updated ', after: '' },
    minutesRead: (minutes: number) => `${minutes} min read`,
    correctedOn: { before: 'Corrected on ', after: ': ' },
    andEarlier: { before: ' (and ', link: (n: number) => `${n} earlier`, after: ')' },
    // ArticleHistory
    historyHeading: 'History of this article',
    firstPublished: { before: 'First published on ', after: '. ' },
    version: (n: number) => `This page is version ${n}`,
    versionOf: { before: ', of ', after: '' },
    sentenceEnd: '.',
    correctionsHeading: 'Corrections',
    /** Between a date and what happened on it, in a list. */
    dateSeparator: ': ',
    // CiteThis (and src/scripts/cite-this.ts, through data-messages)
    citeThis: 'Cite this article',
    copyStyle: (style: string) => `Copy ${style}`,
    download: (format: string) => `Download ${format}`,
    citationManagers: 'For a citation manager (Zotero, Mendeley, EndNote):',
    citeMessages: { copied: '{label} copied', failed: 'Copying failed: select the text and copy it', citation: 'Citation' },
    // CopyMarkdown (and src/scripts/copy-markdown.ts, through data-copied and data-failed)
    markdownAbout: ': this article as plain text, each note written out with its source.',
    copyMarkdown: 'Copy as Markdown',
    markdownCopied: 'Copied',
    markdownFailed: 'Copying failed: open the Markdown link',
    // PrevNext, TableOfContents, MentionedIn
    moreArticles: 'More articles',
    previous: 'Previous',
    next: 'Next',
    onThisPage: 'On this page',
    mentionedIn: 'Mentioned in',
    mentionSection: { before: ', in ', after: '' },
    // ArticleList, ArticleIndex, Pager
    draft: 'Draft',
    listUpdated: { before: 'Updated ', after: '' },
    indexTitle: 'Articles',
    indexPageTitle: (n: number) => `Articles, page ${n}`,
    indexDescription: 'Every article on India–Japan defence exercises, with a one-line summary of each.',
    indexPageDescription: (first: number, last: number, total: number) => `Articles on India–Japan defence exercises, ${first} to ${last} of ${total}, in alphabetical order.`,
    indexLead: (total: number, range?: readonly [number, number]) =>
      `${total} articles, in alphabetical order${range ? `; ${range[0]}–${range[1]} on this page` : ''}. Each cites its sources in numbered notes.`,
    pagerLabel: 'Pages of the article index',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    pageNumber: (n: number) => `Page ${n}`,
    // 404
    notFoundTitle: 'Page not found',
    notFoundDescription: 'There is no page at this address: find the article you were looking for from the list or the search.',
    notFoundText: 'There is no page at this address. It may have moved, or the link may have a typo.',
    homePage: 'Home page',
    allArticles: 'All articles',
    search: 'Search',
  },

  // § notes: NoteLinks, CitingNotes, note previews (src/scripts/note-previews.ts, through data-strings), SourceEntry, the bibliography
  notes: {
    noteLabel: (n: number) => `Note ${n}`,
    noteInList: (n: number) => `note ${n}`,
    /** Separators in "Dharma Guardian (note 3, note 5); JIMEX (note 2)". */
    citing: { articles: '; ', notes: ', ', open: ' (', close: ')' },
    previews: { note: 'Note {n}', goToNote: 'Go to note {n}', goTo: 'Go to {title}', seriesIn: '{series}, in {title}' },
    storedCopy: ' (read from a stored copy)',
    accessed: (date: string) => ` (accessed ${date})`,
    /** Around a source's words, quoted. */
    quote: { open: '“', close: '”' },
    archivedCopy: 'Archived copy',
    archivedCopies: 'Archived copies',
    weakSource: 'Weak source',
    weakSourceWhy: ' (a blog, a mirror or an aggregator): no claim on this site rests on it alone.',
    quotedWords: 'The words the notes quote',
    ourTranslation: { before: ' [Our translation: ', after: ']' },
    quotedIn: ' Quoted in ',
    citedIn: 'Cited in: ',
    sourcesTitle: 'Sources',
    sourcesPaged: (n: number, count: number) => `, page ${n} of ${count}`,
    sourcesDescription: 'Every source the articles cite, once each, grouped by publication, with links to every note that cites it.',
    sourcesLead: (sources: number, publications: number) =>
      `${sources} sources from ${publications} publications cited across the articles, each listed once and grouped by publication. Under each are the words of it that the notes quote, each with links to the notes that rely on it. A weak source (a blog, a mirror, an aggregator) is marked, and is never the only support of a claim.`,
    publications: 'Publications',
    continued: ' (continued)',
    sourcesPager: 'Pages of the bibliography',
    /** A link preview's facts about a series (src/pure/link-card.ts): "Navy and air force · bilateral · 2018–2025 · 7 editions". */
    card: {
      joinServices: (names: readonly string[]) => {
        const lower = names.map((name) => name.toLowerCase());
        const text = lower.length <= 1 ? (lower[0] ?? '') : `${lower.slice(0, -1).join(', ')} and ${lower.at(-1) ?? ''}`;
        return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
      },
      formats: { bilateral: 'bilateral', multilateral: 'multilateral' },
      editions: (n: number) => `${n} ${n === 1 ? 'edition' : 'editions'}`,
    },
  },

  // § search: SearchForm, SearchDialog, SearchPanel, the search page; `script` goes to src/scripts/site-search.ts as JSON
  search: {
    title: 'Search',
    description: 'Search every article on India–Japan defence exercises by exercise name, place, ship or person.',
    formLabel: 'Search articles',
    placeholder: 'Search exercises… (Ctrl K)',
    button: 'Search',
    close: 'Close',
    keys: 'Arrow keys move between results, Enter opens one, Escape closes.',
    panelLabel: 'Search the articles',
    filters: 'Filters and order',
    service: 'Service',
    services: { army: 'Army', navy: 'Navy', 'air-force': 'Air force', 'coast-guard': 'Coast guard' },
    format: 'Format',
    formats: { bilateral: 'Bilateral', multilateral: 'Multilateral' },
    year: 'Year',
    anyYear: 'Any',
    sort: 'Sort',
    bestMatch: 'Best match',
    newest: 'Newest first',
    oldest: 'Oldest first',
    coverage: {
      before: 'This site covers the exercises in which India’s and Japan’s forces meet, and the partnership around them, not either country’s exercises with others. ',
      link: 'Every exercise on record',
      after: ' is listed on one page.',
    },
    results: 'Search results',
    more: 'Show more results',
    partialHeading: 'Pages that mention only part of your search',
    partial: 'Partial matches',
    noScript: {
      before: 'Searching needs JavaScript, which is off or has not loaded in this browser. Every exercise and article is listed here instead, and on the ',
      link: 'articles page',
      after: '.',
    },
    exercises: 'Exercises',
    articles: 'Articles',
    also: { before: ' (also ', after: ')' },
    /** The words of src/scripts/site-search.ts: {placeholders} are filled in there; [one, other] by the count. */
    script: {
      filtersMatch: ['{n} page matches the filters.', '{n} pages match the filters.'] as [one: string, other: string],
      noneFound: 'No page mentions “{query}”.',
      results: ['{n} result', '{n} results'] as [one: string, other: string],
      found: '{results} for “{searched}”.',
      corrected: 'No page mentions “{typed}”. Showing {results} for {searched}.',
      unavailable: 'Search is unavailable: the search index could not be loaded.',
      searchInstead: 'Search instead for “{query}”',
      didYouMean: 'Did you mean {term}?',
      editions: 'editions {years}',
      inSection: 'In section: ',
    },
  },

  // § exercises

  // § data

  // § pages
};

export type UiStrings = typeof en;
