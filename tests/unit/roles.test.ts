import { describe, expect, it } from 'vitest';
import { editionCaveat, editionRoles, isJoint, isObserverOnly, jointEditions, roleWords, rolesText, showsRoles } from '../../src/pure/roles.ts';
import { otherEditionsText, plural, recordCounts } from '../../src/pure/record-counts.ts';

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

describe('limited roles and editions not reported held', () => {
  const cobraGold = { roles: { india: 'limited', japan: 'participant' }, roleWording: { india: 'additional participant' } } as const;

  it('counts a limited role as taking part, always with the sources’ words', () => {
    expect(isJoint(cobraGold)).toBe(true);
    expect(isObserverOnly(cobraGold)).toBe(false);
    expect(roleWords('limited', 'observer plus')).toBe('limited part (“observer plus”)');
    expect(editionCaveat(cobraGold)).toBe('India: limited part (“additional participant”); Japan: took part');
  });

  it('never counts a planned or unconfirmed edition as joint, and says which it is', () => {
    expect(isJoint({ status: 'planned' })).toBe(false);
    expect(isJoint({ roles: { india: 'participant', japan: 'participant' }, status: 'unconfirmed' })).toBe(false);
    expect(editionCaveat({ status: 'planned' })).toBe('planned, not yet reported held');
    expect(editionCaveat({ roles: { india: 'host', japan: 'observer' }, status: 'unconfirmed' })).toBe('not confirmed as held; India: host; Japan: observer only');
    expect(editionCaveat({})).toBe('');
  });

  it('counts the record by kind, each edition once', () => {
    const editions = [{}, cobraGold, { roles: { india: 'observer', japan: 'participant' } }, { status: 'planned' }, { roles: { india: 'host', japan: 'observer' }, status: 'unconfirmed' }] as const;
    const counts = recordCounts([{ editions }, { editions: [{}] }]);
    expect(counts).toEqual({ series: 2, editions: 6, joint: 3, limited: 1, observerOnly: 1, notHeld: 2 });
    expect(counts.joint + counts.observerOnly + counts.notHeld).toBe(counts.editions);
    expect(otherEditionsText(counts)).toBe('in 1 other one of the two only observed or was absent; 2 others are planned or not confirmed as held');
    expect(otherEditionsText({ observerOnly: 0, notHeld: 0 })).toBe('');
    expect(plural(3, 'series')).toBe('3 series');
  });
});
