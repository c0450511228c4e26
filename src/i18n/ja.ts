/**
 * The interface's words in Japanese (日本語版): the same keys as en.ts. Words of ours, in the
 * style of a Japanese reference work; names of exercises, forces and places come from the data
 * (the term list and the series' Japanese names), never from here.
 */
import type { UiStrings } from './en.ts';

export const ja: UiStrings = {
  site: {
    title: '日印防衛演習',
    description: '日本とインドの共同訓練・演習の出典付き資料集。ダルマ・ガーディアン、JIMEX、マラバールなど、すべての記述に出典の注がある。',
  },

  // § layout
  layout: {
    skipLink: '本文へ移動',
    mainNav: 'メイン',
    nav: { articles: '記事', exercises: '演習一覧', sources: '出典', data: 'データ' },
    footerAbout: '：独立した資料集。事実に関する記述にはすべて出典の注を付けている。注のリンクから出典の言葉を確かめられる。',
    footerLinks: { articles: '記事一覧', search: '検索', data: 'データ（CC BY 4.0）', method: '記録の作り方', corrections: '訂正' },
    languageSwitch: '言語',
    otherLanguage: 'English',
    otherLanguageLabel: 'This page in English',
    lastUpdated: '最終更新',
    asOf: '時点',
  },

  // § translation
  translation: {
    untranslated: 'この記事はまだ日本語に翻訳されていない。以下は英語の原文である。',
    untranslatedLink: '英語版の記事',
    checked: (date: string) => `この翻訳は${date}に英語版と照合した。`,
    englishChanged: (date: string) => `英語版はその後（${date}）更新されている。`,
    readEnglish: '英語版を読む',
  },

  // § article
  article: {
    everyEdition: '記録にあるすべての回：年表・地図・一覧表',
    published: { before: '', after: '公開' },
    updated: { before: '', after: '最終更新' },
    minutesRead: (minutes: number) => `約${minutes}分で読める`,
    correctedOn: { before: '', after: '訂正：' },
    andEarlier: { before: '（ほかに', link: (n: number) => `以前の訂正${n}件`, after: '）' },
    historyHeading: 'この記事の履歴',
    firstPublished: { before: '', after: '初出。' },
    version: (n: number) => `この頁は第${n}版`,
    versionOf: { before: '（', after: '）' },
    sentenceEnd: '。',
    correctionsHeading: '訂正',
    dateSeparator: '：',
    citeThis: 'この記事を引用する',
    copyStyle: (style: string) => `${style}をコピー`,
    download: (format: string) => `${format}をダウンロード`,
    citationManagers: '文献管理ソフト（Zotero、Mendeley、EndNoteなど）用：',
    citeMessages: { copied: '{label}をコピーした', failed: 'コピーできなかった。文字列を選択してコピーしてほしい', citation: '引用' },
    markdownAbout: '：この記事（英語原文）のプレーンテキスト。注ごとに出典を書き出してある。',
    copyMarkdown: 'Markdownとしてコピー',
    markdownCopied: 'コピーした',
    markdownFailed: 'コピーできなかった。Markdownのリンクを開いてほしい',
    moreArticles: 'ほかの記事',
    previous: '前の記事',
    next: '次の記事',
    onThisPage: '目次',
    mentionedIn: 'この演習に触れている記事',
    mentionSection: { before: '（', after: 'の節）' },
    draft: '下書き',
    listUpdated: { before: '', after: '更新' },
    indexTitle: '記事一覧',
    indexPageTitle: (n: number) => `記事一覧（${n}頁目）`,
    indexDescription: '日印防衛演習に関するすべての記事と、それぞれの一行の要約。',
    indexPageDescription: (first: number, last: number, total: number) => `日印防衛演習に関する記事（全${total}本中${first}〜${last}本目、アルファベット順）。`,
    indexLead: (total: number, range?: readonly [number, number]) =>
      `記事${total}本、英語題名のアルファベット順${range ? `（この頁は${range[0]}〜${range[1]}本目）` : ''}。いずれも出典を番号付きの注で示す。`,
    pagerLabel: '記事一覧の頁',
    previousPage: '前の頁',
    nextPage: '次の頁',
    pageNumber: (n: number) => `${n}頁目`,
    notFoundTitle: '頁が見つからない',
    notFoundDescription: 'このアドレスに頁はない。探している記事は記事一覧か検索から見つけられる。',
    notFoundText: 'このアドレスに頁はない。頁が移動したか、リンクに誤りがある可能性がある。',
    homePage: 'トップページ',
    allArticles: '記事一覧',
    search: '検索',
  },

  // § notes
  notes: {
    noteLabel: (n: number) => `注${n}`,
    noteInList: (n: number) => `注${n}`,
    citing: { articles: '；', notes: '、', open: '（', close: '）' },
    previews: { note: '注{n}', goToNote: '注{n}へ移動', goTo: '「{title}」へ移動', seriesIn: '{series}（「{title}」内）' },
    storedCopy: '（保存した写しから閲覧）',
    accessed: (date: string) => `（${date}閲覧）`,
    quote: { open: '「', close: '」' },
    archivedCopy: 'アーカイブ',
    archivedCopies: 'アーカイブ一覧',
    weakSource: '弱い出典',
    weakSourceWhy: '（ブログ、転載サイト、まとめサイト）：この出典だけを根拠とする記述はない。',
    quotedWords: '注が引用している箇所',
    ourTranslation: { before: '〔当サイト訳：', after: '〕' },
    quotedIn: ' 引用元の注：',
    citedIn: '引用している注：',
    sourcesTitle: '出典',
    sourcesPaged: (n: number, count: number) => `（${n}/${count}頁）`,
    sourcesDescription: '記事が引用するすべての出典を一度ずつ、媒体ごとにまとめ、引用しているすべての注へのリンクを付けた一覧。',
    sourcesLead: (sources: number, publications: number) =>
      `記事が引用する出典${sources}件（${publications}媒体）を、一度ずつ媒体ごとにまとめて掲げる。各出典の下には注が引用している箇所を示し、それを根拠とする注へのリンクを付けた。弱い出典（ブログ、転載サイト、まとめサイト）には印を付けてあり、それだけを根拠とする記述はない。`,
    publications: '媒体',
    continued: '（続き）',
    sourcesPager: '出典一覧の頁',
    card: {
      joinServices: (names: readonly string[]) => names.join('・'),
      formats: { bilateral: '二国間', multilateral: '多国間' },
      editions: (n: number) => `${n}回`,
    },
  },

  // § search
  search: {
    title: '検索',
    description: '日印防衛演習に関するすべての記事を、演習名・地名・艦名・人名で検索できる。',
    formLabel: '記事を検索',
    placeholder: '演習を検索…（Ctrl K）',
    button: '検索',
    close: '閉じる',
    keys: '矢印キーで結果を移動、Enterで開く、Escapeで閉じる。',
    panelLabel: '記事を検索',
    filters: '絞り込みと並べ替え',
    service: '軍種',
    services: { army: '陸上', navy: '海上', 'air-force': '航空', 'coast-guard': '沿岸警備' },
    format: '形式',
    formats: { bilateral: '二国間', multilateral: '多国間' },
    year: '年',
    anyYear: 'すべて',
    sort: '並べ替え',
    bestMatch: '関連度順',
    newest: '新しい順',
    oldest: '古い順',
    coverage: {
      before: '当サイトが扱うのは、インドと日本の部隊が共に参加する演習と、それを取り巻く両国の協力であり、いずれかの国が他国とのみ行う演習は扱わない。',
      link: '記録にあるすべての演習',
      after: 'は一つの頁にまとめてある。',
    },
    results: '検索結果',
    more: 'さらに表示',
    partialHeading: '検索語の一部だけを含む頁',
    partial: '部分一致',
    noScript: {
      before: '検索にはJavaScriptが必要だが、このブラウザでは無効か、読み込まれていない。代わりにすべての演習と記事をここに掲げる。',
      link: '記事一覧',
      after: 'も参照。',
    },
    exercises: '演習',
    articles: '記事',
    also: { before: '（別名：', after: '）' },
    script: {
      filtersMatch: ['絞り込みに合う頁：{n}件', '絞り込みに合う頁：{n}件'],
      noneFound: '「{query}」を含む頁はない。',
      results: ['{n}件', '{n}件'],
      found: '「{searched}」の検索結果：{results}',
      corrected: '「{typed}」を含む頁はない。{searched}の検索結果{results}を表示。',
      unavailable: '検索を利用できない：検索索引を読み込めなかった。',
      searchInstead: '「{query}」で検索する',
      didYouMean: 'もしかして：{term}',
      editions: '実施年 {years}',
      inSection: '該当する節：',
    },
  },

  // § exercises

  // § data

  // § pages
};
