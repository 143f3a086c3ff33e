/**
 * Plan follow-through (issue 13), worked by hand. Every audit is DESIGN §5.4's group A (97 points: every
 * indicator full except F4, 2 of 5) with a few cells changed. The knobs and what they score:
 *
 *   overdue  32,000 / 800,000 = 4.0 % → F1 10 (pass) ·  60,000 → 7.5 % → 5 (partial) · 120,000 → 15 % → 0 (fail,
 *            no red flag: ≤ 20 %)
 *   reserve 120,000 / 1,140,000 = 10.5 % → F4 5 (pass) · 80,000 / 1,100,000 = 7.3 % → 2 · 30,000 / 1,050,000 = 2.9 % → 0
 *            (F2 stays 6: 800,000 ÷ 1,120,000 = 71 %, ÷ 1,080,000 = 74 %, ÷ 1,030,000 = 78 %; B3 stays 4: cash < 1 %)
 *   G1 no → 0 of 5 · G2 3 meetings → 0 of 8, 8 → 4 · G3 no → 0 of 7 · B2 no → 0 of 8 · S2 no → 0 of 5 ·
 *   M3 50 % → 0 of 4 · M3 left empty → missing (0 of 4; 4 ≤ 10 points missing, so still levelled)
 *
 * District เมืองนครสวรรค์ (6001), FY 2566 → 2567. Rows follow the first year's priorities: red-flag indicators
 * (F1, B1) first, then points lost, then dimension order G M B F S.
 *
 *   ก 6001001  2566: F1 5, G1 0, M3 missing, F4 2 → priorities F1, G1, M3, F4
 *              plan: "เร่งติดตามหนี้ค้างชำระ ให้ F1 ต่ำกว่าร้อยละ 5" (F1) · "คณะกรรมการ ครบ 4 คณะ และอยู่ในวาระ" (G1's
 *              Thai name with spaces) · "M3" (M3 was missing in 2566: left out, it has no measured weakness to follow)
 *              2567: F1 10, G1 0, M3 4, F4 5
 *              → F1 5→10 fixed, planned · G1 0→0 same, planned · F4 2→5 fixed, unplanned
 *   ข 6001002  2566: G2 0, F4 0, M3 0 → priorities G2 (8 lost), F4 (5), M3 (4)
 *              plan: "Reserve to total funds" (F4's English name) · "ประชุมคณะกรรมการทุกเดือน (G2)"
 *              2567: G2 4, F4 2, M3 empty
 *              → G2 0→4 better, planned · F4 0→2 better, planned · M3 0→? unknown, unplanned
 *   ค 6001003  2566: F1 5, S2 0, F4 2 → priorities F1, S2, F4
 *              plan: "f๑ หนี้ค้างชำระ" (F1: lower case, Thai digit) · "จ่ายเงินปันผล ตามระเบียบข้อ F10" (names nothing:
 *              F10 is not F1, and half of S2's name is not its name)
 *              2567: F1 0, S2 5, F4 2
 *              → F1 5→0 worse, planned · S2 0→5 fixed, unplanned · F4 2→2 same, unplanned
 *   ง 6001004  2566: B2 0, G3 0, F4 2 → priorities B2 (8), G3 (7), F4 (3); no plan
 *              2567: B2 8, G3 0, F4 0
 *              → B2 fixed · G3 same · F4 2→0 worse, all unplanned
 *   จ 6001005  audited 2566 only (with a plan): nothing to follow
 *   ฉ 6001006  audited 2565 and 2567, not 2566: not consecutive, nothing to follow
 *   6001011–6001020, ten more groups: 2566 F1 5, F4 2 (priorities F1, F4), plan "F4 ทุนสำรองต่อเงินทุน"
 *      011–015 (5): 2567 F4 5 fixed (planned), F1 5 same (unplanned)
 *      016–017 (2): 2567 F4 2 same (planned),  F1 10 fixed (unplanned)
 *      018–020 (3): 2567 F4 0 worse (planned), F1 0 worse (unplanned)
 *
 * District, FY 2567 from 2566 (groups audited both years: ก ข ค ง + 10 = 14):
 *   planned:   ก F1 fixed, ก G1 same, ข G2 better, ข F4 better, ค F1 worse; ten F4: 5 fixed, 2 same, 3 worse
 *              groups 3 + 10 = 13, issues 5 + 10 = 15, fixed 1 + 5 = 6, better 2, same 1 + 2 = 3, worse 1 + 3 = 4,
 *              unknown 0; 13 groups ≥ 10 → share 6 / 15 = 0.4
 *   unplanned: ก F4 fixed, ข M3 unknown, ค S2 fixed, ค F4 same, ง B2 fixed, ง G3 same, ง F4 worse; ten F1: 2 fixed,
 *              5 same, 3 worse → groups 4 + 10 = 14, issues 7 + 10 = 17, fixed 3 + 2 = 5, better 0, same 2 + 5 = 7,
 *              worse 1 + 3 = 4, unknown 1; groups with a known outcome: 14 − ข = 13 ≥ 10 → share 5 / (17 − 1) = 0.3125
 * Per indicator:
 *   F4 planned:   ข better + ten (5 fixed, 2 same, 3 worse) → 11 groups, fixed 5 → share 5 / 11 = 0.454545…
 *   F4 unplanned: ก fixed, ค same, ง worse → 3 groups < 10 → counts only, share null
 *   F1 planned:   ก fixed, ค worse → 2 groups → null
 *   F1 unplanned: the ten (2 fixed, 5 same, 3 worse) → exactly 10 groups → share 2 / 10 = 0.2
 *   G1 planned same 1 · G2 planned better 1 · M3 unplanned unknown 1 · S2 unplanned fixed 1 · B2 unplanned fixed 1 ·
 *   G3 unplanned same 1 · every other indicator: empty cells
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/lib/dataset/build';
import { followThroughCell, planOutcome, SHARE_MIN_GROUPS } from '../../src/lib/followthrough';
import { DEFAULT_CRITERIA } from '../../src/lib/health/default-criteria';
import { DatasetSchema, type FollowThroughCell, type FollowThroughRow, type Group } from '../../src/lib/schema/dataset';
import type { AuditRecord } from '../../src/lib/schema/records';
import { auditAWith, registryRow, without } from './fixtures';

interface Knobs {
  overdue?: number;
  reserve?: number;
  answers?: Partial<AuditRecord['answers']>;
  empty?: string[];
  plan?: string[];
}

function audit(groupId: string, fiscalYear: number, k: Knobs = {}): AuditRecord {
  const financials = { ...(k.overdue !== undefined ? { overdue: k.overdue } : {}), ...(k.reserve !== undefined ? { reserve: k.reserve } : {}) };
  const a = auditAWith(financials, k.answers ?? {}, groupId);
  const plan = (k.plan ?? []).map((topic, i) => ({ order: i + 1, topic }));
  return without({ ...a, fiscalYear, date: `${fiscalYear - 543}-06-15`, plan, source: { ...a.source, file: `audits/${fiscalYear}/${groupId}.xlsx` } }, ...(k.empty ?? []));
}

const fillers = Array.from({ length: 10 }, (_, i) => `60010${11 + i}`);
const filler2567 = (i: number): Knobs =>
  i < 5 ? { reserve: 120_000, overdue: 60_000 } : i < 7 ? { reserve: 80_000, overdue: 32_000 } : { reserve: 30_000, overdue: 120_000 };

const storyAudits: AuditRecord[] = [
  audit('6001001', 2566, {
    overdue: 60_000,
    answers: { G1: false },
    empty: ['M3'],
    plan: ['เร่งติดตามหนี้ค้างชำระ ให้ F1 ต่ำกว่าร้อยละ 5', 'คณะกรรมการ ครบ 4 คณะ และอยู่ในวาระ', 'M3'],
  }),
  audit('6001001', 2567, { reserve: 120_000, answers: { G1: false } }),
  audit('6001002', 2566, { reserve: 30_000, answers: { G2: 3, M3: 0.5 }, plan: ['Reserve to total funds', 'ประชุมคณะกรรมการทุกเดือน (G2)'] }),
  audit('6001002', 2567, { answers: { G2: 8 }, empty: ['M3'] }),
  audit('6001003', 2566, { overdue: 60_000, answers: { S2: false }, plan: ['f๑ หนี้ค้างชำระ', 'จ่ายเงินปันผล ตามระเบียบข้อ F10'] }),
  audit('6001003', 2567, { overdue: 120_000 }),
  audit('6001004', 2566, { answers: { B2: false, G3: false } }),
  audit('6001004', 2567, { reserve: 30_000, answers: { G3: false } }),
  audit('6001005', 2566, { overdue: 60_000, plan: ['F1'] }),
  audit('6001006', 2565),
  audit('6001006', 2567),
];
const fillerAudits = fillers.flatMap((id, i) => [
  audit(id, 2566, { overdue: 60_000, plan: ['F4 ทุนสำรองต่อเงินทุน'] }),
  audit(id, 2567, filler2567(i)),
]);
const storyIds = ['6001001', '6001002', '6001003', '6001004', '6001005', '6001006'];

const build = (ids: string[], audits: AuditRecord[]) =>
  buildDataset({ registry: ids.map((id) => registryRow(id)), audits, criteria: DEFAULT_CRITERIA }).dataset;

const row = (code: string, firstPoints: number, secondPoints: number | null, max: number, status: FollowThroughRow['status'], planned: boolean): FollowThroughRow =>
  ({ code, firstPoints, secondPoints, max, status, planned });
const cell = (groups: number, issues: number, fixed: number, better: number, same: number, worse: number, unknown: number, fixedShare: number | null): FollowThroughCell =>
  ({ groups, issues, fixed, better, same, worse, unknown, fixedShare });
const EMPTY = cell(0, 0, 0, 0, 0, 0, 0, null);

describe('plan follow-through of a district, FY 2566 → 2567 (worked by hand above)', () => {
  const dataset = build([...storyIds, ...fillers], [...storyAudits, ...fillerAudits]);
  const group = (id: string): Group => dataset.groups.find((g) => g.id === id)!;
  const followThrough = (id: string, fy: number) => group(id).audits.find((a) => a.fiscalYear === fy)!.followThrough;

  it('validates (follow-through and English place names came with schemaVersion 2)', () => {
    expect(DatasetSchema.safeParse(dataset).success).toBe(true);
    expect(dataset.schemaVersion).toBe(2);
  });

  it('each group’s rows: every status, planned and unplanned, in the first year’s fix-first order', () => {
    expect(followThrough('6001001', 2567)).toEqual({
      fromFiscalYear: 2566,
      rows: [row('F1', 5, 10, 10, 'fixed', true), row('G1', 0, 0, 5, 'same', true), row('F4', 2, 5, 5, 'fixed', false)],
    });
    expect(followThrough('6001002', 2567)!.rows).toEqual([
      row('G2', 0, 4, 8, 'better', true),
      row('F4', 0, 2, 5, 'better', true),
      row('M3', 0, null, 4, 'unknown', false),
    ]);
    expect(followThrough('6001003', 2567)!.rows).toEqual([
      row('F1', 5, 0, 10, 'worse', true),
      row('S2', 0, 5, 5, 'fixed', false),
      row('F4', 2, 2, 5, 'same', false),
    ]);
    expect(followThrough('6001004', 2567)!.rows).toEqual([
      row('B2', 0, 8, 8, 'fixed', false),
      row('G3', 0, 0, 7, 'same', false),
      row('F4', 2, 0, 5, 'worse', false),
    ]);
    expect(followThrough('6001011', 2567)!.rows).toEqual([row('F1', 5, 5, 10, 'same', false), row('F4', 2, 5, 5, 'fixed', true)]);
  });

  it('only consecutive fiscal years: no follow-through on a first audit, after a gap, or without a second year', () => {
    for (const [id, fy] of [['6001001', 2566], ['6001005', 2566], ['6001006', 2565], ['6001006', 2567]] as const) {
      expect(group(id).audits.find((a) => a.fiscalYear === fy)).not.toHaveProperty('followThrough');
    }
  });

  it('the group page’s sentence: ก planned 2 issues (M3 left out) and fixed 1; ง had no plan', () => {
    expect(planOutcome(followThrough('6001001', 2567)!)).toEqual({ planned: 2, fixed: 1 });
    expect(planOutcome(followThrough('6001002', 2567)!)).toEqual({ planned: 2, fixed: 0 });
    expect(planOutcome(followThrough('6001004', 2567)!)).toEqual({ planned: 0, fixed: 0 });
  });

  const district = {
    fromFiscalYear: 2566,
    groups: 14,
    planned: cell(13, 15, 6, 2, 3, 4, 0, 0.4),
    unplanned: cell(14, 17, 5, 0, 7, 4, 1, 0.3125),
  };

  it('rolls the district up: planned issues and their fixed share against the unplanned', () => {
    const years = dataset.districts[0]!.years;
    expect(years.map((y) => y.fiscalYear)).toEqual([2565, 2566, 2567]);
    expect(years[0]).not.toHaveProperty('followThrough');
    expect(years[1]).not.toHaveProperty('followThrough'); // nobody audited in both 2565 and 2566
    expect(years[2]!.followThrough).toEqual(district);
    expect(dataset.provinces[0]!.years[2]!.followThrough).toEqual(district);
  });

  it('rolls the whole data up per indicator: planned against unplanned, with counts; shares from 10 groups', () => {
    expect(dataset.followThrough).toHaveLength(1);
    const whole = dataset.followThrough[0]!;
    expect({ fromFiscalYear: whole.fromFiscalYear, groups: whole.groups, planned: whole.planned, unplanned: whole.unplanned }).toEqual(district);
    expect(whole.fiscalYear).toBe(2567);
    const by = new Map(whole.indicators.map((i) => [i.code, i]));
    expect([...by.keys()]).toEqual(DEFAULT_CRITERIA.indicators.map((i) => i.code));
    expect(by.get('F4')).toEqual({ code: 'F4', planned: cell(11, 11, 5, 1, 2, 3, 0, 0.454545), unplanned: cell(3, 3, 1, 0, 1, 1, 0, null) });
    expect(by.get('F1')).toEqual({ code: 'F1', planned: cell(2, 2, 1, 0, 0, 1, 0, null), unplanned: cell(10, 10, 2, 0, 5, 3, 0, 0.2) });
    expect(by.get('G1')).toEqual({ code: 'G1', planned: cell(1, 1, 0, 0, 1, 0, 0, null), unplanned: EMPTY });
    expect(by.get('G2')).toEqual({ code: 'G2', planned: cell(1, 1, 0, 1, 0, 0, 0, null), unplanned: EMPTY });
    expect(by.get('M3')).toEqual({ code: 'M3', planned: EMPTY, unplanned: cell(1, 1, 0, 0, 0, 0, 1, null) });
    for (const code of ['S2', 'B2']) expect(by.get(code)).toEqual({ code, planned: EMPTY, unplanned: cell(1, 1, 1, 0, 0, 0, 0, null) });
    expect(by.get('G3')).toEqual({ code: 'G3', planned: EMPTY, unplanned: cell(1, 1, 0, 0, 1, 0, 0, null) });
    for (const code of ['G4', 'M1', 'M2', 'B1', 'B3', 'F2', 'F3', 'F5', 'S1']) {
      expect(by.get(code)).toEqual({ code, planned: EMPTY, unplanned: EMPTY });
    }
  });
});

describe('below 10 groups: counts, no share', () => {
  it('the four story groups alone: every count as worked above, both shares null', () => {
    // planned ก F1 fixed, ก G1 same, ข G2 better, ข F4 better, ค F1 worse → 3 groups, 5 issues;
    // unplanned ก F4 fixed, ข M3 unknown, ค S2 fixed, ค F4 same, ง B2 fixed, ง G3 same, ง F4 worse → 4 groups, 7 issues
    const dataset = build(storyIds, storyAudits);
    expect(dataset.districts[0]!.years.at(-1)!.followThrough).toEqual({
      fromFiscalYear: 2566,
      groups: 4,
      planned: cell(3, 5, 1, 2, 1, 1, 0, null),
      unplanned: cell(4, 7, 3, 0, 2, 1, 1, null),
    });
  });

  const entry = (groupId: string, status: FollowThroughRow['status']) => ({ groupId, row: row('F1', 5, status === 'unknown' ? null : 10, 10, status, true) });

  it('10 groups with a known outcome publish a share; 9 do not', () => {
    expect(SHARE_MIN_GROUPS).toBe(10);
    const ten = Array.from({ length: 10 }, (_, i) => entry(`g${i}`, i < 3 ? 'fixed' : 'same'));
    expect(followThroughCell(ten)).toEqual(cell(10, 10, 3, 0, 7, 0, 0, 0.3));
    expect(followThroughCell(ten.slice(1))).toEqual(cell(9, 9, 2, 0, 7, 0, 0, null));
  });

  it('groups whose only outcome is unknown do not count towards the 10; many issues of few groups do not either', () => {
    // 10 groups, one of them unknown: 9 with a known outcome → null, though `groups` says 10
    const tenOneUnknown = Array.from({ length: 10 }, (_, i) => entry(`g${i}`, i === 0 ? 'unknown' : 'fixed'));
    expect(followThroughCell(tenOneUnknown)).toEqual(cell(10, 10, 9, 0, 0, 0, 1, null));
    // 12 issues of 4 groups: still 4 groups → null
    const fewGroups = Array.from({ length: 12 }, (_, i) => entry(`g${i % 4}`, 'fixed'));
    expect(followThroughCell(fewGroups)).toEqual(cell(4, 12, 12, 0, 0, 0, 0, null));
  });
});
