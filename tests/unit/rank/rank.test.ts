import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA } from '../../../src/lib/health/default-criteria';
import { scoreAudit } from '../../../src/lib/health/score';
import { rankGroups } from '../../../src/lib/rank/rank';
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
  it('points lost on red-flag indicators decide between equal levels and scores', () => {
    // Group A scores 97 (loses F4 3). x: overdue 48,000 / 800,000 = 6 % → F1 5 of 10: loses F1 5 + F4 3 = 8 → 92.
    // y: G1 no → loses G1 5 + F4 3 = 8 → 92. Both level 1, score 92; x lost 5 on a red-flag indicator (F1), y 0.
    const x = { id: 'x', audit: s(auditAWith({ overdue: 48_000 })) };
    const y = { id: 'y', audit: s(auditAWith({}, { G1: false })) };
    expect([x.audit.score, y.audit.score, x.audit.level, y.audit.level]).toEqual([92, 92, 1, 1]);
    expect(rankGroups([y, x], DEFAULT_CRITERIA).ranked).toEqual(['x', 'y']);
  });
  it('a total order: every order of the input gives the same ranking', () => {
    const e = [auditA(), auditB(), auditAWith({ overdue: 80_001 }), auditAWith({}, { G1: false, S2: false }), auditA()].map((a, i) => ({ id: `g${i}0`, audit: s(a) }));
    const expected = rankGroups(e, DEFAULT_CRITERIA).ranked;
    // B 31 (level 3) first; the two level-1 97s tie on everything but id: g00 before g40.
    expect(expected[0]).toBe('g10');
    expect(expected.indexOf('g00')).toBeLessThan(expected.indexOf('g40'));
    for (const order of [[...e].reverse(), [e[3]!, e[0]!, e[4]!, e[2]!, e[1]!]]) expect(rankGroups(order, DEFAULT_CRITERIA).ranked).toEqual(expected);
  });
});
