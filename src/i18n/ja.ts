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
  },

  // § notes

  // § search

  // § exercises

  // § data

  // § pages

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
