/**
 * Text a reader is shown as a name or a title: it must hold a letter or a digit. Spaces,
 * zero-width characters (U+200B) and punctuation alone pass `min(1)` but show nothing: a
 * title nobody can see, or an exercise name that every sentence "mentions".
 */
import { z } from 'astro/zod';

const VISIBLE = /[\p{L}\p{N}]/u;

/** A string of at least one letter or digit; `what` names the field in the message. */
export const shownText = (what: string) => z.string().trim().regex(VISIBLE, `Write ${what} with at least one letter or digit: spaces, punctuation and invisible characters alone show nothing.`);
