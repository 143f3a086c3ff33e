import { describe, expect, it } from 'vitest';
import { activeIn, areaYear, MOST_FAILED_TOP } from '../../../src/lib/aggregate/area';
import { DEFAULT_CRITERIA } from '../../../src/lib/health/default-criteria';
import { scoreAudit } from '../../../src/lib/health/score';
import type { Group } from '../../../src/lib/schema/dataset';
import type { AuditRecord } from '../../../src/lib/schema/records';
import { auditA, auditAWith, auditB, MUEANG, NAKHON_SAWAN, PAK_NAM_PHO } from '../../golden/fixtures';

function group(id: string, audits: AuditRecord[], over: Partial<Group> = {}): Group {
  return {
    id, name: id, subdistrict: PAK_NAM_PHO, district: MUEANG, province: NAKHON_SAWAN, status: 'active',
    audits: audits.map((a) => scoreAudit(a, DEFAULT_CRITERIA)),
    ...over,
  };
}

describe('areaYear', () => {
  it('an area with no active group: coverage and scores null, sums 0', () => {
    const y = areaYear([group('6001004', [], { status: 'inactive' })], 2567, DEFAULT_CRITERIA);
    expect(y).toMatchObject({ active: 0, audited: 0, coverage: null, meanScore: null, medianScore: null, members: 0, savings: 0, loans: 0, overdueRatio: null, mostFailed: [], ranking: [], notAudited: [] });
    expect(Object.values(y.indicatorMedians).every((v) => v === null)).toBe(true);
    expect(Object.keys(y.indicatorMedians)).toEqual(DEFAULT_CRITERIA.indicators.map((i) => i.code));
  });

  it('keeps the top 5 failed indicators, share descending then code, only shares above 0', () => {
    // B fails 10 indicators; C (A with G3 no, S2 no) fails G3 and S2 too → G3, S2 at 2/3; then B2 B3 F1 at 1/3
    const y = areaYear([group('a', [auditA()]), group('b', [auditB()]), group('c', [auditAWith({}, { G3: false, S2: false })])], 2567, DEFAULT_CRITERIA);
    expect(MOST_FAILED_TOP).toBe(5);
    expect(y.mostFailed.map((m) => m.code)).toEqual(['G3', 'S2', 'B2', 'B3', 'F1']);
    expect(y.mostFailed[0]!.share).toBeCloseTo(2 / 3, 5);
    expect(y.mostFailed[2]!.share).toBeCloseTo(1 / 3, 5);
  });

  it('a missing or n/a indicator is not a failure; its value is not in the median', () => {
    const noLoans = auditAWith({ loans_outstanding: 0, overdue: 0 });
    const y = areaYear([group('a', [noLoans]), group('b', [auditB()])], 2567, DEFAULT_CRITERIA);
    expect(y.indicatorMedians.F1).toBeCloseTo(60_000 / 380_000, 5); // only B has an F1 value
    expect(y.mostFailed.find((m) => m.code === 'F1')!.share).toBe(0.5);
  });

  it('uses only the fiscal year asked for', () => {
    const old = { ...auditB(), fiscalYear: 2566, date: '2023-05-01' };
    const y = areaYear([group('a', [old, auditA()])], 2566, DEFAULT_CRITERIA);
    expect(y.ranking).toEqual(['a']);
    expect(y.meanScore).toBeCloseTo(31, 9);
    expect(y.members).toBe(55);
  });
});

describe('activeIn', () => {
  it('FY 2567 ends 2024-09-30; a group founded that day exists, one founded the next day does not', () => {
    expect(activeIn(group('a', [], { founded: '2024-09-30' }), 2567)).toBe(true);
    expect(activeIn(group('a', [], { founded: '2024-10-01' }), 2567)).toBe(false);
    expect(activeIn(group('a', [], { founded: '2024-10-01' }), 2568)).toBe(true);
  });
  it('an inactive group counts only in a year it was audited', () => {
    const g = group('a', [auditA()], { status: 'inactive' });
    expect(activeIn(g, 2567)).toBe(true);
    expect(activeIn(g, 2568)).toBe(false);
  });
});
