import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA } from '../../../src/lib/health/default-criteria';
import { scoreAudit } from '../../../src/lib/health/score';
import { compareForRanking, rankGroups, rankMembers } from '../../../src/lib/rank/rank';
import { auditA, auditAWith, auditB, without } from '../../golden/fixtures';

const s = (a: Parameters<typeof scoreAudit>[0]) => scoreAudit(a, DEFAULT_CRITERIA);

describe('rankGroups', () => {
  it('empty in, empty out', () => {
    expect(rankGroups([], DEFAULT_CRITERIA)).toEqual({ ranked: [], incomplete: [] });
  });
  it('level beats score: a level-3 89 (red flag) comes before a level-2 77', () => {
    const red = { id: 'b', audit: s(auditAWith({}, { B1: false })) };
    const fair = { id: 'a', audit: s(auditAWith({ welfare_paid: 0 }, { G3: false, B2: false })) };
    expect(rankGroups([fair, red], DEFAULT_CRITERIA).ranked).toEqual(['b', 'a']);
  });
  it('members decide only after red-flag points lost; missing members count as 0', () => {
    const x = { id: 'x', audit: s(auditAWith({}, { G1: false, S2: false })) };
    const y = { id: 'y', audit: s(auditAWith({}, { G1: false, S2: false })), members: 5 };
    expect(rankGroups([x, y], DEFAULT_CRITERIA).ranked).toEqual(['y', 'x']);
  });
  it('incomplete audits are listed apart, sorted by id', () => {
    const inc = (id: string) => ({ id, audit: s(without(auditA(), 'G1', 'G2')) });
    expect(rankGroups([inc('z9z'), { id: 'b', audit: s(auditB()) }, inc('a1a')], DEFAULT_CRITERIA)).toEqual({
      ranked: ['b'],
      incomplete: ['a1a', 'z9z'],
    });
  });
  it('the comparator is antisymmetric (a total order)', () => {
    const cmp = compareForRanking(DEFAULT_CRITERIA);
    const e = [auditA(), auditB(), auditAWith({ overdue: 80_001 }), auditAWith({}, { G1: false, S2: false })].map((a, i) => ({ id: `g${i}0`, audit: s(a) }));
    for (const a of e) for (const b of e) expect(Math.sign(cmp(a, b)) + Math.sign(cmp(b, a))).toBe(0);
    for (const a of e) for (const b of e) if (a !== b) expect(cmp(a, b)).not.toBe(0);
  });
});

describe('rankMembers', () => {
  it('prefers the audit\'s members_end, then the registry figure, then 0', () => {
    expect(rankMembers(s(auditA()), 1)).toBe(104);
    const { members_end: _m, ...f } = auditA().financials;
    expect(rankMembers(s({ ...auditA(), financials: f }), 90)).toBe(90);
    expect(rankMembers(s({ ...auditA(), financials: f }))).toBe(0);
  });
});
