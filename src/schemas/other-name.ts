/**
 * Another name of a series or an edition, as the data writes it: a plain string for a name
 * in English, or an object for a name a reader needs told about. A name in Japanese or
 * Chinese script carries its language, so a screen reader says it in that language (WCAG
 * 3.1.2) and the Japanese edition of the site can tell its own names from Chinese ones; a
 * name that could mislead (the JGSDF's fiscal-year name "ダルマ・ガーディアン22" for the
 * 2023 edition) carries a short explanation and the notes that support it.
 */
import { z } from 'astro/zod';

/** Han, kana and Hangul: scripts whose language cannot be told from the letters alone. */
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

const noteLabel = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'Cite a footnote label of the article, e.g. orf-dg.');

/** The same name, whichever way it was written. */
export interface OtherName {
  name: string;
  /** BCP 47 language tag, for a name not in English: "ja", "zh". */
  lang?: string | undefined;
  /** What a reader should know about the name, in a short phrase of ours. */
  explain?: string | undefined;
  /** The footnotes that support the explanation. */
  notes: string[];
}

/** The object form: for a name with a language or an explanation. */
/** A BCP 47 language tag: "ja", "zh-Hant". */
export const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Write a language tag such as ja or zh-Hant.');

const described = z.strictObject({
  name: z.string().min(1),
  lang: languageTag.optional(),
  explain: z.string().min(3).optional(),
  notes: z.array(noteLabel).default([]),
});

/** The rules both forms share, checked on the name as written. */
function checkName(name: string | z.infer<typeof described>, context: z.core.$RefinementCtx): void {
  const form = typeof name === 'string' ? { name, notes: [] } : name;
  const issue = (message: string, path: string[] = []) => context.addIssue({ code: 'custom', path, message });
  if (form.lang === undefined && CJK.test(form.name)) {
    issue(`"${form.name}" is in Japanese or Chinese script: say its language, { name: ${form.name}, lang: ja } (or zh for Chinese).`, typeof name === 'string' ? [] : ['lang']);
  }
  if (typeof name === 'string') return;
  if (name.lang === undefined && name.explain === undefined) issue('Write a plain name as a string: the object form is for a name with a language or an explanation.');
  if ((name.explain === undefined) !== (name.notes.length === 0)) {
    issue('An explanation is a claim: cite the notes that support it (notes: [label]); only an explanation has notes.', ['notes']);
  }
}

/** One other name, given as a string or an object, read as an object (the form the dataset
 * publishes, which its JSON Schema describes). */
export const otherNameSchema = z
  .union([z.string().min(1), described])
  .superRefine(checkName)
  .transform((name) => (typeof name === 'string' ? { name, notes: [] } : name))
  .pipe(described.extend({ notes: z.array(noteLabel) }));

/** A list of other names, none by default. */
export const otherNamesSchema = z.array(otherNameSchema).default([]);
