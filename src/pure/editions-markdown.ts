/**
 * A series' editions as a GFM table, for the article's Markdown copy (article-markdown.ts):
 * the same columns and words as the page's editions table (src/components/EditionsTable.astro),
 * each row's notes as footnote references numbered as on the page, so the table and the notes
 * below it agree.
 */
import type { PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { Exercise } from '../schemas/exercise.ts';
import { editionDates, ordinal } from './exercises.ts';
import { forceNames, placesText } from './exercise-text.ts';
import { editionRoles, roleWords, showsRoles, statusWords } from './roles.ts';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const cell = (children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });

/** Footnote references to the notes `labels`, by the numbers the page gives them. */
function noteReferences(labels: readonly string[], numbers: ReadonlyMap<string, number>): PhrasingContent[] {
  return labels.flatMap((label): PhrasingContent[] => {
    const number = numbers.get(label);
    return number === undefined ? [] : [{ type: 'footnoteReference', identifier: String(number), label: String(number) }];
  });
}

/** The blocks that stand for the series' editions: a heading and the table. */
export function editionsMarkdown(exercise: Exercise, numbers: ReadonlyMap<string, number>): RootContent[] {
  const roles = showsRoles(exercise);
  const columns = ['Edition', 'Dates', 'Place', 'Host', ...(roles ? ['India and Japan'] : []), 'Taking part', 'Notes'];
  const rows = exercise.editions.map((edition): TableRow => {
    const forces = forceNames(edition).map((force) => force.name);
    const takingPart = [forces.join(', '), edition.remark ?? ''].filter((part) => part !== '').join('. ');
    const alternatives = edition.alternatives.flatMap((alternative, index) => [text(`${takingPart || index > 0 ? ' ' : ''}Other account: ${alternative.claim}`), ...noteReferences(alternative.notes, numbers)]);
    const both = editionRoles(edition);
    const rolesCell = (['india', 'japan'] as const).map((country) => `${country === 'india' ? 'India' : 'Japan'}: ${roleWords(both[country], edition.roleWording?.[country])}`).join('; ');
    return {
      type: 'tableRow',
      children: [
        cell([text(edition.number === undefined ? edition.label : `${edition.label} (${ordinal(edition.number)})`)]),
        cell([text(edition.status ? `${editionDates(edition)} (${statusWords(edition.status)})` : editionDates(edition))]),
        cell([text(placesText(edition) || '—')]),
        cell([text(edition.host ?? `not recorded: ${edition.hostUnrecorded ?? ''}`)]),
        ...(roles ? [cell([text(rolesCell)])] : []),
        cell([text(takingPart || (alternatives.length > 0 ? '' : '—')), ...alternatives]),
        cell(noteReferences(edition.notes, numbers)),
      ],
    };
  });
  const table: Table = { type: 'table', align: columns.map(() => null), children: [{ type: 'tableRow', children: columns.map((name) => cell([text(name)])) }, ...rows] };
  return [{ type: 'heading', depth: 3, children: [text(`${exercise.name}: editions on record`)] }, table];
}
