/**
 * What India and Japan did in each edition. A bilateral edition is joint by definition; in a
 * multilateral one the data says each country's role, and an observer or an absent country
 * is never counted as taking part: a reader must not take an observer for a participant. A
 * `limited` role counts as taking part but is always shown with the sources' words for it,
 * and an edition only planned or unconfirmed is never counted as held.
 */
import { ui } from '../i18n/index.ts';
import type { Lang } from '../i18n/languages.ts';
import type { Edition, Exercise } from '../schemas/exercise.ts';

export type Role = 'participant' | 'host' | 'limited' | 'observer' | 'absent';
export type Country = 'india' | 'japan';

export interface EditionRoles {
  india: Role;
  japan: Role;
}

type RoleFields = Pick<Edition, 'roles' | 'host'>;
type JointFields = Pick<Edition, 'roles' | 'host' | 'status'>;

/** The roles in `edition` of `exercise`: as written, or, for a bilateral edition, both
 * taking part with the host (where recorded) as host. */
export function editionRoles(edition: RoleFields): EditionRoles {
  if (edition.roles) return edition.roles;
  return { india: edition.host === 'India' ? 'host' : 'participant', japan: edition.host === 'Japan' ? 'host' : 'participant' };
}

/** Whether both countries' forces took part (as participant, host or in a limited role) in an
 * edition reported held. */
export function isJoint(edition: JointFields): boolean {
  const { india, japan } = editionRoles(edition);
  return edition.status === undefined && takesPart(india) && takesPart(japan);
}

export function takesPart(role: Role): boolean {
  return role === 'participant' || role === 'host' || role === 'limited';
}

/** Whether either country only observed (or was absent from) an edition: observer-only editions
 * are recorded and shown as such, never counted as joint. */
export function isObserverOnly(edition: RoleFields): boolean {
  const { india, japan } = editionRoles(edition);
  return !takesPart(india) || !takesPart(japan);
}

/** The editions in which both forces took part. */
export function jointEditions<T extends JointFields>(exercise: { editions: readonly T[] }): T[] {
  return exercise.editions.filter(isJoint);
}

/** Whether the series records both countries' roles edition by edition (multilateral editions
 * in it, or an edition where one of them did not take part), so pages show a roles column. */
export function showsRoles(exercise: Pick<Exercise, 'format' | 'editions'>): boolean {
  return exercise.format === 'multilateral' || exercise.editions.some((edition) => edition.roles !== undefined);
}

/** A country's role in words, with the sources' own words for a limited role:
 * "limited part (“additional participant”)". */
export function roleWords(role: Role, wording?: string, lang: Lang = 'en'): string {
  const t = ui(lang).exercises;
  return role === 'limited' && wording ? t.roleWithWording(t.roles[role], wording) : t.roles[role];
}

/** "India: host; Japan: observer only": the two roles in words. */
export function rolesText(roles: EditionRoles, wording: Edition['roleWording'] = {}, lang: Lang = 'en'): string {
  return ui(lang).exercises.rolesText(roleWords(roles.india, wording.india, lang), roleWords(roles.japan, wording.japan, lang));
}

/** "planned, not yet reported held": what an edition's status means, for tables and marks. */
export function statusWords(status: NonNullable<Edition['status']>, lang: Lang = 'en'): string {
  return ui(lang).exercises.status[status];
}

/** What a reader must be told beside an edition's name for it not to be read as a plain
 * joint edition: its status, and the roles where one of them is not a full part; else ''. */
export function editionCaveat(edition: Pick<Edition, 'roles' | 'host' | 'status' | 'roleWording'>, lang: Lang = 'en'): string {
  const roles = editionRoles(edition);
  const plain = takesPart(roles.india) && takesPart(roles.japan) && roles.india !== 'limited' && roles.japan !== 'limited';
  const parts = [edition.status ? statusWords(edition.status, lang) : '', plain ? '' : rolesText(roles, edition.roleWording, lang)].filter((part) => part !== '');
  return ui(lang).exercises.joinParts(parts);
}
