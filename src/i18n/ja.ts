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
  },

  // § notes

  // § search

  // § exercises

  // § data

  // § pages

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
};
