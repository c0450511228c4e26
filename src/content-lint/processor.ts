/**
 * The content lint: the Markdown parser the site uses (GFM, frontmatter, smart quotes) plus
 * every rule an article must pass. Maintained remark-lint rules where they exist; the site's
 * own rules (in ./rules) only for what none covers. Every rule is an error.
 */

import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkLint from 'remark-lint';
import remarkLintNoDuplicateDefinitions from 'remark-lint-no-duplicate-definitions';
import remarkLintNoHtml from 'remark-lint-no-html';
import remarkLintNoUndefinedReferences from 'remark-lint-no-undefined-references';
import remarkLintNoUnusedDefinitions from 'remark-lint-no-unused-definitions';
import remarkParse from 'remark-parse';
import { unified, type PluggableList, type Preset } from 'unified';
import { remarkLintFootnoteLabels } from './rules/footnote-labels.ts';
import { remarkLintFootnoteSource } from './rules/footnote-source.ts';
import { remarkLintInternalLinks, type InternalLinkOptions } from './rules/internal-links.ts';
import { remarkLintLinkSchemes } from './rules/link-schemes.ts';
import { remarkLintLostContent } from './rules/lost-content.ts';
import { remarkLintFootnoteReferences } from './rules/footnote-references.ts';
import { remarkLintPageIds } from './rules/page-ids.ts';
import { remarkLintNoImages } from './rules/no-images.ts';
import { remarkLintMdxComponents } from './rules/mdx-components.ts';
import { remarkLintTableCells } from './rules/table-cells.ts';
import { remarkLintNoFootnoteInHeading } from './rules/no-footnote-in-heading.ts';
import { remarkLintNoteEvidence, type NoteEvidenceOptions } from './rules/note-evidence.ts';
import { remarkLintTranslationGlosses } from './rules/translation-glosses.ts';

/** Parses an article's Markdown as the site does (GFM, frontmatter). Smart quotes, which change
 * heading slugs, are applied where slugs are made (anchor-ids.ts): nothing else the lint
 * checks depends on them. */
export function articleParser() {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
}

/** The rules on an article's text, without a parser: the build runs them on the tree its
 * renderer parses (src/corpus/remark-lint-findings.ts), and checks the frontmatter apart (src/corpus/article-frontmatter.ts). */
export function bodyLinter(links: InternalLinkOptions, evidence?: NoteEvidenceOptions) {
  return unified().use(remarkLint).use(bodyRules(links, evidence));
}

/** Every rule on the text (all but the frontmatter's), set to fail. */
function bodyRules(links: InternalLinkOptions, evidence?: NoteEvidenceOptions): Preset {
  return {
    plugins: [
      // `[@key]` opens a note naming a source record (rules/note-evidence.ts), not a link.
      [remarkLintNoUndefinedReferences, ['error', { allow: [/^@[a-z0-9-]*$/i] }]],
      [remarkLintNoUnusedDefinitions, ['error']],
      [remarkLintNoDuplicateDefinitions, ['error']],
      [remarkLintNoHtml, ['error']],
      [remarkLintLinkSchemes, ['error']],
      [remarkLintInternalLinks, ['error', links]],
      [remarkLintFootnoteLabels, ['error']],
      // A note held to a source record is the evidence rule's; the rest name a source in prose.
      ...(evidence?.required ? [] : [[remarkLintFootnoteSource, ['error']] satisfies PluggableList[number]]),
      [remarkLintNoFootnoteInHeading, ['error']],
      [remarkLintLostContent, ['error']],
      [remarkLintFootnoteReferences, ['error']],
      [remarkLintPageIds, ['error']],
      [remarkLintNoImages, ['error']],
      [remarkLintMdxComponents, ['error']],
      [remarkLintTableCells, ['error']],
      ...(evidence ? [[remarkLintNoteEvidence, ['error', evidence]] satisfies PluggableList[number]] : []),
      ...(evidence?.lang === 'ja' ? [[remarkLintTranslationGlosses, ['error', evidence]] satisfies PluggableList[number]] : []),
    ],
  };
}
