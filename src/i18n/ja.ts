/**
 * The interface's words in Japanese (日本語版): the same keys as en.ts. Words of ours, in the
 * style of a Japanese reference work; names of exercises, forces and places come from the data
 * (the term list and the series' Japanese names), never from here.
 */
import type { Excerpt, Gloss, UiStrings } from './en.ts';

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
  exercises: {
    services: { army: '陸軍', navy: '海軍', 'air-force': '空軍', 'coast-guard': '沿岸警備隊' },
    serviceList: (names: readonly string[]) => names.join('・'),
    sentenceStart: (text: string) => text,
    formats: { bilateral: '二国間', multilateral: '多国間' },
    formatCell: { bilateral: '二国間', multilateral: '多国間' },
    countries: { india: 'インド', japan: '日本' },
    roles: { participant: '参加', host: '主催', limited: '限定的な参加', observer: 'オブザーバーのみ', absent: '不参加' },
    roleWithWording: (role: string, wording: string) => `${role}（出典の表現は“${wording}”）`,
    countryRole: (country: string, role: string) => `${country}：${role}`,
    rolesText: (india: string, japan: string) => `インド：${india}、日本：${japan}`,
    status: { planned: '計画段階（実施の報告なし）', unconfirmed: '実施は未確認' },
    reportedHeld: '実施の報告あり',
    listSeparator: '・',
    joinParts: (parts: readonly string[]) => parts.join('／'),
    withDates: (label: string, dates: string, status?: string) => `${label}（${dates}${status ? `、${status}` : ''}）`,
    aside: (text: string) => `（${text}）`,
    numbered: (ordinal: string) => `（${ordinal}）`,
    seeArticle: '記事を参照',
    noPlace: '場所の記録なし',
    notRecorded: '記録なし',
    notRecordedBecause: '記録なし：',
    hostedBy: (host: string) => `、主催国 ${host}`,
    markText: (label: string, dates: string, place: string, hosted: string, caveat: string) => `${label}：${dates}、${place}${hosted}${caveat}`,
    counts: {
      series: (n: number) => `${n}シリーズ`,
      exerciseSeries: (n: number) => `演習${n}シリーズ`,
      editions: (n: number) => `${n}回`,
      observerOthers: (n: number) => `ほかの${n}回は一方がオブザーバーのみか不参加`,
      notHeldOthers: (n: number) => `${n}回は計画段階か実施未確認`,
      join: (parts: readonly string[]) => parts.join('、'),
    },
    checkedTo: { before: '出典との照合：', after: 'まで。' },
    seriesTable: {
      columns: ['演習', '形式', '参加国・部隊', '日印双方の参加', '初回', '直近の回', '回数'],
      every: '全回',
      none: (why: string) => `なし（${why}）`,
      some: (joint: number, total: number) => `${total}回中${joint}回`,
    },
    editionsTable: {
      columns: { edition: '回', names: '別名', dates: '期間', place: '場所', host: '主催国', roles: '日印の役割', forces: '参加部隊等', notes: '注' },
      compactHeading: (name: string) => `${name}：記録にある各回`,
      onTimeline: '年表',
      onMap: '地図',
      byEdition: '各回の一覧',
      caption: (name: string) => `${name}：知られているすべての回（古い順）`,
      corrected: (date: string) => `${date}訂正`,
      otherAccount: '別の説：',
    },
    infobox: {
      // Not named: an English series name would sit inside a Japanese label (the box's heading names it).
      label: (_name: string) => 'この演習の概要',
      alsoKnownAs: '別名',
      services: '軍種',
      format: '形式',
      partners: '参加国・部隊',
      firstHeld: '初回',
      latest: '直近の回',
      editions: '回数',
      onRecord: (n: number) => `記録上${n}回、`,
      indiaAndJapan: '日印',
      bothTookPart: (joint: number, total: number) => `${total}回中${joint}回に双方が参加`,
      venues: '開催地',
      noVenues: '記録なし',
    },
    timeline: {
      earlier: '← 前の年',
      later: '後の年 →',
      gap: (from: number, to: number) => `${from}～${to}年：記録にある回なし`,
      hosts: { india: 'インド主催', japan: '日本主催', other: '他国主催', unknown: '主催国の記録なし' },
      dashed: '破線：共同の回ではない（インドか日本がオブザーバーのみか不参加、または計画段階か実施未確認の回）',
    },
    map: {
      sites: '塗りつぶした印は基地・都市',
      seas: '輪の印は海域',
      groups: '数字の入った印は、この縮尺では見分けられないほど近い地点をその数だけまとめたもの',
      sized: '印が大きいほど回数が多い',
      key: (parts: readonly string[]) => `${parts.join('。')}。`,
      hint: '印にポインターを重ねるかフォーカスすると地名が表示される。',
      caption: '開催地とそこで行われた回',
      place: '場所',
      editions: '回',
      beyond: '（この地図の範囲外）',
      placeNotRecorded: '場所の記録なし',
      group: (n: number, names: string, editions: string) => `${n}地点（${names}）：${editions}`,
      single: (names: string, editions: string) => `${names}：${editions}`,
    },
    explorer: {
      heading: '絞り込み',
      exercise: '演習',
      service: '軍種',
      anyService: 'すべての軍種',
      format: '形式',
      anyFormat: 'すべての形式',
      whoTookPart: '参加国',
      country: '参加国',
      anyCountry: 'すべての国',
      countryHint: 'シリーズの参加国。インドと日本は参加した回のみ。',
      indiaRole: 'インドの役割',
      japanRole: '日本の役割',
      anyRole: 'すべての役割',
      host: '主催国',
      anyHost: 'すべての主催国',
      hostNotRecorded: '記録なし',
      whereWhen: '場所と年',
      place: '場所（地名の一部でよい）',
      from: '開始年',
      to: '終了年',
      go: '一覧へ移動',
      reset: '絞り込みを解除',
      csv: '表示中の行をダウンロード（CSV）',
      json: '表示中の行をダウンロード（JSON）',
      columns: ['シリーズ', '回', '年', '期間', '形式', '主催国', 'インドの役割', '日本の役割', '場所', '軍種', '状況'],
      caption: '記録にあるすべての回（シリーズ別、古い順）',
      moreLeft: '← 左に続く列あり',
      moreRight: '右に続く列あり →',
      shownOf: '{total}回中{shown}回を表示',
      loadFailed: 'ダウンロード用のデータを読み込めなかった。再度試すか、データの頁からファイル全体を入手されたい。',
    },
  },

  // § data
  data: {
    title: 'データ',
    description: '本サイトの基になっている演習データを公開する。日印が関わる演習の全シリーズと全回を、両国の役割・場所・出典とともに JSON と CSV で提供する（CC BY 4.0）。',
    heading: 'データ',
    intro: (n: { series: number; editions: number; notes: number }) =>
      `本サイトの表・年表・地図はすべて一つのデータから描いている。演習${n.series}シリーズと${n.editions}回について、インドと日本の役割、座標付きの場所、それらを裏付ける${n.notes}件の注とその出典を収める。誰もが検証・再利用・引用できるよう、このビルド時点のデータをここに公開する。`,
    seeAlso: (href: { method: string; corrections: string }) =>
      `何を日印の演習とみなすか、各回の名称と回次の付け方、出典の扱いは<a href="${href.method}">記録の作り方</a>に記す。記録への訂正はすべて<a href="${href.corrections}">訂正</a>に掲げる。`,
    downloads: 'ダウンロード',
    downloadWhat: {
      'exercises.json': '全シリーズと全回。引用する注と各出典のアドレスを含む（JSON）',
      'editions.csv': '1回につき1行。表計算ソフト向け（CSV、UTF-8、RFC 4180）',
      'places.csv': '各回の場所ごとに1行。緯度と経度はそれぞれ独立した列（CSV）',
      'edition-notes.csv': '各回が引用する注ごとに1行。注番号と、その出典のキーおよびアドレスを併記（CSV）',
      'exercises.schema.json': 'exercises.json の JSON Schema（draft 2020-12）。本サイト自身のスキーマから生成',
      'sources.json': '記事が引用する全出典。Zotero・Pandoc・citation-js 向けの CSL-JSON',
    },
    someEditions: (href: string) => `一部の回だけ（軍種・国・役割・主催国・場所・年で選んで）ダウンロードするには、<a href="${href}">エクスプローラー</a>で選ぶ。`,
    markdown: (href: string) => `各記事は Markdown でも公開しており、サイトを読み込むツール向けに、これらのファイルとともに <a href="${href}">llms.txt</a> に一覧を載せている。`,
    version: (v: { version: string; checkedTo: string; generated: string; commit: string }) =>
      `バージョン <strong>${v.version}</strong>：${v.checkedTo}まで出典と照合した記録（<code>checkedTo</code>。各シリーズの <code>reviewed</code> の日付のうち最も早いもの）。${v.generated}にコミット <code>${v.commit}</code> からビルドした。`,
    versions: 'バージョンと変更',
    thisVersion: (v: { version: string; released?: string | undefined; unreleasedSince?: string | undefined; changes: string; changesJson: string }) =>
      `これはデータのバージョン <strong>${v.version}</strong> である${v.released ? `（${v.released}公開）` : ''}${v.unreleasedSince === undefined ? '' : `。リリース ${v.unreleasedSince} 以降にデータが変更されており、その変更はまだリリースされていない`}。各シリーズ・各回・各出典の ID（exercises.json の <code>id</code>）は恒久的に保たれる。各リリースで追加・削除・変更された内容は<a href="${v.changes}">データの変更履歴</a>に掲げる（<a href="${v.changesJson}">changes.json</a> としても公開）。すべてのリリースはここに残り、バージョンを指定してダウンロード・引用できる。`,
    releaseVersion: (version: string) => `バージョン ${version}`,
    releaseWhen: (time: string) => `（${time}）：`,
    downloadSep: '：',
    itsChanges: 'このリリースの変更',
    licence: 'ライセンス',
    licenceText: (l: { url: string; name: string; site: string }) =>
      `データは<a href="${l.url}">クリエイティブ・コモンズ 表示 4.0 国際（${l.name}）</a>の下で提供する。${l.site}の名を示し、この頁にリンクすれば、目的を問わず共有・改変できる。引用している出典はそれぞれの条件に従う。`,
    cite: '引用の仕方',
    /** The dataset's citation as it is to be copied: the English title (the page marks it lang="en"). */
    citation: (c: { site: string; version: string; licence: string; url: string }) => `${c.site}. “India–Japan defence exercises: the exercise data.” Version ${c.version}. ${c.licence}. ${c.url}.`,
    fieldsOf: (file: string) => `${file} の項目`,
    tableIntro: {
      editions: '1回につき1行。並びは exercises.json と同じで、シリーズ順、各シリーズ内は古い回から。',
      places: '各回の場所ごとに1行。並びは editions.csv と同じ。場所の記録がない回には行がない。',
      notes: '各回が引用する注ごとに1行。並びは editions.csv の notes 列の順。',
    },
    column: '列',
    holds: '内容',
    fields: {
      editions: {
        series: 'シリーズの正式な名称',
        edition: '回の名称',
        edition_id: '回の ID。シリーズの記事にあるその回の行のアンカー',
        number: 'シリーズ内の回次（出典が回次を示す場合）',
        year: '実施された年',
        start: '初日（YYYY-MM-DD、判明している場合）',
        end: '最終日（YYYY-MM-DD、判明している場合）',
        when: '日付が特定できない場合の、出典が示すとおりの時期',
        format: 'bilateral（二国間）または multilateral（多国間）。その回自体の形式、なければシリーズの形式（常に記入）',
        host: '出典が示す主催国。記録がない場合は空欄',
        host_unrecorded: '主催国の記録がない理由（host が空欄のときに限り記入）',
        india_role: 'participant（参加）、host（主催）、limited（限定的な参加）、observer（オブザーバー）、absent（不参加）のいずれか。データに役割の記載がない場合（二国間の回）は、インドが主催していれば host、それ以外は participant',
        japan_role: 'participant、host、limited、observer、absent のいずれか。データに役割の記載がない場合は、日本が主催していれば host、それ以外は participant',
        role_wording: '限定的な参加についての出典の表現。「India: …; Japan: …」の形',
        status: 'planned（計画段階）または unconfirmed（未確認）。実施の報告がある回は空欄',
        places: '場所。「; 」区切り（座標は places.csv に1セル1値で収める）',
        services: 'シリーズの軍種。「; 」区切り',
        forces: '名前の挙がった部隊・艦船・航空機・人物。「; 」区切り',
        remark: '読者が知っておくべきその他の事項',
        notes: 'その行を裏付ける、シリーズの記事の脚注ラベル。「; 」区切り（注番号と出典は edition-notes.csv に1件1行で収める）',
        source_urls: '各注の出典のアドレス。notes と同じ順（出典にアドレスがなければ空）、「; 」区切り',
      },
      places: {
        edition_id: '回の ID（editions.csv と同じ）',
        series: 'シリーズの正式な名称',
        edition: '回の名称',
        place: '場所の名称（本サイトの表示どおり）',
        country: 'その場所がある国、または沖合にあたる水域の国。公海は空欄',
        kind: 'site（陸上の地点：基地・都市）または sea（海域。その中心に置く）',
        latitude: '10進法の度。北が正、精度は約0.1°',
        longitude: '10進法の度。東が正、精度は約0.1°',
      },
      notes: {
        edition_id: '回の ID（editions.csv と同じ）',
        series: 'シリーズの正式な名称',
        edition: '回の名称',
        note: 'シリーズの記事の脚注ラベル',
        note_number: '記事に表示される注番号',
        source_key: '出典記録のキー（sources.json の項目の id）。記録を引用しない注は空欄',
        source_url: '出典のアドレス。アドレスのない出典（印刷物）は空欄',
      },
    },
    defaults: '省略される項目と、ファイルが代わりに記すもの',
    defaultsHtml: `<p>データファイルは、ほかの項目から値が導ける項目を省略する。<code>exercises.json</code> は書かれたままのデータを収め（省略が何を意味するかはその JSON Schema に記す）、CSV ファイルは導いた値を記す。</p>
<ul>
<li><strong>役割</strong>（<code>roles</code>）：省略できるのは二国間の回だけで、その場合は両国とも参加した。主催国の記録があればその国が <code>host</code>、もう一方（主催国の記録がなければ両方）が <code>participant</code> である。多国間の回は常に各国の役割を記す。CSV の <code>india_role</code> と <code>japan_role</code> は常に記入されている。</li>
<li><strong>主催国</strong>（<code>host</code>）：引用したどの出典も主催国を示さない場合は省略し、その理由を <code>hostUnrecorded</code> に記す。各回には必ずどちらか一方がある。CSV で <code>host</code> が空欄なら、<code>host_unrecorded</code> は必ず記入されている。</li>
<li><strong>形式</strong>（<code>format</code>）：その回がシリーズと同じ形式なら省略する。CSV はシリーズの形式を記す。</li>
</ul>`,
    spreadsheets: 'CSV ファイルの開き方',
    spreadsheetsHtml: `<p>CSV ファイルは BOM なしの UTF-8、カンマ区切り、見出し行1行、改行は CRLF である（RFC 4180）。数値は小数点にピリオドを使う通常の10進数、日付は <code>YYYY-MM-DD</code> で、数値を除き <code>=</code>、<code>+</code>、<code>-</code>、<code>@</code> で始まるセルはないため、表計算ソフトがセルを数式と解釈することはない。pandas（<code>pandas.read_csv(url)</code>）、R（<code>read.csv</code>）、LibreOffice、Google スプレッドシートはオプションなしで読み込める。Excel はファイルを直接開くと古い文字コードと推測し、ダッシュ・アクセント付き文字・日本語の名称が文字化けする。「データ」→「テキストまたは CSV から」を使い、「65001: Unicode (UTF-8)」を選ぶこと。三つの表は <code>edition_id</code> で結合できる。</p>`,
    hosts: '主催国の記録の仕方',
    hostsHtml: `<p>ある回の主催国とは、引用した出典が主催したと述べる国である。実施場所が、ある国の領域内やその沖合であることをもって主催国とはみなさない。たとえば佐世保での港湾段階は、出典がそう述べる場合に限って日本主催と記録する。各回には主催国か、<code>host_unrecorded</code> に主催国の記録がない理由か、いずれかが必ずあり、どちらもない回はビルドが受け付けない。</p>`,
    json: 'exercises.json の構造',
    jsonHtml: `<p><code>series</code> は各シリーズを本サイトのデータファイルのとおりに並べる（名称、別名、記事、軍種、形式、参加国・部隊、古い順の <code>editions</code>）。各回は、シリーズの記事の脚注を <code>notes</code> でラベルによって引用する。異なる内容を述べる他の出典の主張は、それぞれの注とともに <code>alternatives</code> に収める。<code>notes</code> はそれらの脚注を記事とラベルごとに示す。読者が目にする注番号と、その出典（著者、題名、掲載媒体、日付、<code>url</code>、注が示す閲覧日）である。<code>checkedTo</code> は記録を最後に出典と照合した日（各シリーズの <code>reviewed</code> の日付のうち最も早いもの）、<code>version</code>、<code>generated</code>、<code>commit</code>、<code>licence</code> はどのビルドで、どの条件で提供されるかを示す。各回の <code>roles</code> はインドと日本がそれぞれ何をしたかを示す。<code>limited</code> の役割には出典自身の表現が <code>roleWording</code> に付き、<code>status</code>（planned または unconfirmed）のある回は実施されたとは扱わない。共同の回に数えるのは、status がなく、どちらの国もオブザーバーのみや不参加でない回だけである。座標は名前の挙がった場所を地図上に約0.1°の精度で置くためのもので、出典の主張ではない。</p>`,
    sourcesJson: '出典：sources.json',
    sourcesJsonHtml: (href: string) =>
      `<p>注が引用する出典には、それぞれ一つの記録がある。記録はサイトのリポジトリに CSL YAML で保管し（1出典1ファイル、<code>content/sources/</code> 以下）、<code>sources.json</code> はそれを Citation Style Language の形式である CSL-JSON で公開する。Zotero（「ファイル」→「インポート」）、Pandoc、citation-js で読み込める。各項目の <code>id</code> は記事の注が引用するキーである。記録には <code>type</code>、<code>title</code>（頁に見出しがない場合は省略し、作ることはしない）、<code>container-title</code> または <code>publisher</code>、<code>author</code>、<code>issued</code>（日付を示さない頁では省略）、<code>accessed</code>、<code>URL</code>、<code>language</code> を収める。<code>note</code> は報道が配信元として示す通信社を記し、また頁を保存コピーから読んだ場合にその旨を記す（保存コピーには閲覧日がない）。注が引用する各出典の文言は、それに依拠する注とともに<a href="${href}">出典</a>の頁に載せている。</p>`,
    changes: {
      title: 'データの変更履歴',
      description: '演習データの全リリースを新しい順に掲げる。各リリースで追加・削除・変更されたシリーズ・回・出典と、各リリースのダウンロード。',
      heading: 'データの変更履歴',
      intro: (c: { data: string; version: string; json: string }) =>
        `<a href="${c.data}">演習データ</a>は番号付きのバージョンでリリースする。これはバージョン <strong>${c.version}</strong> である。以下の各リリースには、一つ前のリリースと比べて追加・削除・変更したシリーズ・回・出典を、変更された項目とともに掲げる。シリーズ・回・出典の ID は恒久的に保たれる。データから外れた ID はその理由とともに、名称が変わったものは後継の ID とともに示す。ID を削除するリリースはメジャーバージョン（2.0）を、それ以外はマイナーバージョン（2.1）を上げる。同じ一覧を <a href="${c.json}">changes.json</a> としても公開している。`,
      unreleased: '未リリースの変更',
      unreleasedText: (since: string | undefined) => `本サイトのデータはリリース ${since ?? '（なし）'} 以降に変更されている。次のリリースでこれらの変更を掲げる。`,
      version: (version: string) => `バージョン ${version}、`,
      download: (version: string) => `バージョン ${version} をダウンロード`,
      downloadWhat: '（JSON。リリース時点のシリーズ・回・出典）',
      added: '追加：',
      removed: '削除：',
      changed: '変更：',
      count: { series: (n: number) => `${n}シリーズ`, editions: (n: number) => `${n}回`, sources: (n: number) => `${n}件の出典` },
      replacedBy: '後継：',
    },
  },

  // § pages
  pages: {
    home: {
      intro:
        'インドと日本がともに行う軍事演習の資料集。誰が参加し、各回がいつどこで行われ、演習が両国の協力関係について何を物語るかを記す。すべての記述に番号付きの注があり、注から出典にたどれる。',
      start: 'はじめに',
      overview: '：概説。両国の協力関係を日付入りの年表とともに記す。',
      everyExercise: '演習一覧',
      everyExerciseWhat: '：各シリーズと各回を表・年表・地図で示す。',
      theData: 'データ',
      theDataWhat: '：すべての表の基になる記録。ダウンロードして引用できる。',
      covered: '収録している演習',
      coveredText: (n: { series: number; editions: number; joint: number }) =>
        `記録にあるのは${n.series}シリーズ・${n.editions}回で、以下に軍種別に示す。うち${n.joint}回は両国の部隊がともに参加した共同の回である。`,
      index: { before: '表・年表・地図によるすべての一覧は', link: '演習一覧', after: 'にある。' },
      latest: '新しい記事',
      allArticles: (n: number) => `全${n}本の記事`,
    },
    exercises: {
      title: '演習一覧',
      description: '日印が関わる演習の全シリーズを軍種別に一覧する。形式、参加国・部隊、初回と直近の回、全回の年表、開催地の地図。',
      heading: '演習一覧',
      lead: (n: { series: number; editions: number; joint: number; limited: number; others: string }) =>
        `各記事の基になるデータには、演習${n.series}シリーズ・${n.editions}回が記録されている。そのうちインドと日本の部隊がともに参加したのは${n.joint}回である${n.limited > 0 ? `（うち${n.limited}回は一方の参加が限定的で、出典の表現とともに示す）` : ''}${n.others && `。${n.others}`}。`,
      explore: '全回を一つの表で見る',
      exploreWhat: '：軍種・国・役割・主催国・場所・年で絞り込み、選んだ行をダウンロードできる。',
      onThisPage: 'この頁の内容',
      timeline: '年表',
      map: '地図',
      groupCount: (series: string, editions: string) => `（${series}・${editions}）`,
      caption: (service: string) => `${service}の演習シリーズ（アルファベット順）`,
      timelineHeading: '全回の年表',
      timelineText: '1シリーズ1行で、軍種別にまとめる。印の一つひとつが一つの回で、その回にリンクしている。空白は記録にある回がない年である。',
      mapHeading: '開催地の地図',
      mapText: '印の一つひとつが各回の行われた場所で、そこで行われた回の一覧にリンクしている。',
    },
    explorer: {
      title: '全回を探す',
      description: '記録にある日印の演習の全回を一つの表に収める。軍種・形式・国・日印の役割・主催国・場所・年で絞り込み、表示中の行だけを CSV または JSON でダウンロードできる。',
      back: '演習一覧',
      heading: '全回を探す',
      lead: (n: { editions: number; series: number; csv: string }) =>
        `記録にある演習${n.series}シリーズの全${n.editions}回を、データの <a href="${n.csv}">editions.csv</a> と同じく1回1行で示す。各回はシリーズの記事にあるその回の行にリンクしており、出典はそこにある。`,
      needsScript: (href: string) =>
        `表の絞り込みと表示中の行だけのダウンロードには JavaScript が必要だが、このブラウザーでは無効か、読み込まれていない。下の表はすべての回を示しており、記録全体は<a href="${href}">データの頁</a>からダウンロードできる。`,
      editions: '各回',
    },
    method: {
      title: '記録の作り方',
      description: '本サイトが何を日印の演習とみなし、各回をどう名付け回次を付け、出典をどう使い引用し、出典間の食い違いをどう示し、誤りをどう訂正するか。',
      heading: '記録の作り方',
      intro: '本サイトは、インドと日本の部隊がともに訓練する軍事演習を記録し、各事実の出所を示す。この頁では、読者が記録を評価し引用できるよう、本サイトが従う規則を記す。',
      body: (m: { data: string; changes: string; sources: string; corrections: string; count: number; stored: number; weak: number }) => `<h2 id="what-counts">何を日印の演習とみなすか</h2>
<p>本サイトが記録するのは、インドの部隊と日本の部隊がともに訓練したことを出典が示す演習である。両国による二国間演習と、両国がともに参加した多国間演習がこれにあたる。一方がオブザーバーのみであったり不参加であったりした回（およびいくつかのシリーズ全体）も、出典が報じていれば記録し、データはすべての回について各国が何をしたか（主催、参加、限定的な参加、オブザーバー、不参加）を示す。オブザーバーは訓練する部隊ではなく見学する人員を送ったものであるから、いずれかの国がオブザーバーのみであった回や不参加であった回は、記録はするが共同の回には数えない。出典が限定的とだけ述べる役割（たとえば “additional participant”）は参加として数え、常に出典自身の表現で示す。発表されたが実施の報告がない回は <em>計画段階</em> または <em>未確認</em> とし、これも数えない。</p>
<h2 id="editions">各回の名称と回次</h2>
<p>各回は出典が用いる名称（“JIMEX-24”、“Dharma Guardian 2018”）で掲げ、読者が目にするほかの名称も併記して、どの名称でも検索で見つかるようにする。回次は出典が回次を示す場合に限って付け、欠けを埋めるために自ら数えることはしない。出典によって回次が異なる場合や、日付・場所・参加国が異なる場合は、両方の説を残す（後述）。</p>
<p>各回には名称から作った ID（<code>edition-jimex-24</code>）がある。記事にあるその回の行のアンカーであり、<a href="${m.data}">公開データ</a>でのキーでもある。公開した ID は保たれる。データの<a href="${m.changes}">変更履歴</a>は、追加・削除・変更されたすべての回と出典をリリースごとに記録する。</p>
<h2 id="sources">出典と引用の仕方</h2>
<p>本サイトの事実にはすべて脚注を付け、各注は一つの出典を挙げ、その文を裏付ける出典の文言を引用する。読者は頁を離れずに記述を確かめられる。本サイトが引用する出典は${m.count}件で、<a href="${m.sources}">出典</a>の頁にそれぞれ一度ずつ、引用した箇所すべてとともに掲げる。記事は本サイト自身の言葉で書いており、引用符の中だけが出典の言葉である。英語以外の言語の出典はその言語のまま引用し、本サイトによる英訳を、その旨を示して併記する。</p>
<p><strong>保存コピー</strong>\u3000引用した文言は、頁についての調査メモから写すか、メモに必要な文言がなかった場合は、同じ頁の保存コピーを頁自身のアドレスで読んで写す。保存コピーによる注は、閲覧日の代わりにその旨を記す。${m.count}件の出典のうち${m.stored}件は、保存コピーから文言を引用している。</p>
<p><strong>弱い出典</strong>\u3000ブログ、受験対策サイト、コンテンツファーム、掲示板、他サイトの報道の転載は弱い出典として印を付ける（${m.weak}件）。弱い出典は、同じ記述を裏付けるより確かな出典と並べて引用することはあっても、単独では引用しない。注が弱い出典だけを引用する記述は、サイトのビルドが受け付けない。</p>
<h2 id="disagreements">出典が食い違うとき</h2>
<p>出典で決着がつかない問題について、本サイトはどちらが正しいかを決めない。本文は各説をその出典とともに示し、各回の表は、データが記録する説の横に別の説（「別の説」）を、それぞれの注とともに示す。データはこれを <code>alternatives</code> として収める。</p>
<h2 id="checked-to">「出典との照合」</h2>
<p>各シリーズのデータは、最後に出典と照合した日を記す。「出典との照合」に示す日はそのうち最も早い日で、すべてのシリーズが少なくともその日まで照合済みである。それ以降に実施または報道された演習は載っていないことがある。本サイトの「最新」や「これまで」はすべて日付を示すか、データから導いており、知らないうちに古くなることはない。</p>
<h2 id="changes">記録の変わり方</h2>
<p>各記事は初めて公開した日と、その後の実質的な改訂をすべて示し、「この記事を引用する」は読んでいる版を示す。事実や出所の誤りを見つけた場合は訂正し、その訂正を日付と、正しい内容を示す出典の文言とともに<a href="${m.corrections}">訂正</a>の頁に掲げる。訂正によって変わった記事と回はその訂正にリンクする。データは番号付きのリリースで公開し、過去のリリースもダウンロードできるため、リリースを挙げた引用はいつでも検証できる。</p>
<h2 id="report">誤りの報告</h2>`,
      report: (r: { href: string; mail: boolean }) =>
        `誤り、漏れている演習、よりよい出典を見つけた場合は<a href="${r.href}">${r.mail ? 'ご連絡いただきたい' : '報告を送っていただきたい'}</a>。どの頁のどの記述か、できれば異なる内容を述べる出典がどこにあるかを添えてほしい。報告はすべて出典と照合し、記録が変わる場合は訂正を掲げる。`,
      noReport: 'このサイトのコピーは報告の宛先なしでビルドされている。誤りを見つけた場合は、このコピーの公開者に知らせてほしい。訂正の頁にはこれまでのすべての訂正を掲げている。',
    },
    corrections: {
      title: '訂正',
      description: '日印の演習についての本サイトの記録に加えた実質的な訂正を新しい順にすべて掲げる。何が誤りで、何が正しいか、そしてその根拠となる出典の文言。',
      heading: '訂正',
      intro: (href: string) =>
        `本サイトが事実やその出所を誤っていたとわかった場合は、本文とデータを訂正し、その訂正を日付と、正しい内容を示す出典の文言とともにここに記録する。訂正によって変わった記事と回は、それぞれその項目にリンクする。記録の作り方と誤りの報告の仕方は<a href="${href}">記録の作り方</a>に記す。`,
      none: 'まだ訂正はない。',
      dateSep: '：',
      wrong: '以前の記述',
      right: '現在の記述',
      words: '出典の文言',
      ourTranslation: { before: '［本サイトによる英訳：', after: '］' },
      changed: '変更箇所',
      editions: '。回：',
    },
  },

  // § markdown
  markdown: {
    notesHeading: '注',
    backToReference: (note: number) => `注${note}の参照箇所へ戻る`,
    // The letter stands apart, between commas, so that axe-core finds the visible text in the name.
    backToReferenceOf: (letter: string, position: number, note: number) => `注${note}の${position}番目の参照箇所、${letter}、へ戻る`,
    headingLink: (heading: string) => `この節へのリンク：${heading}`,
    paragraphLink: 'この段落へのリンク',
    archivedCopy: 'アーカイブ',
    archivedCopies: 'アーカイブ一覧',
    sourceEntry: '出典一覧の項目',
    weakSource: '弱い典拠',
    // Japanese words in Japanese brackets; words in another language keep the marks they are written with.
    quoted: (words: string, lang: string) => (lang === 'ja' ? `「${words}」` : `“${words}”`),
    // An English excerpt gets our Japanese rendering (gloss-ja); a Japanese one needs none; any
    // other language has only our English gloss, shown as such.
    gloss: (excerpt: Excerpt): Gloss | undefined => {
      if (excerpt.language === 'en') return excerpt.glossJa ? { open: '〔拙訳：', text: excerpt.glossJa, close: '〕' } : undefined;
      if (excerpt.language === 'ja' || !excerpt.gloss) return undefined;
      return { open: '〔英語による拙訳：', text: excerpt.gloss, close: '〕', lang: 'en' };
    },
    citationDate: (date: string) => {
      const [year, month, day] = date.split('-');
      return `${year ?? ''}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
    },
    accessed: (date: string) => `${date}閲覧`,
    storedCopy: '保存された写しによる',
  },

  // § countries: the data's country names as the Japanese pages write them; the forms the Ministry
  // of Defense uses (米国, 豪州, 英国, 韓国)
  countries: {
    names: {
      Australia: '豪州',
      Canada: 'カナダ',
      Egypt: 'エジプト',
      France: 'フランス',
      India: 'インド',
      Indonesia: 'インドネシア',
      Japan: '日本',
      Mongolia: 'モンゴル',
      'New Zealand': 'ニュージーランド',
      Palau: 'パラオ',
      'Papua New Guinea': 'パプアニューギニア',
      Philippines: 'フィリピン',
      Singapore: 'シンガポール',
      'South Korea': '韓国',
      Thailand: 'タイ',
      'United Kingdom': '英国',
      'United States': '米国',
    },
    and: 'と',
  },

  // § names
  names: {
    source: '出典',
    noJapaneseName: '日本語の出典に名称の記載がないため、英語名を示します。',
    termsTitle: '日本語の用語',
    termsDescription: '防衛省・自衛隊・日本の報道機関が用いる部隊・地名・階級・艦種の日本語表記を、出典とともに示します。',
    termsIntro: '日本語版では、防衛省・自衛隊・日本の報道機関の表記に従ってこれらの用語を用います。各用語に、その表記を用いる出典の文言と、参考文献の該当項目へのリンクを添えます。当サイトによる訳語はありません。',
    kinds: { force: '部隊', organisation: '機関', rank: '階級・役職', place: '地名', ship: '艦種', unit: '部隊・編成', other: 'その他' },
    columns: { ja: '日本語', en: '英語', quote: '出典の文言', source: '出典' },
    sourceEntry: '参考文献の項目',
    noEntry: '記事で未引用',
    termsLink: '日本語版で用いる用語とその出典は',
    termsLinkText: '日本語の用語のページ',
  },
};
