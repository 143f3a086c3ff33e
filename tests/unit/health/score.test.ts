import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA } from '../../../src/lib/health/default-criteria';
import { bandPoints, inBand, measure, scoreAudit, scoreIndicator } from '../../../src/lib/health/score';
import type { Criteria, Indicator } from '../../../src/lib/schema/criteria';
import type { AuditRecord } from '../../../src/lib/schema/records';
import { auditA, auditAWith, auditB } from '../../golden/fixtures';

const ind = (code: string): Indicator => DEFAULT_CRITERIA.indicators.find((i) => i.code === code)!;
const rec = (financials: AuditRecord['financials'], answers: AuditRecord['answers'] = {}) => ({ financials, answers });

describe('inBand / bandPoints', () => {
  it('is inclusive at both ends by default, within 1e-9', () => {
    expect(inBand(0.1 + 0.2, { max: 0.3, points: 1 })).toBe(true); // 0.30000000000000004
    expect(inBand(0.3, { min: 0.1 + 0.2, points: 1 })).toBe(true);
    expect(inBand(0.3000001, { max: 0.3, points: 1 })).toBe(false);
  });
  it('honours exclusive ends', () => {
    const b = { min: 0.9, max: 1, minExclusive: true, points: 3 };
    expect(inBand(0.9, b)).toBe(false);
    expect(inBand(0.9 + 1e-12, b)).toBe(false); // float noise is not "above"
    expect(inBand(0.9001, b)).toBe(true);
    expect(inBand(0.7, { min: 0.5, max: 0.7, maxExclusive: true, points: 3 })).toBe(false);
  });
  it('first matching band wins; none → 0', () => {
    expect(bandPoints(0.95, ind('M1').bands)).toBe(6);
    expect(bandPoints(0.8, ind('M1').bands)).toBe(3);
    expect(bandPoints(0.5, ind('M1').bands)).toBe(0);
  });
});

describe('float boundaries hit the thresholds as written', () => {
  it('F1 50 / 1000 = 0.05 → 10', () => {
    expect(scoreIndicator(ind('F1'), rec({ overdue: 50, loans_outstanding: 1000 }))).toMatchObject({ value: 0.05, points: 10, status: 'pass' });
  });
  it('F4 0.3 / (2.1 + 0.3 + 0.6) computes to 0.09999999999999999 yet is 10 % → 5', () => {
    const r = scoreIndicator(ind('F4'), rec({ reserve: 0.3, savings: 2.1, other_funds: 0.6 }));
    expect(r.value as number).toBeLessThan(0.1);
    expect(r.points).toBe(5);
  });
  it('a 60 % cell (stored 0.6) passes M3', () => {
    expect(scoreIndicator(ind('M3'), rec({}, { M3: 0.6 })).points).toBe(4);
  });
  it('F1 (0.10 + 0.20 baht overdue) / 6 computes to 0.05000000000000001, yet is 5 % → 10 (≤ 5 % as written)', () => {
    const r = scoreIndicator(ind('F1'), rec({ overdue: 0.1 + 0.2, loans_outstanding: 6 }));
    expect(r.value as number).toBeGreaterThan(0.05);
    expect(r.points).toBe(10);
  });
});

describe('measures', () => {
  it('yes/no answers must be booleans; anything else is missing', () => {
    expect(measure(ind('G1'), rec({}, { G1: 1 }))).toEqual({ kind: 'missing' });
    expect(measure(ind('G1'), rec({}, { G1: null }))).toEqual({ kind: 'missing' });
    expect(measure(ind('G1'), rec({}, {}))).toEqual({ kind: 'missing' });
    expect(measure(ind('G1'), rec({}, { G1: false }))).toEqual({ kind: 'value', value: false });
  });
  it('count and percent answers must be numbers', () => {
    expect(measure(ind('G2'), rec({}, { G2: true }))).toEqual({ kind: 'missing' });
    expect(scoreIndicator(ind('G2'), rec({}, { G2: 0 }))).toMatchObject({ value: 0, points: 0, status: 'fail' });
  });
  it('ratio: zero denominator → n/a (even when the numerator is empty); missing or negative field → missing', () => {
    expect(measure(ind('F1'), rec({ loans_outstanding: 0 }))).toEqual({ kind: 'n/a' });
    expect(measure(ind('F1'), rec({ loans_outstanding: 0, overdue: 0 }))).toEqual({ kind: 'n/a' });
    expect(measure(ind('F1'), rec({ loans_outstanding: 100 }))).toEqual({ kind: 'missing' });
    expect(measure(ind('F1'), rec({ loans_outstanding: 100, overdue: -1 }))).toEqual({ kind: 'missing' });
    expect(measure(ind('F1'), rec({ loans_outstanding: -100, overdue: 1 }))).toEqual({ kind: 'missing' });
    // a denominator of several fields with one empty is missing, not n/a
    expect(measure(ind('F4'), rec({ reserve: 0, savings: 0 }))).toEqual({ kind: 'missing' });
  });
  it('M2 may be negative: (95 − 100) / 100 = −0.05 → 2', () => {
    expect(scoreIndicator(ind('M2'), rec({ members_start: 100, members_end: 95 }))).toMatchObject({ value: -0.05, points: 2, status: 'partial' });
  });
  it('positive: welfare 0 → no; absent → missing', () => {
    expect(scoreIndicator(ind('S1'), rec({ welfare_paid: 0 }))).toMatchObject({ value: false, points: 0, status: 'fail' });
    expect(scoreIndicator(ind('S1'), rec({}))).toMatchObject({ value: null, points: 0, max: 5, status: 'missing' });
  });
  it('positive + answer (F5): both yes → 4; a known no settles it; otherwise missing', () => {
    const f5 = (net_profit: number | undefined, F5: boolean | null | undefined) =>
      scoreIndicator(ind('F5'), rec(net_profit === undefined ? {} : { net_profit }, F5 === undefined ? {} : { F5 })).status;
    expect(f5(60_000, true)).toBe('pass');
    expect(f5(-5_000, true)).toBe('fail');
    expect(f5(0, true)).toBe('fail');
    expect(f5(60_000, false)).toBe('fail');
    expect(f5(-5_000, undefined)).toBe('fail');
    expect(f5(undefined, false)).toBe('fail');
    expect(f5(60_000, null)).toBe('missing');
    expect(f5(undefined, true)).toBe('missing');
  });
});

describe('scoreAudit', () => {
  it('copies financials in canonical field order and keeps the plan', () => {
    const a = auditA({ plan: [{ topic: 'F4', approach: 'จัดสรรกำไรเข้าทุนสำรองเพิ่ม', owner: 'เหรัญญิก' }] });
    const reordered = { ...a, financials: Object.fromEntries(Object.entries(a.financials).reverse()) };
    const s = scoreAudit(reordered, DEFAULT_CRITERIA);
    expect(Object.keys(s.financials)[0]).toBe('members_start');
    expect(s.plan).toEqual(a.plan);
  });

  it('an audit with every indicator n/a has no score and no level', () => {
    const c: Criteria = { ...DEFAULT_CRITERIA, indicators: [ind('F1')] };
    const s = scoreAudit(auditAWith({ loans_outstanding: 0 }), c);
    expect(s).toMatchObject({ score: null, level: null, incomplete: true, levelLabel: 'ข้อมูลไม่ครบ', priorities: [] });
  });

  it('an incomplete audit keeps its red flags but gets no level', () => {
    const a = auditAWith({}, { B1: false, G1: null, G2: null });
    const s = scoreAudit(a, DEFAULT_CRITERIA);
    expect(s.level).toBeNull();
    expect(s.incomplete).toBe(true);
    expect(s.redFlags.map((f) => f.code)).toEqual(['B1']);
  });

  it('is generic: a made-up two-indicator table with its own thresholds', () => {
    const c: Criteria = {
      id: 'test-1', th: 'ทดสอบ', en: 'test',
      dimensions: [{ code: 'S', th: 'สวัสดิการ', en: 'Benefits' }, { code: 'G', th: 'บริหาร', en: 'Governance' }],
      levels: { good: 50, fair: 25 },
      incompleteAbovePoints: 0,
      indicators: [
        { code: 'G9', dimension: 'G', th: 'ประชุม', en: 'meetings', max: 10, measure: { kind: 'answer', input: 'count' }, bands: [{ min: 4, points: 10 }, { min: 2, points: 4 }], redFlag: { when: 'above', value: 20 } },
        { code: 'S9', dimension: 'S', th: 'สวัสดิการ', en: 'welfare', max: 30, measure: { kind: 'positive', field: 'welfare_paid' }, bands: [] },
      ],
    };
    const base = { ...auditA(), answers: { G9: 3 }, financials: { welfare_paid: 0 } };
    // G9 3 → 4 of 10; S9 no → 0 of 30: 4 / 40 = 10 → level 3; priorities: S9 lost 30, G9 lost 6
    const s = scoreAudit(base, c);
    expect(s.score).toBeCloseTo(10, 12);
    expect(s.level).toBe(3);
    expect(s.priorities).toEqual(['G9', 'S9']); // G9 carries a red-flag rule, so it comes first
    expect(s.dimensions).toEqual([{ code: 'S', points: 0, max: 30 }, { code: 'G', points: 4, max: 10 }]);
    // welfare paid → 34 / 40 = 85 → level 1; 25 meetings → red flag above 20 (a count, no %)
    const t = scoreAudit({ ...base, answers: { G9: 25 }, financials: { welfare_paid: 1 } }, c);
    expect(t.score).toBe(100);
    expect(t.level).toBe(3);
    expect(t.redFlags[0]!.th).toContain('25 เกินเกณฑ์ 20');
    // incompleteAbovePoints 0: any missing indicator makes it incomplete
    expect(scoreAudit({ ...base, answers: {} }, c).incomplete).toBe(true);
  });

  it('priorities: equal points lost are ordered by dimension G, M, B, F, S then code', () => {
    // B: S1 5, S2 5, M2 5, F4 5 all lose 5 → M2, F4, S1, S2
    const p = scoreAudit(auditB(), DEFAULT_CRITERIA).priorities;
    expect(p.slice(4, 8)).toEqual(['M2', 'F4', 'S1', 'S2']);
  });

  it('is pure: scoring twice gives equal results and does not touch the input', () => {
    const a = auditA();
    const copy = structuredClone(a);
    expect(scoreAudit(a, DEFAULT_CRITERIA)).toEqual(scoreAudit(a, DEFAULT_CRITERIA));
    expect(a).toEqual(copy);
  });
});
