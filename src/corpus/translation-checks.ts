/**
 * The translation rules of the article pass, once every article's findings are known: a
 * translation (`<id>.ja.md`) translates an article that exists, says when it was last checked
 * against it (`checked`, which an English article never has), and keeps its notes and links
 * (src/content-lint/translation-match.ts). Each problem is reported on the file, at its place.
 */
import type { VFile } from 'vfile';
import { translationProblems } from '../content-lint/translation-match.ts';
import { translationOf } from '../pure/articles.ts';
import type { ArticleOutcome } from './article-cache.ts';

export interface CheckedArticle {
  file: VFile;
  /** Its id: `jimex`, or `jimex.ja` for a translation. */
  slug: string;
  outcome: ArticleOutcome;
}

function report(file: VFile, reason: string, place: { line: number; column: number }): void {
  file.message(reason, { place, ruleId: 'translation', source: 'site' }).fatal = true;
}

/** Reports what is wrong with each translation among `articles`, and any English article that
 * says it was `checked`. `unreadable`: the ids of articles that could not be read, refused on
 * their own files. */
export function checkTranslations(articles: readonly CheckedArticle[], unreadable: ReadonlySet<string> = new Set()): void {
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  for (const { file, slug, outcome } of articles) {
    const checked = outcome.frontmatter?.dates.find((date) => date.field === 'checked');
    const translation = translationOf(slug);
    if (!translation) {
      if (checked) report(file, '`checked` is the day a translation was last checked against its English article: an English article has none; remove it (its changes are `updatedDate` and `revisions`)', checked);
      continue;
    }
    if (outcome.frontmatter && !checked) {
      report(file, 'A translation needs `checked: YYYY-MM-DD`, the day it was last checked against the English article: read the two side by side, then write that day', { line: 2, column: 1 });
    }
    const original = bySlug.get(translation.of);
    if (!original) {
      if (!unreadable.has(translation.of)) {
        report(file, `This translates \`${translation.of}\`, but there is no article \`${translation.of}\` (${translation.of}.md): name a translation after the article it translates (<id>.${translation.lang}.md), or write the English article first`, { line: 1, column: 1 });
      }
      continue;
    }
    if (!original.outcome.translation || !outcome.translation) continue;
    for (const { reason, line, column } of translationProblems(original.outcome.translation, outcome.translation, original.file.path)) report(file, reason, { line, column });
  }
}
