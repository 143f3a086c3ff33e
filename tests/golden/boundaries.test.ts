/**
 * Hand-worked cases (DESIGN §5.1–5.2). Each starts from group A (§5.4), whose points are
 *   G1 5 · G2 8 · G3 7 · G4 5 · M1 6 · M2 5 · M3 4 · B1 8 · B2 8 · B3 4 · F1 10 · F2 6 · F3 5 · F4 2/5 · F5 4 · S1 5 · S2 5
 *   = 97 of 100,
 * and changes one thing; the working of the new score is written beside each case.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA } from '../../src/lib/health/default-criteria';
import { scoreAudit } from '../../src/lib/health/score';
import type { AuditRecord } from '../../src/lib/schema/records';
import { auditAWith, without, auditA } from './fixtures';

const score = (a: AuditRecord) => scoreAudit(a, DEFAULT_CRITERIA);
const ind = (a: AuditRecord, code: string) => score(a).indicators.find((i) => i.code === code)!;
function expectScore(a: AuditRecord, expected: number, level: 1 | 2 | 3 | null) {
  const s = score(a);
  // The published score has 6 decimals (publishedFraction): 9200/95 = 96.842105263… is published as 96.842105.
  expect(Math.abs(s.score! - expected), `score ${s.score} ≠ ${expected}`).toBeLessThanOrEqual(5e-7);
  expect(s.level).toBe(level);
  return s;
}

describe('F1 overdue ÷ loans outstanding (loans 800,000): ≤ 5 % → 10; ≤ 10 % → 5; else 0; red flag > 20 %', () => {
  it('exactly 5 %: 40,000 / 800,000 = 0.05 → 10 (pass) → 97', () => {
    expect(ind(auditAWith({ overdue: 40_000 }), 'F1')).toMatchObject({ points: 10, status: 'pass' });
    expectScore(auditAWith({ overdue: 40_000 }), 97, 1);
  });
  it('just above 5 %: 40,001 / 800,000 = 5.0001 % → 5 (partial) → 97 − 5 = 92', () => {
    expect(ind(auditAWith({ overdue: 40_001 }), 'F1')).toMatchObject({ points: 5, status: 'partial' });
    expectScore(auditAWith({ overdue: 40_001 }), 92, 1);
  });
  it('exactly 10 %: 80,000 / 800,000 → 5 → 92', () => {
    expectScore(auditAWith({ overdue: 80_000 }), 92, 1);
  });
  it('just above 10 %: 80,001 / 800,000 → 0 (fail) → 87; F1 first in priorities (red-flag indicator)', () => {
    const s = expectScore(auditAWith({ overdue: 80_001 }), 87, 1);
    expect(s.priorities).toEqual(['F1', 'F4']);
  });
  it('exactly 20 %: 160,000 / 800,000 → 0 points but no red flag (not above 20 %) → 87, level 1', () => {
    const s = expectScore(auditAWith({ overdue: 160_000 }), 87, 1);
    expect(s.redFlags).toEqual([]);
  });
  it('25 %: 200,000 / 800,000 → 0 points, red flag → score 87 but level 3, with the reason', () => {
    const s = expectScore(auditAWith({ overdue: 200_000 }), 87, 3);
    expect(s.levelLabel).toBe('ต้องปรับปรุง');
    expect(s.redFlags).toHaveLength(1);
    expect(s.redFlags[0]!.code).toBe('F1');
    expect(s.redFlags[0]!.th).toContain('หนี้ค้างชำระต่อเงินให้กู้คงเหลือ 25.0% เกินเกณฑ์ 20%');
    expect(s.redFlags[0]!.en).toContain('25.0%, above the 20% limit');
    expect(s.redFlags[0]!.th).toContain('ระดับ 3');
  });
});

describe('F2 loans ÷ (savings + reserve) = loans ÷ 1,080,000 (overdue 0 so F1 stays 10): 70–90 % → 6; 50–<70 % or >90–100 % → 3', () => {
  const f2 = (loans: number) => auditAWith({ loans_outstanding: loans, overdue: 0 });
  it('exactly 70 %: 756,000 → 6 → 97', () => expectScore(f2(756_000), 97, 1));
  it('69.9 %: 754,920 → 3 → 94', () => expectScore(f2(754_920), 94, 1));
  it('exactly 90 %: 972,000 → 6 → 97', () => expectScore(f2(972_000), 97, 1));
  it('95 %: 1,026,000 → 3 → 94', () => expectScore(f2(1_026_000), 94, 1));
  it('exactly 100 %: 1,080,000 → 3 → 94', () => expectScore(f2(1_080_000), 94, 1));
  it('just above 100 %: 1,080,001 → 0 → 91', () => expectScore(f2(1_080_001), 91, 1));
  it('exactly 50 %: 540,000 → 3 → 94', () => expectScore(f2(540_000), 94, 1));
  it('49.99 %: 539,892 → 0 → 91', () => expectScore(f2(539_892), 91, 1));
});

describe('G2 committee meetings: ≥ 12 → 8; 6–11 → 4; < 6 → 0', () => {
  it('12 → 8 → 97', () => expectScore(auditAWith({}, { G2: 12 }), 97, 1));
  it('11 → 4 → 93', () => expectScore(auditAWith({}, { G2: 11 }), 93, 1));
  it('6 → 4 → 93', () => expectScore(auditAWith({}, { G2: 6 }), 93, 1));
  it('5 → 0 → 89', () => expectScore(auditAWith({}, { G2: 5 }), 89, 1));
});

describe('M3 AGM attendance: ≥ 60 % → 4', () => {
  it('60 % (cell 0.6) → 4 → 97', () => expectScore(auditAWith({}, { M3: 0.6 }), 97, 1));
  it('59 % → 0 → 93', () => expectScore(auditAWith({}, { M3: 0.59 }), 93, 1));
});

describe('M1 regular savers ÷ members_end (members 100 → 100, so M2 = 0 → 5): ≥ 90 % → 6; ≥ 75 % → 3', () => {
  const m1 = (savers: number) => auditAWith({ members_start: 100, members_end: 100, regular_savers: savers });
  it('90 / 100 → 6 → 97', () => expectScore(m1(90), 97, 1));
  it('89 / 100 → 3 → 94', () => expectScore(m1(89), 94, 1));
  it('75 / 100 → 3 → 94', () => expectScore(m1(75), 94, 1));
  it('74 / 100 → 0 → 91', () => expectScore(m1(74), 91, 1));
  it('27 / 30 = 0.9 from a division → 6 (M2 = (30−100)/100 = −70 % → 0) → 92', () => {
    expect(ind(auditAWith({ members_end: 30, regular_savers: 27 }), 'M1').points).toBe(6);
    expectScore(auditAWith({ members_end: 30, regular_savers: 27 }), 92, 1);
  });
});

describe('M2 member growth (members_start 100, regular savers 90 so M1 stays ≥ 90 %): ≥ 0 → 5; ≥ −5 % → 2', () => {
  const m2 = (end: number) => auditAWith({ members_start: 100, members_end: end, regular_savers: 90 });
  it('100 → 0 % → 5 → 97', () => expectScore(m2(100), 97, 1));
  it('99 → −1 % → 2 → 94', () => expectScore(m2(99), 94, 1));
  it('95 → −5 % → 2 → 94 (90/95 = 94.7 % keeps M1 at 6)', () => expectScore(m2(95), 94, 1));
  it('94 → −6 % → 0 → 92', () => expectScore(m2(94), 92, 1));
});

describe('F3 (cash + bank) ÷ savings (savings 1,000,000, cash 10,000): ≥ 15 % → 5; ≥ 10 % → 2', () => {
  it('bank 140,000 → 15 % → 5 → 97', () => expectScore(auditAWith({ bank: 140_000 }), 97, 1));
  it('bank 139,999 → 14.9999 % → 2 → 94', () => expectScore(auditAWith({ bank: 139_999 }), 94, 1));
  it('bank 90,000 → 10 % → 2 → 94', () => expectScore(auditAWith({ bank: 90_000 }), 94, 1));
  it('bank 89,999 → 0 → 92', () => expectScore(auditAWith({ bank: 89_999 }), 92, 1));
});

describe('F4 reserve ÷ total funds (other_funds 0, savings + reserve = 1,000,000): ≥ 10 % → 5; ≥ 5 % → 2', () => {
  // F2 = 800,000 / 1,000,000 = 80 % → 6; B3 = 10,000 / 1,000,000 = 1 % → 4; F3 = 160,000 / savings ≥ 16 % → 5.
  it('reserve 100,000 → 10 % → 5: every indicator full → 100, no priorities', () => {
    const s = expectScore(auditAWith({ savings: 900_000, reserve: 100_000, other_funds: 0 }), 100, 1);
    expect(s.priorities).toEqual([]);
  });
  it('reserve 50,000 → 5 % → 2 → 97', () => expectScore(auditAWith({ savings: 950_000, reserve: 50_000, other_funds: 0 }), 97, 1));
  it('reserve 49,000 → 4.9 % → 0 → 95', () => expectScore(auditAWith({ savings: 951_000, reserve: 49_000, other_funds: 0 }), 95, 1));
});

describe('B3 cash ÷ total funds (1,100,000): ≤ 5 % → 4', () => {
  // F3 rises with cash: (55,000 + 150,000) / 1,000,000 = 20.5 % → still 5.
  it('cash 55,000 → 5 % → 4 → 97', () => expectScore(auditAWith({ cash: 55_000 }), 97, 1));
  it('cash 55,001 → 0 → 93', () => expectScore(auditAWith({ cash: 55_001 }), 93, 1));
});

describe('n/a: a ratio with a zero denominator is left out of points and maximum', () => {
  it('no loans: F1 n/a; F2 = 0 / 1,080,000 → 0; points 97 − 10 − 6 = 81 of 90 → 90.0', () => {
    const s = expectScore(auditAWith({ loans_outstanding: 0, overdue: 0 }), 90, 1);
    expect(s.indicators.find((i) => i.code === 'F1')).toEqual({ code: 'F1', value: null, points: 0, max: 0, status: 'n/a' });
    // F: F2 0 + F3 5 + F4 2 + F5 4 = 11 of 6 + 5 + 5 + 4 = 20
    expect(s.dimensions.find((d) => d.code === 'F')).toEqual({ code: 'F', points: 11, max: 20 });
    expect(s.priorities).toEqual(['F2', 'F4']);
  });
  it('members_start 0: M2 n/a; 92 of 95 → 96.842…', () => {
    const s = expectScore(auditAWith({ members_start: 0 }), (100 * 92) / 95, 1);
    expect(s.indicators.find((i) => i.code === 'M2')!.status).toBe('n/a');
    expect(s.score).toBe(96.842105);
  });
});

describe('missing answers and the 10-point incomplete limit', () => {
  it('G2 missing (8 ≤ 10): counted in the maximum → 89 of 100, still level 1; priorities G2 (8) then F4 (3)', () => {
    const s = expectScore(without(auditA(), 'G2'), 89, 1);
    expect(s.incomplete).toBe(false);
    expect(s.priorities).toEqual(['G2', 'F4']);
    expect(s.indicators.find((i) => i.code === 'G2')).toEqual({ code: 'G2', value: null, points: 0, max: 8, status: 'missing' });
  });
  it('G1 + G4 missing (5 + 5 = 10, not above 10): levelled, 87', () => {
    expectScore(without(auditA(), 'G1', 'G4'), 87, 1);
  });
  it('G2 + G1 missing (8 + 5 = 13 > 10): incomplete, no level, score kept (84)', () => {
    const s = expectScore(without(auditA(), 'G1', 'G2'), 84, null);
    expect(s.incomplete).toBe(true);
    expect(s.levelLabel).toBe('ข้อมูลไม่ครบ');
    expect(s.priorities).toEqual(['G2', 'G1', 'F4']);
  });
  it('a needed financial field absent: overdue empty → F1 missing (10) → 87, levelled; F1 first', () => {
    const a = auditA();
    const { overdue: _drop, ...financials } = a.financials;
    const s = expectScore({ ...a, financials }, 87, 1);
    expect(s.priorities).toEqual(['F1', 'F4']);
  });
  it('a negative field makes the ratio missing: cash −1 → B3 and F3 missing (4 + 5 = 9) → 88', () => {
    const s = expectScore(auditAWith({ cash: -1 }), 88, 1);
    expect(s.indicators.filter((i) => i.status === 'missing').map((i) => i.code)).toEqual(['B3', 'F3']);
  });
});

describe('red flags force level 3', () => {
  it('B1 no with score 89 ≥ 80 → level 3, and the page can say why', () => {
    const s = expectScore(auditAWith({}, { B1: false }), 89, 3);
    expect(s.redFlags.map((f) => f.code)).toEqual(['B1']);
    expect(s.redFlags[0]!.th).toContain('บัญชีเป็นปัจจุบันและยอดเงินตรงกับหลักฐาน');
    expect(s.redFlags[0]!.th).toContain('ระดับ 3');
    expect(s.redFlags[0]!.en).toContain('level 3');
    expect(s.priorities).toEqual(['B1', 'F4']);
  });
  it('both flags: B1 no and F1 25 % → 97 − 8 − 10 = 79, level 3, two reasons in table order', () => {
    const s = expectScore(auditAWith({ overdue: 200_000 }, { B1: false }), 79, 3);
    expect(s.redFlags.map((f) => f.code)).toEqual(['B1', 'F1']);
    // both red-flag indicators first, by points lost: F1 (10) before B1 (8)
    expect(s.priorities).toEqual(['F1', 'B1', 'F4']);
  });
});

describe('levels at the score thresholds 80 and 60', () => {
  it('exactly 80: A with G3 no (−7) and S2 no (−5) and M2 0 pts (members 100 → 94, −6 %): 97 − 7 − 5 − 5 = 80 → level 1', () => {
    expectScore(auditAWith({ members_start: 100, members_end: 94, regular_savers: 90 }, { G3: false, S2: false }), 80, 1);
  });
  it('exactly 60: A with G3, B2, S2 no, G2 5 (−7 −8 −5 −8) and M2 −6 % (−5) and M3 0.59 (−4): 97 − 37 = 60 → level 2', () => {
    expectScore(
      auditAWith({ members_start: 100, members_end: 94, regular_savers: 90 }, { G3: false, B2: false, S2: false, G2: 5, M3: 0.59 }),
      60,
      2,
    );
  });
  it('76: the exactly-80 case with B3 cash 55,001 (−4) → 76 → level 2', () => {
    expectScore(auditAWith({ members_start: 100, members_end: 94, regular_savers: 90, cash: 55_001 }, { G3: false, S2: false }), 76, 2);
  });
});
