/**
 * What India and Japan did in each edition. A bilateral edition is joint by definition; in a
 * multilateral one the data says each country's role, and an observer or an absent country
 * is never counted as taking part: a reader must not take an observer for a participant.
 */
import type { Edition, Exercise } from '../schemas/exercise.ts';

export type Role = 'participant' | 'host' | 'observer' | 'absent';

export interface EditionRoles {
  india: Role;
  japan: Role;
}

/** The roles in `edition` of `exercise`: as written, or, for a bilateral edition, both
 * taking part with the host (where recorded) as host. */
export function editionRoles(edition: Pick<Edition, 'roles' | 'host'>): EditionRoles {
  if (edition.roles) return edition.roles;
  return { india: edition.host === 'India' ? 'host' : 'participant', japan: edition.host === 'Japan' ? 'host' : 'participant' };
}

/** Whether both countries' forces took part (as participant or host). */
export function isJoint(edition: Pick<Edition, 'roles' | 'host'>): boolean {
  const { india, japan } = editionRoles(edition);
  return takesPart(india) && takesPart(japan);
}

export function takesPart(role: Role): boolean {
  return role === 'participant' || role === 'host';
}

/** The editions in which both forces took part. */
export function jointEditions<T extends Pick<Edition, 'roles' | 'host'>>(exercise: { editions: readonly T[] }): T[] {
  return exercise.editions.filter(isJoint);
}

/** Whether the series records both countries' roles edition by edition (multilateral editions
 * in it, or an edition where one of them did not take part), so pages show a roles column. */
export function showsRoles(exercise: Pick<Exercise, 'format' | 'editions'>): boolean {
  return exercise.format === 'multilateral' || exercise.editions.some((edition) => edition.roles !== undefined);
}

const ROLE_WORDS: Record<Role, string> = {
  participant: 'took part',
  host: 'host',
  observer: 'observer only',
  absent: 'absent',
};

/** "India: host; Japan: observer only": the two roles in words. */
export function rolesText(roles: EditionRoles): string {
  return `India: ${ROLE_WORDS[roles.india]}; Japan: ${ROLE_WORDS[roles.japan]}`;
}

export function roleWords(role: Role): string {
  return ROLE_WORDS[role];
}
