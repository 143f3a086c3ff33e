/**
 * The published CSV downloads (DESIGN §7 /data/): UTF-8 with BOM so Thai Excel opens them, CRLF rows,
 * and text cells that Excel would run as a formula (= + - @, tab, CR) neutralised with a leading apostrophe.
 * Numbers are written as numbers (a negative profit stays -5000).
 */
import type { Criteria } from '../lib/schema/criteria';
import type { Dataset, ScoredAudit } from '../lib/schema/dataset';
import { planOutcome } from '../lib/followthrough/outcome';
import { FINANCIAL_FIELDS } from '../lib/schema/records';
import { thresholdText, redFlagText } from './format';

export const BOM = '\uFEFF';

/** One CSV cell. Strings starting with a formula trigger get a leading apostrophe; quoting per RFC 4180. */
export function csvCell(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  let s: string;
  if (typeof v === 'number') s = Number.isFinite(v) ? String(Number(v.toFixed(6))) : '';
  else if (typeof v === 'boolean') s = v ? 'true' : 'false';
  else {
    s = v;
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  }
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvText(rows: (string | number | boolean | null | undefined)[][]): string {
  return BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export interface FieldDoc {
  name: string;
  th: string;
  en: string;
}

/** The columns of groups.csv, documented (the field dictionary on /data/ renders from this). */
export function groupCsvFields(criteria: Criteria): FieldDoc[] {
  const fin: Record<string, [string, string]> = {
    members_start: ['สมาชิกต้นปี', 'members at start of year'],
    members_end: ['สมาชิกสิ้นปี', 'members at end of year'],
    regular_savers: ['สมาชิกที่ส่งสัจจะครบทุกเดือน', 'members who saved every month'],
    savings: ['เงินสัจจะสะสม (บาท)', 'accumulated savings (baht)'],
    reserve: ['ทุนสำรอง (บาท)', 'reserve (baht)'],
    other_funds: ['กองทุนอื่น (บาท)', 'other funds (baht)'],
    loans_outstanding: ['ลูกหนี้เงินกู้คงเหลือ (บาท)', 'loans outstanding (baht)'],
    overdue: ['ลูกหนี้ค้างชำระ (บาท)', 'overdue loans (baht)'],
    cash: ['เงินสดในมือ (บาท)', 'cash on hand (baht)'],
    bank: ['เงินฝากธนาคาร (บาท)', 'bank deposits (baht)'],
    net_profit: ['กำไรสุทธิ (บาท, ติดลบได้)', 'net profit (baht, may be negative)'],
    welfare_paid: ['สวัสดิการที่จ่าย (บาท)', 'welfare paid (baht)'],
  };
  return [
    { name: 'group_id', th: 'รหัสกลุ่ม', en: 'group id' },
    { name: 'name', th: 'ชื่อกลุ่ม', en: 'group name' },
    { name: 'village', th: 'บ้าน', en: 'village' },
    { name: 'moo', th: 'หมู่ที่', en: 'village number (moo)' },
    { name: 'subdistrict_code', th: 'รหัสตำบล', en: 'sub-district code' },
    { name: 'subdistrict', th: 'ตำบล', en: 'sub-district' },
    { name: 'district_code', th: 'รหัสอำเภอ', en: 'district code' },
    { name: 'district', th: 'อำเภอ', en: 'district' },
    { name: 'province_code', th: 'รหัสจังหวัด', en: 'province code' },
    { name: 'province', th: 'จังหวัด', en: 'province' },
    { name: 'status', th: 'สถานะ (active ดำเนินการ, inactive ไม่ดำเนินการ, dissolved ยุบเลิก)', en: 'status' },
    { name: 'founded', th: 'วันที่จัดตั้ง (ค.ศ. ปปปป-ดด-วว)', en: 'founding date (ISO)' },
    { name: 'members', th: 'จำนวนสมาชิกตามทะเบียน', en: 'members in the registry' },
    { name: 'registry_savings', th: 'เงินสัจจะสะสมตามทะเบียน (บาท)', en: 'savings in the registry (baht)' },
    { name: 'fiscal_year', th: 'ปีงบประมาณ (พ.ศ.) ของการตรวจ; ว่างเมื่อยังไม่เคยตรวจ', en: 'fiscal year (BE) of the audit; empty when never audited' },
    { name: 'audit_date', th: 'วันที่ตรวจ (ค.ศ. ปปปป-ดด-วว)', en: 'audit date (ISO)' },
    { name: 'criteria', th: 'รหัสชุดเกณฑ์ที่ใช้ให้คะแนน', en: 'criteria version' },
    { name: 'score', th: 'คะแนน 0–100 (ไม่ปัดเศษ)', en: 'score 0–100, unrounded' },
    { name: 'level', th: 'ระดับ 1 ดี, 2 ปานกลาง, 3 ต้องปรับปรุง; ว่างเมื่อข้อมูลไม่ครบ', en: 'level 1 good, 2 fair, 3 needs improvement; empty when incomplete' },
    { name: 'level_label', th: 'ชื่อระดับ', en: 'level label (Thai)' },
    { name: 'incomplete', th: 'ข้อมูลไม่ครบ (true/false)', en: 'incomplete audit' },
    { name: 'red_flags', th: 'รหัสตัวชี้วัดที่เป็นธงแดง คั่นด้วย ;', en: 'red-flag indicator codes, ";"-separated' },
    { name: 'priorities', th: 'ตัวชี้วัดที่ต้องแก้ไข เรียงตามลำดับความสำคัญ คั่นด้วย ;', en: 'indicators to fix, first first, ";"-separated' },
    ...FINANCIAL_FIELDS.map((f) => ({ name: f, th: fin[f]![0], en: fin[f]![1] })),
    ...criteria.indicators.flatMap((i) => [
      { name: `${i.code}_value`, th: `${i.code} ${i.th}: ค่าที่วัดได้ (สัดส่วนเป็นทศนิยม, ใช่/ไม่ใช่เป็น true/false)`, en: `${i.code} ${i.en}: measured value (fractions as decimals)` },
      { name: `${i.code}_points`, th: `${i.code}: คะแนนที่ได้ จากเต็ม ${i.max}`, en: `${i.code}: points out of ${i.max}` },
      { name: `${i.code}_status`, th: `${i.code}: ผล (pass ผ่าน, partial บางส่วน, fail ไม่ผ่าน, missing ไม่มีข้อมูล, n/a ไม่เข้าเกณฑ์วัด)`, en: `${i.code}: status` },
    ]),
    ...followThroughCsvFields(criteria),
  ];
}

/**
 * The follow-through columns of groups.csv (schemaVersion 2), after every version-1 column so that column
 * positions people already rely on do not move. Empty when the group was not audited the year before.
 */
export function followThroughCsvFields(criteria: Criteria): FieldDoc[] {
  return [
    { name: 'followthrough_from_fiscal_year', th: 'ปีงบประมาณ (พ.ศ.) ของแผนพัฒนาที่ติดตามผล คือปีก่อนหน้า; ว่างเมื่อปีก่อนไม่ได้ตรวจ', en: 'fiscal year (BE) of the development plan followed through, the year before; empty when the group was not audited that year' },
    { name: 'followthrough_planned', th: 'จำนวนตัวชี้วัดที่เสียคะแนนปีก่อนและแผนพัฒนาปีก่อนระบุไว้', en: 'indicators that lost points the year before and were named in that year’s development plan' },
    { name: 'followthrough_planned_fixed', th: 'ในจำนวนนั้น ที่ได้คะแนนเต็มในปีนี้', en: 'of those, how many have full points this year' },
    ...criteria.indicators.flatMap((i) => [
      { name: `${i.code}_followthrough`, th: `${i.code}: ผลปีนี้ของตัวชี้วัดที่เสียคะแนนปีก่อน (fixed ได้คะแนนเต็ม, better ดีขึ้นแต่ยังไม่เต็ม, same เท่าเดิม, worse ลดลง, unknown ไม่มีข้อมูลหรือไม่เข้าเกณฑ์วัด); ว่างเมื่อปีก่อนไม่ได้เสียคะแนน`, en: `${i.code}: this year's outcome of an indicator that lost points the year before (fixed, better, same, worse, unknown); empty when it lost none` },
      { name: `${i.code}_planned`, th: `${i.code}: แผนพัฒนาปีก่อนระบุตัวชี้วัดนี้ (true/false); ว่างเมื่อปีก่อนไม่ได้เสียคะแนน`, en: `${i.code}: named in the year before's development plan (true/false); empty when it lost no points` },
    ]),
  ];
}

function followThroughCsvCells(a: ScoredAudit, criteria: Criteria): (string | number | boolean | null)[] {
  const ft = a.followThrough;
  if (!ft) return Array(followThroughCsvFields(criteria).length).fill(null);
  const byCode = new Map(ft.rows.map((r) => [r.code, r]));
  const outcome = planOutcome(ft);
  return [
    ft.fromFiscalYear, outcome.planned, outcome.fixed,
    ...criteria.indicators.flatMap((i) => {
      const r = byCode.get(i.code);
      return r ? [r.status, r.planned] : [null, null];
    }),
  ];
}

/** groups.csv: one row per group-audit; a group never audited gets one row with the audit columns empty. */
export function groupsCsv(dataset: Dataset, criteria: Criteria): string {
  const fields = groupCsvFields(criteria);
  const rows: (string | number | boolean | null | undefined)[][] = [fields.map((f) => f.name)];
  for (const g of dataset.groups) {
    const base = [
      g.id, g.name, g.village, g.moo, g.subdistrict.code, g.subdistrict.name, g.district.code, g.district.name,
      g.province.code, g.province.name, g.status, g.founded, g.members, g.savings,
    ];
    if (g.audits.length === 0) {
      rows.push([...base, ...Array(fields.length - base.length).fill(null)]);
      continue;
    }
    for (const a of g.audits) {
      const byCode = new Map(a.indicators.map((i) => [i.code, i]));
      rows.push([
        ...base,
        a.fiscalYear, a.date, a.criteria, a.score, a.level, a.levelLabel, a.incomplete,
        a.redFlags.map((r) => r.code).join(';'), a.priorities.join(';'),
        ...FINANCIAL_FIELDS.map((f) => a.financials[f]),
        ...criteria.indicators.flatMap((i) => {
          const r = byCode.get(i.code);
          return [r?.value, r?.points, r?.status];
        }),
        ...followThroughCsvCells(a, criteria),
      ]);
    }
  }
  return csvText(rows);
}

export function criteriaCsv(criteria: Criteria): string {
  const dims = new Map(criteria.dimensions.map((d) => [d.code, d]));
  return csvText([
    ['criteria', 'code', 'dimension', 'dimension_th', 'indicator_th', 'indicator_en', 'max_points', 'rule_th', 'red_flag_th'],
    ...criteria.indicators.map((i) => [
      criteria.id, i.code, i.dimension, dims.get(i.dimension)?.th, i.th, i.en, i.max, thresholdText(i), redFlagText(i),
    ]),
  ]);
}
