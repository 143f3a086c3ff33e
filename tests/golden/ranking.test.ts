/**
 * Group priority ranking (DESIGN §5.3), worked by hand. Keys: level 3, 2, 1; score ascending; points lost on
 * red-flag indicators (B1, F1) descending; members descending; id ascending.
 *
 *   id       audit                                         score  level  red-flag lost  members
 *   6001002  group B                                        31     3      0             55
 *   6001010  A with B1 no (97 − 8)                          89     3      8             104
 *   6001020  A with G3 no, B2 no, S1 (welfare 0) (97−7−8−5) 77     2      0             104
 *   6001030  A with overdue 80,001 (F1 10.0001 % → 0)        87     1      10            104
 *   6001040  A with G1 no, S2 no (97 − 5 − 5)                87     1      0             104
 *   6001050  as 6001040, members 100 → 110, savers 100       87     1      0             110
 *            (M1 100/110 = 90.9 % → 6, M2 +10 % → 5: same points)
 *   6001060  as 6001040                                      87     1      0             104
 *   6001001  group A                                         97     1      0             104
 *   6001070  A with G1 and G2 missing (13 > 10)              84     —      incomplete: listed apart
 *
 * Order: the two level 3 by score (31 < 89); the level 2; the four 87s: 6001030 first (10 red-flag points
 * lost), then 6001050 (110 members), then 6001040 before 6001060 (same members, by id); then A (97).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA } from '../../src/lib/health/default-criteria';
import { scoreAudit } from '../../src/lib/health/score';
import { rankGroups } from '../../src/lib/rank/rank';
import { membersIn } from '../../src/lib/aggregate/audit-year';
import { auditA, auditAWith, auditB, without } from './fixtures';

const audits = {
  '6001002': auditB(),
  '6001010': auditAWith({}, { B1: false }),
  '6001020': auditAWith({ welfare_paid: 0 }, { G3: false, B2: false }),
  '6001030': auditAWith({ overdue: 80_001 }),
  '6001040': auditAWith({}, { G1: false, S2: false }),
  '6001050': auditAWith({ members_start: 100, members_end: 110, regular_savers: 100 }, { G1: false, S2: false }),
  '6001060': auditAWith({}, { G1: false, S2: false }),
  '6001001': auditA(),
  '6001070': without(auditA(), 'G1', 'G2'),
};

describe('priority ranking, every tie-breaker in turn', () => {
  const scored = Object.entries(audits).map(([id, a]) => ({ id, audit: scoreAudit(a, DEFAULT_CRITERIA) }));

  it('has the hand-worked scores and levels', () => {
    const s = Object.fromEntries(scored.map((e) => [e.id, [Math.round(e.audit.score! * 1e6) / 1e6, e.audit.level]]));
    expect(s).toEqual({
      '6001002': [31, 3],
      '6001010': [89, 3],
      '6001020': [77, 2],
      '6001030': [87, 1],
      '6001040': [87, 1],
      '6001050': [87, 1],
      '6001060': [87, 1],
      '6001001': [97, 1],
      '6001070': [84, null],
    });
  });

  it('orders them by level, score, red-flag points lost, members, id; incomplete apart', () => {
    const entries = scored.map((e) => ({ ...e, members: membersIn({}, e.audit) ?? 0 }));
    const expected = ['6001002', '6001010', '6001020', '6001030', '6001050', '6001040', '6001060', '6001001'];
    expect(rankGroups(entries, DEFAULT_CRITERIA)).toEqual({ ranked: expected, incomplete: ['6001070'] });
    // The order is total: any input order gives the same ranking.
    expect(rankGroups([...entries].reverse(), DEFAULT_CRITERIA).ranked).toEqual(expected);
  });
});
