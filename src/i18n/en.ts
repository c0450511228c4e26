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

  // § exercises: SeriesTable, EditionsTable, ExerciseInfobox, OtherNames, Timeline, TimelineLegend, VenueMap, MapMark,
  // ExplorerFilters, ExplorerTable, ScrollRegion, RecordCheckedTo, and the words src/pure builds about the record
  exercises: {
    services: { army: 'Army', navy: 'Navy', 'air-force': 'Air force', 'coast-guard': 'Coast guard' },
    /** Services in a sentence, at the start of a line: "Navy and air force". */
    serviceList: (names: readonly string[]) => {
      const words = names.map((name, index) => (index === 0 ? name : name.toLowerCase()));
      return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
    },
    /** A word at the start of a line or a list's entry: "Took part". */
    sentenceStart: (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`,
    formats: { bilateral: 'Bilateral', multilateral: 'Multilateral' },
    /** The format as a table cell writes it (lower case in English, as the data). */
    formatCell: { bilateral: 'bilateral', multilateral: 'multilateral' },
    countries: { india: 'India', japan: 'Japan' },
    roles: { participant: 'took part', host: 'host', limited: 'limited part', observer: 'observer only', absent: 'absent' },
    /** A limited role with the sources' own words. */
    roleWithWording: (role: string, wording: string) => `${role} (“${wording}”)`,
    /** "India: host": one country's role. */
    countryRole: (country: string, role: string) => `${country}: ${role}`,
    /** "India: host; Japan: observer only". */
    rolesText: (india: string, japan: string) => `India: ${india}; Japan: ${japan}`,
    status: { planned: 'planned, not yet reported held', unconfirmed: 'not confirmed as held' },
    reportedHeld: 'reported held',
    /** Between the items of a short list in a cell: "Army, Navy". */
    listSeparator: ', ',
    /** Parts of a caveat or a list of qualifications, joined. */
    joinParts: (parts: readonly string[]) => parts.join('; '),
    /** "Kakadu 2026 (2026; planned, not yet reported held)". */
    withDates: (label: string, dates: string, status?: string) => `${label} (${dates}${status ? `; ${status}` : ''})`,
    /** An aside in brackets after a name: " (observer only)". */
    aside: (text: string) => ` (${text})`,
    /** An edition's number in its series after its label: " (28th)". */
    numbered: (ordinal: string) => ` (${ordinal})`,
    seeArticle: 'see the article',
    noPlace: 'place not recorded',
    notRecorded: 'not recorded',
    notRecordedBecause: 'not recorded: ',
    hostedBy: (host: string) => `, hosted by ${host}`,
    /** A timeline mark's words: "JIMEX-24: 11–17 June 2024, Yokosuka, hosted by Japan (…)". */
    markText: (label: string, dates: string, place: string, hosted: string, caveat: string) => `${label}: ${dates}, ${place}${hosted}${caveat}`,
    counts: {
      series: (n: number) => `${n} series`,
      exerciseSeries: (n: number) => `${n} exercise series`,
      editions: (n: number) => `${n} edition${n === 1 ? '' : 's'}`,
      observerOthers: (n: number) => `in ${n} other${n === 1 ? '' : 's'} one of the two only observed or was absent`,
      notHeldOthers: (n: number) => `${n} other${n === 1 ? '' : 's'} ${n === 1 ? 'is' : 'are'} planned or not confirmed as held`,
      join: (parts: readonly string[]) => parts.join('; '),
    },
    checkedTo: { before: 'Record checked to ', after: '.' },
    seriesTable: {
      columns: ['Exercise', 'Format', 'Partners', 'India and Japan both taking part', 'First held', 'Latest edition', 'Editions'],
      every: 'every edition',
      none: (why: string) => `none (${why})`,
      some: (joint: number, total: number) => `${joint} of ${total}`,
    },
    editionsTable: {
      columns: { edition: 'Edition', names: 'Also called', dates: 'Dates', place: 'Place', host: 'Host', roles: 'India and Japan', forces: 'Taking part', notes: 'Notes' },
      compactHeading: (name: string) => `${name}: editions on record`,
      onTimeline: 'On a timeline',
      onMap: 'On the map',
      byEdition: 'Edition by edition',
      caption: (name: string) => `${name}: every known edition, oldest first`,
      corrected: (date: string) => `Corrected on ${date}`,
      otherAccount: 'Other account:',
    },
    infobox: {
      label: (name: string) => `${name} at a glance`,
      alsoKnownAs: 'Also known as',
      services: 'Services',
      format: 'Format',
      partners: 'Partners',
      firstHeld: 'First held',
      latest: 'Latest edition',
      editions: 'Editions',
      onRecord: (n: number) => `${n} on record, `,
      indiaAndJapan: 'India and Japan',
      bothTookPart: (joint: number, total: number) => `both took part in ${joint} of ${total}`,
      venues: 'Venues',
      noVenues: 'Not recorded',
    },
    timeline: {
      earlier: '← Earlier years',
      later: 'Later years →',
      gap: (from: number, to: number) => `${from}–${to}: no edition on record`,
      hosts: { india: 'hosted by India', japan: 'hosted by Japan', other: 'hosted by another country', unknown: 'host not recorded' },
      dashed: 'dashed: not a joint edition (India or Japan only observed or was absent, or the edition is planned or unconfirmed)',
    },
    map: {
      sites: 'filled marks are bases and towns',
      seas: 'rings are sea areas',
      groups: 'a mark with a number joins that many places, too close to tell apart at this size',
      sized: 'larger marks stand for more editions',
      /** The key's parts as one sentence. */
      key: (parts: readonly string[]) => {
        const sentence = parts.join('; ');
        return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
      },
      hint: ' Hover over or focus a mark for its names.',
      caption: 'Places and the editions held there',
      place: 'Place',
      editions: 'Editions',
      beyond: ' (beyond this map)',
      placeNotRecorded: 'Place not recorded',
      group: (n: number, names: string, editions: string) => `${n} places (${names}): ${editions}`,
      single: (names: string, editions: string) => `${names}: ${editions}`,
    },
    explorer: {
      heading: 'Filter the editions',
      exercise: 'The exercise',
      service: 'Service',
      anyService: 'Any service',
      format: 'Format',
      anyFormat: 'Any format',
      whoTookPart: 'Who took part',
      country: 'Participant country',
      anyCountry: 'Any country',
      countryHint: 'The series’ participants; India and Japan only in editions they took part in.',
      indiaRole: 'India’s role',
      japanRole: 'Japan’s role',
      anyRole: 'Any role',
      host: 'Host',
      anyHost: 'Any host',
      hostNotRecorded: 'Not recorded',
      whereWhen: 'Where and when',
      place: 'Place (any part of its name)',
      from: 'From year',
      to: 'To year',
      go: 'Go to the editions',
      reset: 'Reset filters',
      csv: 'Download these rows (CSV)',
      json: 'Download these rows (JSON)',
      columns: ['Series', 'Edition', 'Year', 'Dates', 'Format', 'Host', 'India’s role', 'Japan’s role', 'Places', 'Services', 'Status'],
      caption: 'Every edition on record, by series, oldest first',
      moreLeft: '← More columns to the left',
      moreRight: 'More columns to the right →',
      /** For the browser script (data-strings): "{shown}" and "{total}" are filled in there. */
      shownOf: '{shown} of {total} editions',
      loadFailed: 'The data for the download could not be loaded: try again, or take the whole file from the data page.',
    },
  },

  // § data: the data page, the changelog and ReleaseChanges (prose as HTML: set:html, our own words only)
  data: {
    title: 'Data',
    description: 'The exercise data behind this site, open: every India–Japan exercise series and edition with roles, places and sources, as JSON and CSV under CC BY 4.0.',
    heading: 'The data',
    intro: (n: { series: number; editions: number; notes: number }) =>
      `Every table, timeline and map on this site is drawn from one set of data: ${n.series} exercise series and ${n.editions} editions, with India’s and Japan’s roles, places with coordinates, and the ${n.notes} notes that support them, each with its source. It is published here as it stands in this build, for anyone to check, reuse and cite. `,
    seeAlso: (href: { method: string; corrections: string }) =>
      `What counts as an India–Japan exercise, how editions are named and numbered and how sources are used is set out in <a href="${href.method}">How the record is made</a>; every correction to the record is listed under <a href="${href.corrections}">Corrections</a>.`,
    downloads: 'Downloads',
    downloadWhat: {
      'exercises.json': 'every series and edition, with the notes they cite and each source’s address (JSON)',
      'editions.csv': 'one row per edition, for a spreadsheet (CSV, UTF-8, RFC 4180)',
      'places.csv': 'one row per place of each edition, with its latitude and longitude in columns of their own (CSV)',
      'edition-notes.csv': 'one row per note an edition cites, beside its number and its own source’s key and address (CSV)',
      'exercises.schema.json': 'the JSON Schema (draft 2020-12) of exercises.json, generated from the site’s own schemas',
      'sources.json': 'every source the articles cite, as CSL-JSON for Zotero, Pandoc or citation-js',
    },
    someEditions: (href: string) => `To download only some editions (by service, country, role, host, place or years), choose them in the <a href="${href}">explorer</a>.`,
    markdown: (href: string) => `Every article is also published as Markdown, listed with these files in <a href="${href}">llms.txt</a>, for the tools that read the site.`,
    version: (v: { version: string; checkedTo: string; generated: string; commit: string }) =>
      `Version <strong>${v.version}</strong>: the record as checked against the sources to ${v.checkedTo} (<code>checkedTo</code>, the earliest of the series’ <code>reviewed</code> days), built on ${v.generated} from commit <code>${v.commit}</code>.`,
    versions: 'Versions and changes',
    thisVersion: (v: { version: string; released?: string | undefined; unreleasedSince?: string | undefined; changes: string; changesJson: string }) =>
      `This is version <strong>${v.version}</strong> of the data${v.released ? `, released on ${v.released}` : ''}${v.unreleasedSince === undefined ? '' : `: the data has changed since release ${v.unreleasedSince}, and the changes are not yet released`}. Each series, edition and source keeps its id for good (<code>id</code> in exercises.json). <a href="${v.changes}">Changes to the data</a> lists what each release added, removed and changed (also as <a href="${v.changesJson}">changes.json</a>). Every release stays here to download and cite by its version:`,
    releaseVersion: (version: string) => `Version ${version}`,
    releaseWhen: (time: string) => ` (${time}):`,
    downloadSep: ': ',
    itsChanges: 'Its changes',
    licence: 'Licence',
    licenceText: (l: { url: string; name: string; site: string }) =>
      `The data is licensed under <a href="${l.url}">Creative Commons Attribution 4.0 International (${l.name})</a>: share and adapt it, for any purpose, crediting ${l.site} and linking to this page. The sources it cites keep their own terms.`,
    cite: 'How to cite',
    citation: (c: { site: string; version: string; licence: string; url: string }) => `${c.site}. “India–Japan defence exercises: the exercise data.” Version ${c.version}. ${c.licence}. ${c.url}.`,
    fieldsOf: (file: string) => `The fields of ${file}`,
    tableIntro: {
      editions: 'One row per edition, in the order of exercises.json: the series, then each series’ editions, oldest first.',
      places: 'One row per place of each edition, in the order of editions.csv; an edition with no place recorded has no row.',
      notes: 'One row per note an edition cites, in the order of its notes column in editions.csv.',
    },
    column: 'Column',
    holds: 'What it holds',
    /** What each column holds, by table and column; English reads src/pure/dataset.ts and
     * dataset-tables.ts, the one account of the files (the schema's too). */
    fields: { editions: {}, places: {}, notes: {} } as Readonly<Record<'editions' | 'places' | 'notes', Readonly<Record<string, string>>>>,
    /** The rest of the page, after the field tables: headings and paragraphs in order. */
    defaults: 'Fields left out, and what the files write instead',
    defaultsHtml: `<p>The data files leave a field out where its value follows from the rest. <code>exercises.json</code> keeps the data as written (its JSON Schema says what each omission means); the CSV files write the resolved value:</p>
<ul>
<li><strong>Roles</strong> (<code>roles</code>): only a bilateral edition may leave them out, and then both countries took part: the host, where one is recorded, as <code>host</code>, and the other (or both, where no host is recorded) as <code>participant</code>. A multilateral edition always says each country’s role. The CSV’s <code>india_role</code> and <code>japan_role</code> are always filled.</li>
<li><strong>Host</strong> (<code>host</code>): left out where no cited source names one; <code>hostUnrecorded</code> then says why, and an edition always has one or the other. In the CSV, an empty <code>host</code> cell always has <code>host_unrecorded</code> filled.</li>
<li><strong>Format</strong> (<code>format</code>): left out where the edition has its series’ format; the CSV writes the series’ one.</li>
</ul>`,
    spreadsheets: 'Opening the CSV files',
    spreadsheetsHtml: `<p>The CSV files are UTF-8 without a byte order mark, comma-separated, one header row, CRLF line ends (RFC 4180); numbers are plain decimals with a point, dates are <code>YYYY-MM-DD</code>, and no cell starts with <code>=</code>, <code>+</code>, <code>-</code> or <code>@</code> but a number, so a spreadsheet never reads a cell as a formula. pandas (<code>pandas.read_csv(url)</code>), R (<code>read.csv</code>), LibreOffice and Google Sheets read them with no option. Excel guesses an older encoding when a file is opened directly and garbles the dashes, accents and Japanese names in them: use Data → From Text/CSV and choose “65001: Unicode (UTF-8)”. The three tables join on <code>edition_id</code>.</p>`,
    hosts: 'How hosts are recorded',
    hostsHtml: `<p>An edition’s host is the country a cited source says hosted it. Where it was held, in a country’s territory or off its coast, is not taken to name the host: a harbour phase at Sasebo is recorded as hosted by Japan only where a source says so. Every edition has either a host or, in <code>host_unrecorded</code>, why none is recorded; the build refuses an edition with neither.</p>`,
    json: 'The structure of exercises.json',
    jsonHtml: `<p><code>series</code> lists each series as the site’s data files hold it (name, other names, article, services, format, participants and its <code>editions</code>, oldest first). Each edition cites footnotes of its series’ article by label in <code>notes</code>; claims of other sources that disagree are kept in <code>alternatives</code>, with their own notes. <code>notes</code> gives each of those footnotes by article and label: the number readers see and its source (author, title, publication, date, <code>url</code> and the date it was accessed, as the note gives them). <code>checkedTo</code> is the day the record was last checked against the sources (the earliest of the series’ <code>reviewed</code> days); <code>version</code>, <code>generated</code>, <code>commit</code> and <code>licence</code> say which build it is and on what terms. An edition’s <code>roles</code> say what India and Japan each did: a <code>limited</code> role carries the sources’ own words in <code>roleWording</code>, and an edition with a <code>status</code> (planned or unconfirmed) is not reported as held. Only editions without a status in which neither country only observed or was absent count as joint. Coordinates locate a named place on the map to about 0.1°; they are not a claim of the sources.</p>`,
    sourcesJson: 'The sources: sources.json',
    sourcesJsonHtml: (href: string) =>
      `<p>Every source the notes cite has one record, kept in the site’s repository as CSL YAML (one file per source, under <code>content/sources/</code>); <code>sources.json</code> publishes them as CSL-JSON, the format of the Citation Style Language, which Zotero (File → Import), Pandoc and citation-js read. Each item’s <code>id</code> is the key the articles’ notes cite. It gives the <code>type</code>, <code>title</code> (left out where the page showed no headline; none is made up), <code>container-title</code> or <code>publisher</code>, <code>author</code>, <code>issued</code> (left out for a page that shows no date), <code>accessed</code>, <code>URL</code> and <code>language</code>; <code>note</code> names the wire service a report credits, and says when a page was read from a stored copy, which carries no access date. The words of each source that the notes quote are on the <a href="${href}">sources</a> pages, with the notes that rely on each.</p>`,
    changes: {
      title: 'Changes to the data',
      description: 'Every release of the exercise data, newest first: which series, editions and sources each added, removed or changed, with each release to download.',
      heading: 'Changes to the data',
      intro: (c: { data: string; version: string; json: string }) =>
        `The <a href="${c.data}">exercise data</a> is released in numbered versions; this is version <strong>${c.version}</strong>. Each release below lists, against the one before it, the series, editions and sources it added, removed or changed, with the fields that changed. Every series, edition and source keeps its id for good: an id that leaves the data is listed with the reason, and a renamed one with the id that replaces it. A release that removes an id takes a new major version (2.0); any other, a new minor one (2.1). The same list is published as <a href="${c.json}">changes.json</a>.`,
      unreleased: 'Unreleased changes',
      unreleasedText: (since: string | undefined) => `The data on this site has changed since release ${since ?? '(none)'}; the next release will list these changes.`,
      version: (version: string) => `Version ${version}, `,
      download: (version: string) => `Download version ${version}`,
      downloadWhat: ' (JSON: its series, editions and sources as released)',
      added: 'Added: ',
      removed: 'Removed: ',
      changed: 'Changed: ',
      count: { series: (n: number) => `${n} series`, editions: (n: number) => `${n} edition${n === 1 ? '' : 's'}`, sources: (n: number) => `${n} source${n === 1 ? '' : 's'}` },
      replacedBy: 'Replaced by ',
    },
  },

  // § pages: home, exercises, explorer, method, corrections (CorrectionItem)
  pages: {
    home: {
      intro:
        'A reference on the military exercises India and Japan hold together: who takes part, where and when each edition took place, and what the exercises say about the partnership. Every claim carries a numbered note that links to its source.',
      start: 'Where to start',
      overview: ': the overview, with a dated timeline of the partnership.',
      everyExercise: 'Every exercise',
      everyExerciseWhat: ': each series and edition in tables, on a timeline and on a map.',
      theData: 'The data',
      theDataWhat: ': the record behind every table, to download and cite.',
      covered: 'Exercises covered',
      coveredText: (n: { series: number; editions: number; joint: number }) =>
        `${n.series} series and ${n.editions} edition${n.editions === 1 ? '' : 's'} on record, by service, ${n.joint} of them joint editions in which both countries’ forces took part. `,
      index: { before: ' The ', link: 'exercises index', after: ' has them all in tables, on a timeline and on a map.' },
      latest: 'Latest articles',
      allArticles: (n: number) => `All ${n} articles`,
    },
    exercises: {
      title: 'Exercises',
      description: 'Every India–Japan exercise series at a glance, grouped by service: format, partners, first and latest editions, a timeline of every edition and a map of venues.',
      heading: 'Exercises',
      lead: (n: { series: number; editions: number; joint: number; limited: number; others: string }) =>
        `${n.series} exercise series and ${n.editions} edition${n.editions === 1 ? '' : 's'} on record, from the data behind each article. India’s and Japan’s forces both took part in ${n.joint} of those editions${n.limited > 0 ? ` (in ${n.limited}, one of them only in a limited role, shown with the sources’ words)` : ''}${n.others && `; ${n.others}`}. `,
      explore: 'Explore every edition in one table',
      exploreWhat: ': filter by service, country, roles, host, place and years, and download the rows you choose.',
      onThisPage: 'On this page',
      timeline: 'Timeline',
      map: 'Map',
      groupCount: (series: string, editions: string) => `(${series}, ${editions})`,
      caption: (service: string) => `${service} exercise series, in alphabetical order`,
      timelineHeading: 'Timeline of every edition',
      timelineText: 'One row per series, grouped by service; each mark is an edition and links to it. Gaps are years without an edition on record.',
      mapHeading: 'Map of venues',
      mapText: 'Each mark is a place where editions were held; follow it to the list of those editions.',
    },
    explorer: {
      title: 'Explore every edition',
      description: 'Every India–Japan exercise edition on record in one table: filter by service, format, country, India’s and Japan’s roles, host, place and years, and download exactly the rows shown as CSV or JSON.',
      back: 'Exercises',
      heading: 'Explore every edition',
      lead: (n: { editions: number; series: number; csv: string }) =>
        `All ${n.editions} edition${n.editions === 1 ? '' : 's'} of the ${n.series} exercise series on record, one row each, as in the data’s <a href="${n.csv}">editions.csv</a>. Each edition links to its row in its series’ article, where the sources are. `,
      needsScript: (href: string) =>
        `Filtering the table and downloading only the rows shown need JavaScript, which is off or has not loaded in this browser. The table below lists every edition, and the whole record downloads from the <a href="${href}">data page</a>.`,
      editions: 'Editions',
    },
    method: {
      title: 'How the record is made',
      description: 'How this site decides what counts as an India–Japan exercise, names and numbers editions, uses and quotes its sources, shows disagreements and corrects its mistakes.',
      heading: 'How the record is made',
      intro: 'This site records the military exercises in which the forces of India and Japan train together, and says where each fact comes from. This page sets out the rules we follow, so that a reader can judge the record and cite it. ',
      /** The sections after the intro, as HTML: headings with their ids, and paragraphs. */
      body: (m: { data: string; changes: string; sources: string; corrections: string; count: number; stored: number; weak: number }) => `<h2 id="what-counts">What counts as an India–Japan exercise</h2>
<p>The site records the exercises in which a source shows forces of India and of Japan training together: the bilateral exercises of the two, and the multilateral ones in which both took part. Editions, and a few whole series, in which one of the two only observed or was absent are recorded too where the sources report them, and for every edition the data says what each country did: host, participant, a limited role, observer, or absent. An observer sent people to watch, not forces to train, so an edition in which either country only observed, or was absent, is recorded but never counted as a joint edition. A role the sources describe only as limited (“additional participant”, say) is counted as taking part and is always shown in the sources’ own words. An edition that was announced but not reported held is marked <em>planned</em> or <em>unconfirmed</em> and is not counted either.</p>
<h2 id="editions">How editions are named and numbered</h2>
<p>Each edition is listed under the name the sources use for it (“JIMEX-24”, “Dharma Guardian 2018”), with the other names readers meet, so that search finds it under any of them. An edition carries a number only where a source numbers it; we never count editions ourselves to fill a gap. Where sources number an edition differently, or give different dates, places or participants, both accounts are kept (below).</p>
<p>Each edition has an id made from its name (<code>edition-jimex-24</code>): the anchor of its row on its article, and its key in the <a href="${m.data}">open data</a>. Once published, an id is kept; the data’s <a href="${m.changes}">changelog</a> records every edition and source added, removed or changed, release by release.</p>
<h2 id="sources">Sources, and how they are quoted</h2>
<p>Every fact on the site is footnoted, and every note names one source and quotes the words of it that support the sentence, so that a reader can check the claim without leaving the page. The site cites ${m.count} sources, listed once each on the <a href="${m.sources}">sources</a> pages with every passage quoted from them. Our articles are written in our own words; only what is in quotation marks is the source’s. A source in another language is quoted in that language, with an English translation of ours beside it, marked as ours.</p>
<p><strong>Stored copy.</strong> The quoted words are copied either from our research notes on a page or, where those notes did not hold the words needed, from a stored copy of the same page, read at the page’s own address. A note from a stored copy says so in place of an access date: ${m.stored} of the ${m.count} sources have words quoted from a stored copy.</p>
<p><strong>Weak source.</strong> Blogs, exam-preparation sites, content farms, forums and copies of other sites’ reports are marked as weak sources (${m.weak} of them). A weak source may be cited beside a stronger one that supports the same claim, never alone: the site’s build refuses a claim whose notes cite weak sources only.</p>
<h2 id="disagreements">When sources disagree</h2>
<p>We do not pick a winner where the sources do not settle a question. The text gives each account with its source, and the editions table shows the other account beside the one the data records (“Other account”), each with its notes. The data keeps these as <code>alternatives</code>.</p>
<h2 id="checked-to">“Record checked to”</h2>
<p>Each series’ data says the day it was last checked against the sources. “Record checked to” is the earliest of those days: every series has been checked at least to then. Exercises held or reported after it may be missing. Every “latest” or “so far” on the site is dated, or drawn from the data, so nothing goes out of date in silence.</p>
<h2 id="changes">How the record changes</h2>
<p>Each article shows when it was first published and every substantive revision since, and “Cite this article” names the version you are reading. When we find a mistake of fact or attribution we correct it and list the correction, dated, with the sources’ words for what is right, on the <a href="${m.corrections}">corrections</a> page; the articles and editions it changed link to it. The data is published in numbered releases; past releases stay downloadable, so a citation of a release can always be checked.</p>
<h2 id="report">Report an error</h2>`,
      report: (r: { href: string; mail: boolean }) =>
        `If you find a mistake, a missing exercise or a better source, please <a href="${r.href}">${r.mail ? 'write to us' : 'open a report'}</a>. Say which page and which claim, and if you can, where a source says otherwise. We check every report against the sources and, where the record changes, list the correction.`,
      noReport: 'This copy of the site was built without an address for reports. If you find a mistake, tell whoever publishes it; the corrections page lists every correction made.',
    },
    corrections: {
      title: 'Corrections',
      description: "Every substantive correction to this site's record of India–Japan exercises, newest first: what was wrong, what is right, and the sources' words for it.",
      heading: 'Corrections',
      intro: (href: string) =>
        `When we find that the site got a fact or its attribution wrong, we correct the text and the data and record the correction here, dated, with the words of the sources that show what is right. Each article and each edition that a correction changed links to its entry. How the record is made, and how to report an error, is set out in <a href="${href}">How the record is made</a>.`,
      none: 'No correction has been made yet.',
      /** Between an entry's date and its summary. */
      dateSep: ': ',
      wrong: 'What the site said',
      right: 'What it says now',
      words: 'The sources’ words',
      ourTranslation: { before: ' [Our translation: ', after: ']' },
      changed: 'Changed',
      editions: '; editions: ',
    },
  },

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

  // § countries: the data's country names (participants' `country`, an edition's `host`) as a
  // page writes them (src/pure/japanese-names.ts, countryShown), keyed by the data's English
  countries: {
    names: {
      Australia: 'Australia',
      Canada: 'Canada',
      Egypt: 'Egypt',
      France: 'France',
      India: 'India',
      Indonesia: 'Indonesia',
      Japan: 'Japan',
      Mongolia: 'Mongolia',
      'New Zealand': 'New Zealand',
      Palau: 'Palau',
      'Papua New Guinea': 'Papua New Guinea',
      Philippines: 'Philippines',
      Singapore: 'Singapore',
      'South Korea': 'South Korea',
      Thailand: 'Thailand',
      'United Kingdom': 'United Kingdom',
      'United States': 'United States',
    } as Readonly<Record<string, string>>,
    /** What joins two hosts ("Thailand and the United States"). */
    and: ' and ',
  },

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
