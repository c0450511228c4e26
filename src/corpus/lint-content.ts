/**
 * Lints every article and exercise data file. The articles go through the article pass
 * (src/corpus/article-pass.ts): each is parsed once, on every core, and not at all when the
 * article cache already holds its findings; links between articles are checked once every
 * article's ids are known. The data files are checked against those ids.
 */
import type { VFile } from 'vfile';
import { articlePass } from './article-pass.ts';
import type { NamedSeries } from '../content-lint/exercise-mentions.ts';
import { lintExercises } from './lint-exercises.ts';
import { lintCorrections, type CorrectionTargets } from './lint-corrections.ts';
import { lintTerms } from './lint-terms.ts';
import { readSourceRecords, recordsUnder } from './source-records.ts';
import { SITE_EVIDENCE, type EvidenceContext } from './article-cache.ts';
import { isoDate } from '../pure/dates.ts';
import { editionId } from '../pure/exercises.ts';
import { CORRECTION_FILES, EXERCISE_FILES, TERM_FILES } from '../pure/content-names.ts';
import { readYaml } from '../pure/read-yaml.ts';
import { shownText } from '../schemas/shown-text.ts';
import { readContentFolder, type ContentText } from './content-files.ts';

export interface LintOptions {
  /** The project root: reports name files relative to it; the article cache is under it. */
  root?: string;
  /** The site's base path, when the articles are rendered too (for a build). */
  base?: string;
  /** Render the articles into the cache as well, for the build that follows. */
  render?: boolean;
  /** The source records the notes cite, and whether every note must: the site's own
   * (content/sources, required unless CONTENT_DIR points at a generated corpus) unless said. */
  evidence?: EvidenceContext;
  /** The corrections folder: none is read when unset (a generated corpus has none). */
  correctionsDir?: string;
  /** The term list's folder (content/terms): none is read when unset. */
  termsDir?: string;
  /** Refuse publication dates after today: on for the site's own content, off for a
   * generated corpus (CONTENT_DIR), whose articles are dated years ahead. */
  refuseFutureDates?: boolean;
}

const seriesName = shownText('the name');

/** Each data file's series name and article, where it has both (lintExercises reports the
 * rest), and the ids of its editions' rows, which the article's page will have. */
function seriesData(texts: readonly ContentText[]): { series: NamedSeries[]; dataIds: Map<string, Set<string>> } {
  const series: NamedSeries[] = [];
  const dataIds = new Map<string, Set<string>>();
  for (const { text } of texts) {
    try {
      const data = readYaml(text) as Partial<Record<'name' | 'article' | 'editions', unknown>> | null;
      const { name: named, article, editions } = data ?? {};
      // A name that shows nothing (blank, invisible) would be "mentioned" everywhere: the
      // data lint refuses it on its own file, and it names no series here.
      if (seriesName.safeParse(named).success && typeof named === 'string' && typeof article === 'string' && !series.some((other) => other.name === named && other.article === article)) series.push({ name: named, article });
      if (typeof article !== 'string' || !Array.isArray(editions)) continue;
      const ids = dataIds.get(article) ?? new Set<string>();
      for (const edition of editions as unknown[]) {
        const label = (edition as { label?: unknown } | null)?.label;
        if (typeof label === 'string') ids.add(editionId({ label }));
      }
      dataIds.set(article, ids);
    } catch {
      // Not readable YAML: lintExercises says where.
    }
  }
  return { series, dataIds };
}

/** Every article and data file, with the messages found in each; no messages means all pass. */
export async function lintContent(articlesDir: string, exercisesDir: string, options: LintOptions = {}): Promise<VFile[]> {
  const root = options.root ?? process.cwd();
  const exercises = readContentFolder(exercisesDir, EXERCISE_FILES, root);
  const data = seriesData(exercises.texts);
  const refuse = options.refuseFutureDates ?? process.env['CONTENT_DIR'] === undefined;
  const { files, articles, drafts, unreadable, records } = await articlePass(articlesDir, {
    root,
    base: options.base ?? '/',
    render: options.render ?? false,
    dataIds: data.dataIds,
    series: data.series,
    ...(options.evidence && { evidence: options.evidence }),
    ...(refuse && { today: isoDate(new Date()) }),
  });
  const sourcesDir = (options.evidence ?? SITE_EVIDENCE).sourcesDir;
  const sources = recordsUnder(sourcesDir, root).records;
  const corrections = options.correctionsDir === undefined ? [] : correctionFiles(options.correctionsDir, root, { articles: new Set(articles.keys()), drafts, editions: new Set([...data.dataIds.values()].flatMap((ids) => [...ids])), records: sources, today: isoDate(new Date()) });
  // The records the Japanese names and the term list quote are in use, as the notes' are.
  const cited = new Set(records);
  const terms = options.termsDir === undefined ? [] : termFiles(options.termsDir, root, sources, cited);
  const exerciseFiles = lintExercises(exercises.texts, articles, drafts, unreadable, { records: sources, cited });
  return [...files, ...exerciseFiles, ...exercises.refused, ...sourceRecordFiles(sourcesDir, cited, root), ...corrections, ...terms];
}

/** The term list, with its problems; an absent folder holds none. */
function termFiles(dir: string, root: string, records: Parameters<typeof lintTerms>[1], cited: Set<string>): VFile[] {
  const folder = readContentFolder(dir, TERM_FILES, root);
  return [...lintTerms(folder.texts, records, cited), ...folder.refused];
}

/** The corrections, each with its problems; an absent folder holds none. */
function correctionFiles(dir: string, root: string, targets: CorrectionTargets): VFile[] {
  const folder = readContentFolder(dir, CORRECTION_FILES, root);
  return [...lintCorrections(folder.texts, targets), ...folder.refused];
}

/** The source records, each with its problems, and a warning on each that no article cites. */
function sourceRecordFiles(dir: string, cited: ReadonlySet<string>, root: string): VFile[] {
  const { files } = readSourceRecords(dir, root);
  for (const file of files) {
    const key = file.stem ?? '';
    if (cited.has(key) || file.messages.some((message) => message.fatal)) continue;
    file.message(`No article cites \`@${key}\`: cite it where its words support a claim, or remove the record`, { place: { line: 1, column: 1 }, ruleId: 'source-unused', source: 'site' });
  }
  return files;
}

/** Every article under `dir`, with the messages found in each; their notes cite the records in `sourcesDir`. */
export async function lintArticles(dir: string, root = process.cwd(), evidence: EvidenceContext = SITE_EVIDENCE): Promise<VFile[]> {
  return (await articlePass(dir, { root, base: '/', render: false, today: isoDate(new Date()), evidence })).files;
}
