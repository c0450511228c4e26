/**
 * Lints the exercise data files: each must match the exercise schema as written, name an
 * article that exists, and cite only footnote labels that article defines, so every fact
 * in the data resolves to a source a reader can follow.
 */
import type { VFile } from 'vfile';
import { exerciseSchema } from '../schemas/exercise.ts';
import { citedNotes, compactTableHeadingId, editionId } from '../pure/exercises.ts';
import { noteId } from '../pure/note-ids.ts';
import { checkYaml, lineAndColumn, offsetOf } from '../content-lint/yaml-check.ts';
import type { ContentText } from './content-files.ts';
import { japaneseNameProblems } from './lint-japanese-names.ts';
import type { QuotableRecord } from '../pure/quoted-evidence.ts';

/** The source records the Japanese names quote (src/corpus/lint-japanese-names.ts); `cited`
 * collects the keys quoted, which are then in use. Without them, no name is checked. */
export interface NameEvidence {
  records: ReadonlyMap<string, QuotableRecord>;
  cited?: Set<string>;
}

function fail(file: VFile, reason: string, place: { line: number; column: number }, ruleId: string): void {
  file.message(reason, { place, ruleId, source: 'site' }).fatal = true;
}

/** Problems in the data files read (src/corpus/content-files.ts), given each article's slug and the ids its page will have. */
export function lintExercises(texts: readonly ContentText[], articles: ReadonlyMap<string, ReadonlySet<string>>, drafts: ReadonlySet<string> = new Set(), unreadable: ReadonlySet<string> = new Set(), names?: NameEvidence): VFile[] {
  const editions: Edition[] = [];
  const files = texts.map(({ text, file }) => {
      const { data, problems, written } = checkYaml(text, exerciseSchema, 'Exercise data');
      for (const { reason, offset } of problems) fail(file, reason, lineAndColumn(text, offset), 'exercise-schema');
      if (!data) return file;
      if (names) {
        for (const { reason, path } of japaneseNameProblems(data, names.records)) fail(file, reason, lineAndColumn(text, (written && offsetOf(written.document, path)) ?? 0), 'exercise-name-ja');
        for (const nameJa of [data.nameJa, ...data.editions.map((edition) => edition.nameJa)]) for (const { source } of nameJa?.evidence ?? []) names.cited?.add(source);
      }
      for (const [index, edition] of data.editions.entries()) {
        const offset = written ? offsetOf(written.document, ['editions', index, 'label']) : undefined;
        editions.push({ file, at: lineAndColumn(text, offset ?? 0), article: data.article, label: edition.label });
      }
      const articleAt = lineAndColumn(text, Math.max(0, text.search(/^article:/m)));
      // An article that could not be read is refused on its own file: nothing to check against.
      if (unreadable.has(data.article)) return file;
      const ids = articles.get(data.article);
      if (!ids) {
        fail(file, `No article \`${data.article}\`: write content/articles/${data.article}.md or correct \`article\``, articleAt, 'exercise-article');
        return file;
      }
      if (drafts.has(data.article)) {
        fail(file, `The article \`${data.article}\` is a draft, never published: the series would link to a page that does not exist; publish it first`, articleAt, 'exercise-article');
      }
      if (data.section && !ids.has(data.section)) {
        const at = lineAndColumn(text, Math.max(0, text.search(/^section:/m)));
        fail(file, `content/articles/${data.article}.md has no heading with the id \`${data.section}\`: write a section about ${data.name} there, or correct \`section\``, at, 'exercise-section');
      }
      const tableHeading = data.section && compactTableHeadingId(data);
      if (tableHeading && ids.has(tableHeading)) {
        const at = lineAndColumn(text, Math.max(0, text.search(/^section:/m)));
        fail(file, `content/articles/${data.article}.md has a heading with the id \`${tableHeading}\`, which the page gives ${data.name}'s table of editions: reword that heading`, at, 'exercise-section');
      }
      if (!data.section && !ids.has('editions')) {
        fail(file, `content/articles/${data.article}.md has no \`## Editions\` section: the page sets ${data.name}'s timeline, map and table of editions at its start; add the heading`, articleAt, 'exercise-section');
      }
      for (const label of citedNotes(data)) {
        if (ids.has(noteId(label))) continue;
        const at = lineAndColumn(text, Math.max(0, text.search(new RegExp(`(?<=[[ ,])${label}(?=[\\],])`))));
        fail(file, `The note \`${label}\` is not a footnote of content/articles/${data.article}.md: cite one of its footnote labels`, at, 'exercise-notes');
      }
      return file;
  });
  // Files with problems of their own are left out: their data is not what will be built.
  duplicateEditionIds(editions.filter(({ file }) => !file.messages.some((message) => message.fatal)));
  return files;
}

/** An edition's label, where it is written, and the article whose page shows its row. */
interface Edition {
  file: VFile;
  at: { line: number; column: number };
  article: string;
  label: string;
}

/** Two editions on one page (one series, or series sharing an article) whose labels give the
 * same row id (`edition-jimex-24`): links would reach only the first. Each is reported. */
function duplicateEditionIds(editions: readonly Edition[]): void {
  const byId = Map.groupBy(editions, ({ article, label }) => `${article} ${editionId({ label })}`);
  for (const group of byId.values()) {
    if (group.length < 2) continue;
    for (const edition of group) {
      const { file, at, label } = edition;
      // The others by place, not by label: a label written twice is its own duplicate.
      const others = group.filter((other) => other !== edition).map((other) => `"${other.label}" (${other.file === file ? 'line ' : `${other.file.path}:`}${other.at.line})`);
      fail(file, `The edition "${label}" gets the same id on its page as ${others.join(', ')} (\`${editionId({ label })}\`): make the labels differ by more than punctuation or case`, at, 'exercise-edition-ids');
    }
  }
}
