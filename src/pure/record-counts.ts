/**
 * How many editions the record holds, and of what kind: every count of joint editions the
 * site prints comes from here, so an observer-only, planned or unconfirmed edition can
 * never be counted as a joint one on one page and not on another.
 */
import { ui } from '../i18n/index.ts';
import type { Lang } from '../i18n/languages.ts';
import type { Edition } from '../schemas/exercise.ts';
import { editionRoles, isJoint, isObserverOnly } from './roles.ts';

type CountedEdition = Pick<Edition, 'roles' | 'host' | 'status'>;

export interface RecordCounts {
  series: number;
  editions: number;
  /** Held, and both countries' forces took part. */
  joint: number;
  /** Of the joint ones: those where one of the two took part only in a limited role. */
  limited: number;
  /** Held, with one of the two only an observer or absent. */
  observerOnly: number;
  /** Planned, or announced and never confirmed as held. */
  notHeld: number;
}

export function recordCounts(series: readonly { editions: readonly CountedEdition[] }[]): RecordCounts {
  const editions = series.flatMap((exercise) => exercise.editions);
  const joint = editions.filter(isJoint);
  const limited = joint.filter((edition) => Object.values(editionRoles(edition)).includes('limited'));
  return {
    series: series.length,
    editions: editions.length,
    joint: joint.length,
    limited: limited.length,
    observerOnly: editions.filter((edition) => edition.status === undefined && isObserverOnly(edition)).length,
    notHeld: editions.filter((edition) => edition.status !== undefined).length,
  };
}

/** "1 edition", "2 editions"; "series" is its own plural. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 || word.endsWith('series') ? '' : 's'}`;
}

/** The sentence that says what the other editions are, beside the joint count:
 * "in 9 others one of the two only observed or was absent; 2 are planned or not confirmed as held". */
export function otherEditionsText(counts: Pick<RecordCounts, 'observerOnly' | 'notHeld'>, lang: Lang = 'en'): string {
  const t = ui(lang).exercises;
  const parts = [counts.observerOnly > 0 ? t.counts.observerOthers(counts.observerOnly) : '', counts.notHeld > 0 ? t.counts.notHeldOthers(counts.notHeld) : ''];
  return t.counts.join(parts.filter((part) => part !== ''));
}
