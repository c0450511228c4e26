import { describe, expect, it } from 'vitest';
import { editionRoles, isJoint, jointEditions, rolesText, showsRoles } from '../../src/pure/roles.ts';

describe('India’s and Japan’s roles in an edition', () => {
  it('takes a bilateral edition as joint, with its host as host', () => {
    expect(editionRoles({ host: 'Japan' })).toEqual({ india: 'participant', japan: 'host' });
    expect(editionRoles({})).toEqual({ india: 'participant', japan: 'participant' });
    expect(isJoint({ host: 'India' })).toBe(true);
  });

  it('never counts an observer or an absent country as taking part', () => {
    expect(isJoint({ roles: { india: 'host', japan: 'observer' } })).toBe(false);
    expect(isJoint({ roles: { india: 'participant', japan: 'absent' } })).toBe(false);
    const editions = [{ roles: { india: 'host', japan: 'observer' } }, { roles: { india: 'participant', japan: 'participant' } }, {}] as const;
    expect(jointEditions({ editions })).toHaveLength(2);
    expect(rolesText({ india: 'host', japan: 'observer' })).toBe('India: host; Japan: observer only');
  });

  it('shows a roles column for a multilateral series, or a bilateral one with a role recorded', () => {
    expect(showsRoles({ format: 'multilateral', editions: [] })).toBe(true);
    expect(showsRoles({ format: 'bilateral', editions: [{ roles: { india: 'host', japan: 'observer' } } as never] })).toBe(true);
    expect(showsRoles({ format: 'bilateral', editions: [{} as never] })).toBe(false);
  });
});
