/**
 * The interface's English phrases, and how to find them in a page's text (issue 28): shared by
 * the site check on the built Japanese pages (tests/site/languages.test.ts) and the browser
 * sweep of the same pages with their interactive parts open (tests/e2e/japanese-interface.spec.ts).
 */

/** The interface's English phrases: every string of two words or more in en.ts, and the fixed
 * parts of the strings its functions build (a function's argument splits them). */
export function interfacePhrases(strings: unknown): string[] {
  const SLOT = '\u0000';
  const phrases = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const part of value.split(SLOT)) {
        const phrase = part.replace(/\s+/g, ' ').replace(/^[\s:;,.()]+|[\s:;,.()]+$/g, '');
        if (phrase.split(' ').filter((word) => /\p{L}/u.test(word)).length >= 2) phrases.add(phrase);
      }
    } else if (typeof value === 'function') {
      // A function that takes other than words (a list, a record) has no fixed words to find.
      try {
        visit((value as (...args: string[]) => unknown)(SLOT, SLOT, SLOT));
      } catch {
        // skipped
      }
    } else if (value && typeof value === 'object') {
      for (const child of Object.values(value)) visit(child);
    }
  };
  visit(strings);
  return [...phrases];
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The phrases `text` contains as whole words (not "Skip to content" in "Skip to contents"). */
export function englishPhrasesIn(text: string, phrases: readonly string[]): string[] {
  return phrases.filter((phrase) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase)}(?![\\p{L}\\p{N}])`, 'u').test(text));
}

