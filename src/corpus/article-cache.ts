/**
 * The article cache: what linting and rendering one article produced, stored under a digest
 * of everything that produced it, so an unchanged article is never parsed again. The key
 * covers the file's text, the site's base path, and the code and packages that lint and
 * render it (src/markdown, src/content-lint, src/pure, package-lock.json): any change to
 * those makes every key new. Entries live in Astro's cache folder (node_modules/.astro/) under
 * site-articles/, one JSON file each; deleting the folder only makes the next build cold.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EVIDENCE_REQUIRED, SOURCES_DIR } from '../content-dirs.ts';
import { recordsDigest } from './source-records.ts';
import type { NoteCitation } from '../pure/bibliography.ts';
import type { Root } from 'mdast';
import type { RenderedArticle } from '../markdown/render-body.ts';
import type { SectionLink } from '../pure/mentions.ts';
import type { FrontmatterFacts } from './article-frontmatter.ts';
import type { LintMessage } from './lint-message.ts';
import type { TranslationFacts } from '../content-lint/translation-match.ts';

export type { LintMessage } from './lint-message.ts';

/** The records an article's notes cite, and whether every note must cite one. */
export interface EvidenceContext {
  sourcesDir: string;
  required: boolean;
}

/** The site's own content: content/sources, and every note held to it. */
export const SITE_EVIDENCE: EvidenceContext = { sourcesDir: SOURCES_DIR, required: EVIDENCE_REQUIRED };

/** The project, where every build and test runs: its code is what the key covers, and the
 * cache is under it. (Not this module's URL: in a built page it is a bundle's, under dist/.) */
const PROJECT = process.cwd();

/** Names the folder of the entries: the content lint sets it, before a build, to site-articles/
 * in Astro's `cacheDir` (src/integrations/content-lint.ts). An environment variable, because
 * the built pages read the cache through a bundled copy of this module. */
export const ARTICLE_CACHE_ENV = 'SITE_ARTICLE_CACHE';

export function articleCacheDir(): string {
  return resolve(PROJECT, process.env[ARTICLE_CACHE_ENV] ?? 'node_modules/.astro/site-articles');
}

/** The folders and files whose code decides what an article lints and renders to. */
const PIPELINE_SOURCES = ['src/markdown', 'src/content-lint', 'src/pure', 'src/corpus', 'src/schemas', 'src/i18n', 'package-lock.json'];

/** A link to another article, checked once every article's ids are known. */
export interface LinkToCheck {
  url: string;
  line: number;
  column: number;
}

export interface ArticleOutcome {
  messages: LintMessage[];
  /** The ids the article's page will have (headings, notes). */
  anchors: string[];
  /** The bibliography entries (`/sources/#…` ids) its notes make. */
  sources: string[];
  /** The source records (keys) its notes cite. */
  records: string[];
  links: LinkToCheck[];
  /** The frontmatter's fields, draft and dates; absent when it has problems. */
  frontmatter?: FrontmatterFacts;
  /** The body's links to articles, with the section each is in: the "Mentioned in" lists. */
  sectionLinks: SectionLink[];
  /** Its notes' evidence and its links, which a translation of it must keep (and a
   * translation is checked by); absent when the text could not be parsed. */
  translation?: TranslationFacts;
  /** Absent when only the lint was asked for. */
  rendered?: RenderedArticle;
}

function filesUnder(root: string, path: string): string[] {
  const absolute = resolve(root, path);
  if (!existsSync(absolute)) return [];
  if (!statSync(absolute).isDirectory()) return [path];
  return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|js|mjs|json)$/.test(name))
    .sort()
    .map((name) => join(path, name));
}

let pipeline: string | undefined;

/** A digest of the code and packages that lint and render articles, once per process. */
export function pipelineDigest(): string {
  if (pipeline === undefined) {
    const hash = createHash('sha256');
    for (const file of PIPELINE_SOURCES.flatMap((path) => filesUnder(PROJECT, path))) hash.update(file).update('\0').update(readFileSync(resolve(PROJECT, file))).update('\0');
    pipeline = hash.digest('hex');
  }
  return pipeline;
}

/** The key of an article's entry: its text and path, the base path, the pipeline, the
 * exercise series it is checked against, and the source records its notes are printed from
 * and checked against, and the language it is rendered in (its words: the notes' heading,
 * the glosses). A changed record makes every
 * article new: records change seldom, and telling which articles cite one would mean parsing
 * them. */
export function articleKey(path: string, text: string, base: string, evidence: EvidenceContext = SITE_EVIDENCE, series: readonly unknown[] = [], lang = 'en'): string {
  const hash = createHash('sha256').update(pipelineDigest()).update('\0').update(recordsDigest(evidence.sourcesDir)).update(String(evidence.required)).update('\0').update(base).update('\0').update(lang).update('\0').update(path).update('\0').update(text);
  // The exercise series whose mentions must link (from the data): a renamed series is new work.
  if (series.length > 0) hash.update('\0').update(JSON.stringify(series));
  return hash.digest('hex');
}

/** An article's render as its page reads it: without the reader's Markdown tree, which is
 * kept in a file of its own for the `.md` copy alone (readReaderTree). */
export type PageRender = Omit<RenderedArticle, 'readerTree'>;

export function readEntry(key: string): (Omit<ArticleOutcome, 'rendered'> & { rendered?: PageRender }) | undefined {
  return readJson(key, '.json');
}

/** What the lint found in an article, and whether its entry holds the render too: all the
 * article pass reads of an unchanged article. */
export type Findings = Omit<ArticleOutcome, 'rendered'> & { rendered: boolean };

function readJson<T>(key: string, suffix: string): T | undefined {
  try {
    return JSON.parse(readFileSync(join(articleCacheDir(), `${key}${suffix}`), 'utf8')) as T;
  } catch {
    return undefined; // absent, or from a build that was stopped: work it out again
  }
}

/** The findings and the notes of an article are kept beside its entry, each in a small file:
 * the article pass and the bibliography read them for every article, and at 10,000 articles
 * reading every whole entry (its HTML) would take seconds. */
export function readFindings(key: string): Findings | undefined {
  return readJson<Findings>(key, '.lint.json');
}

export function readNotes(key: string): NoteCitation[] | undefined {
  return readJson<NoteCitation[]>(key, '.notes.json');
}

/** The reader's Markdown tree of a rendered article (remark-reader-tree.ts): only the article's
 * `.md` copy reads it, so the page does not parse it and the copy does not parse the page. */
export function readReaderTree(key: string): Root | undefined {
  return readJson<Root>(key, '.reader.json');
}

/** Writes a file whole or not at all (a temporary file, then a rename). */
function writeWhole(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/** Writes an entry, and beside it the findings and the notes of a rendered article. */
export function writeEntry(key: string, outcome: ArticleOutcome): void {
  const folder = articleCacheDir();
  mkdirSync(folder, { recursive: true });
  const { rendered, ...findings } = outcome;
  if (rendered) {
    const { readerTree, ...page } = rendered;
    writeWhole(join(folder, `${key}.notes.json`), JSON.stringify(rendered.notes));
    writeWhole(join(folder, `${key}.reader.json`), JSON.stringify(readerTree));
    writeWhole(join(folder, `${key}.json`), JSON.stringify({ ...findings, rendered: page }));
  } else writeWhole(join(folder, `${key}.json`), JSON.stringify(outcome));
  // The findings last: the pass takes an article as done only once they are there.
  writeWhole(join(folder, `${key}.lint.json`), JSON.stringify({ ...findings, rendered: rendered !== undefined } satisfies Findings));
}
