/**
 * A district's plan follow-through (issue 13), worked by hand: the data of tests/golden/followthrough.test.ts (the
 * lib's figures) and tests/site/followthrough-views.test.ts (what pages say of them). Every audit is DESIGN §5.4's group A (97 points: every
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
import { buildDataset } from '../../src/lib/dataset/build';
import { DEFAULT_CRITERIA } from '../../src/lib/health/default-criteria';
import type { ArticleRef } from '../../src/lib/km/lessons';
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

export const fillers = Array.from({ length: 10 }, (_, i) => `60010${11 + i}`);
const filler2567 = (i: number): Knobs =>
  i < 5 ? { reserve: 120_000, overdue: 60_000 } : i < 7 ? { reserve: 80_000, overdue: 32_000 } : { reserve: 30_000, overdue: 120_000 };

export const storyAudits: AuditRecord[] = [
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
export const fillerAudits = fillers.flatMap((id, i) => [
  audit(id, 2566, { overdue: 60_000, plan: ['F4 ทุนสำรองต่อเงินทุน'] }),
  audit(id, 2567, filler2567(i)),
]);
export const storyIds = ['6001001', '6001002', '6001003', '6001004', '6001005', '6001006'];

/** The dataset of some of these groups (the district: every one), with the lessons of `articles`. */
export const build = (ids: string[], audits: AuditRecord[], articles: ArticleRef[] = []) =>
  buildDataset({ registry: ids.map((id) => registryRow(id)), audits, criteria: DEFAULT_CRITERIA, articles }).dataset;

