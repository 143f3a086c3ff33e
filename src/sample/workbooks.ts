/**
 * Sample records → SheetJS workbooks in the committed layouts (src/lib/schema/layouts.ts), written the way
 * different officers fill them: มี/ใช่/ผ่าน/✓/"/" answers, percents as "45%" text or 0.45 formatted as a
 * percentage, Thai digits, Buddhist-Era date text and real date cells. Pure: no file system.
 */
import * as XLSX from 'xlsx';
import { toBE } from '../lib/thai/buddhist-era';
import { PROGRESS_ANSWERS } from '../lib/thai/progress';
import { DEFAULT_CRITERIA } from '../lib/health/default-criteria';
import { bookIndicators, type Criteria } from '../lib/schema/criteria';
import {
  BATCH_COLUMNS,
  BATCH_SHEETS,
  BOOK_SHEETS,
  COVER_LABELS,
  FINANCIAL_LABELS,
  INDICATOR_COLUMNS,
  PLAN_COLUMNS,
  REGISTRY_COLUMNS,
  REGISTRY_SHEETS,
  type FieldHeader,
} from '../lib/schema/layouts';
import { COUNT_FIELDS, type Answer, type FinancialField } from '../lib/schema/records';
import type { SampleAudit, SampleGroup } from './types';
import type { Division } from './places';
import { Rng } from './prng';
import { beDateText, excelSerial, iso, parseIso, toThaiDigits, type DateTextStyle } from './thai-text';

// ---------------------------------------------------------------------------------------------------------
// Cells and sheets

/** A cell to write: text, a plain number, a number with a display format, or nothing. */
export type Cell = string | number | null | { n: number; z: string };

export const DATE_FORMAT = 'd/m/yyyy';
export const MONEY_FORMAT = '#,##0';
export const PERCENT_FORMAT = '0%';

/** The Thai (first) header of a field in a layout table. */
export function th(table: readonly FieldHeader[], field: string): string {
  const f = table.find((x) => x.field === field);
  if (!f) throw new Error(`no field ${field} in layout`);
  return f.headers[0]!;
}

/** Builds a worksheet from rows of cells, with column widths in characters and optional merges. */
export function sheet(rows: readonly (readonly Cell[])[], widths: readonly number[], merges: XLSX.Range[] = []): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = {};
  let maxC = 0;
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell === null || cell === '') return;
      const addr = XLSX.utils.encode_cell({ r, c });
      if (typeof cell === 'string') ws[addr] = { t: 's', v: cell };
      else if (typeof cell === 'number') ws[addr] = { t: 'n', v: cell };
      else ws[addr] = { t: 'n', v: cell.n, z: cell.z };
      maxC = Math.max(maxC, c);
    });
  });
  const lastC = Math.max(maxC, widths.length - 1, 0);
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(rows.length - 1, 0), c: lastC } });
  ws['!cols'] = widths.map((wch) => ({ wch }));
  if (merges.length > 0) ws['!merges'] = merges;
  return ws;
}

export function workbook(sheets: readonly [string, XLSX.WorkSheet][]): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  for (const [name, ws] of sheets) XLSX.utils.book_append_sheet(wb, ws, name);
  return wb;
}

/** Serialises a workbook to .xlsx bytes. SheetJS writes no timestamps, so equal workbooks give equal bytes. */
export function xlsxBytes(wb: XLSX.WorkBook): Buffer {
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

// ---------------------------------------------------------------------------------------------------------
// Officer styles

const YES_NO: readonly (readonly [string, string])[] = [
  ['มี', 'ไม่มี'],
  ['ใช่', 'ไม่ใช่'],
  ['ผ่าน', 'ไม่ผ่าน'],
  ['✓', '✗'],
  ['/', 'x'],
];

export interface OfficerStyle {
  yesNo: readonly [string, string];
  percent: 'text' | 'fraction' | 'thai';
  count: 'number' | 'text' | 'thai';
  date: 'cell' | DateTextStyle;
  money: 'number' | 'formatted' | 'text' | 'thai';
  zeroDash: boolean;
  fiscalYearEmpty: boolean;
  idAsText: boolean;
  /** Chance that one cell departs from the officer's habit. */
  drift: number;
}

/** The habits of one officer (one district, one year). */
export function officerStyle(rng: Rng): OfficerStyle {
  return {
    yesNo: rng.weighted(YES_NO.map((p, i) => [p, [30, 15, 25, 10, 20][i]!] as const)),
    percent: rng.weighted([['text', 45], ['fraction', 45], ['thai', 10]] as const),
    count: rng.weighted([['number', 75], ['text', 10], ['thai', 15]] as const),
    date: rng.weighted([['cell', 35], ['abbr', 25], ['slash', 20], ['slash0', 5], ['long', 7], ['thaiDigitsAbbr', 5], ['dash', 3]] as const),
    money: rng.weighted([['formatted', 55], ['number', 25], ['text', 12], ['thai', 8]] as const),
    zeroDash: rng.chance(0.4),
    fiscalYearEmpty: rng.chance(0.15),
    idAsText: rng.chance(0.3),
    drift: 0.1,
  };
}

/** The style for one cell: usually the officer's habit, now and then another officer's. */
function cellStyle(rng: Rng, s: OfficerStyle): OfficerStyle {
  return rng.chance(s.drift) ? { ...officerStyle(rng), drift: 0 } : s;
}

function yesNoCell(rng: Rng, s: OfficerStyle, v: boolean): Cell {
  const st = cellStyle(rng, s);
  return v ? st.yesNo[0] : st.yesNo[1];
}

function percentCell(rng: Rng, s: OfficerStyle, fraction: number): Cell {
  const st = cellStyle(rng, s);
  const pct = Math.round(fraction * 100);
  if (st.percent === 'fraction') return { n: pct / 100, z: PERCENT_FORMAT };
  if (st.percent === 'thai') return toThaiDigits(`${pct}%`);
  return `${pct}%`;
}

function countCell(rng: Rng, s: OfficerStyle, n: number): Cell {
  const st = cellStyle(rng, s);
  if (st.count === 'thai') return toThaiDigits(n);
  if (st.count === 'text') return String(n);
  return n;
}

const commas = (n: number) => Math.abs(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function moneyCell(rng: Rng, s: OfficerStyle, n: number): Cell {
  const st = cellStyle(rng, s);
  if (n === 0 && st.zeroDash) return '-';
  if (n < 0) return st.money === 'text' || st.money === 'thai' ? `(${commas(n)})` : { n, z: '#,##0;(#,##0)' };
  switch (st.money) {
    case 'number':
      return n;
    case 'formatted':
      return { n, z: MONEY_FORMAT };
    case 'text':
      return commas(n);
    case 'thai':
      return `${toThaiDigits(commas(n))} บาท`;
  }
}

function dateCell(rng: Rng, s: OfficerStyle, isoDate: string): Cell {
  const st = cellStyle(rng, s);
  if (st.date === 'cell') return { n: excelSerial(isoDate), z: DATE_FORMAT };
  return beDateText(isoDate, st.date);
}

function answerCell(rng: Rng, s: OfficerStyle, input: 'yesno' | 'count' | 'percent', v: Answer): Cell {
  if (v === null) return null;
  if (input === 'yesno') return yesNoCell(rng, s, v === true);
  if (typeof v !== 'number') return null;
  return input === 'percent' ? percentCell(rng, s, v) : countCell(rng, s, v);
}

const NOTES: Record<string, { yes?: string[]; no?: string[] }> = {
  G1: { no: ['คณะกรรมการส่งเสริมหมดวาระ'] },
  G2: { yes: ['ประชุมทุกเดือน', 'มีรายงานการประชุม'], no: ['ขาดประชุมช่วงฤดูทำนา'] },
  G3: { yes: ['ประชุมใหญ่เมื่อเดือนมกราคม'], no: ['ยังไม่ได้จัดประชุมใหญ่'] },
  B1: { yes: ['กระทบยอดกับสมุดบัญชีธนาคารแล้ว'], no: ['ยอดเงินสดไม่ตรงกับสมุดบัญชี', 'บันทึกบัญชีค้างหลายเดือน'] },
  B2: { no: ['พบเอกสารการจ่ายเงินไม่ครบ'] },
  F5: { yes: ['จัดสรรตามระเบียบข้อ 20'] },
  S2: { yes: ['ปันผลร้อยละ 6'], no: ['ที่ประชุมมีมติงดปันผล'] },
};

function noteFor(rng: Rng, code: string, v: Answer): Cell {
  if (v === null) return rng.chance(0.7) ? 'ไม่มีเอกสารยืนยัน' : null;
  if (!rng.chance(0.25)) return null;
  const n = NOTES[code];
  const list = v === false || (typeof v === 'number' && code === 'G2' && v < 12) ? n?.no : n?.yes;
  return list ? rng.pick(list) : null;
}

// ---------------------------------------------------------------------------------------------------------
// Registry

const STATUS_TH = { active: 'ดำเนินการ', inactive: 'ไม่ดำเนินการ', dissolved: 'ยุบเลิก' } as const;
const PROGRESS_TH = { 'not-started': PROGRESS_ANSWERS['not-started'][0]!, 'in-progress': PROGRESS_ANSWERS['in-progress'][0]!, done: PROGRESS_ANSWERS.done[0]! } as const;

const REGISTRY_ORDER = [
  'id', 'name', 'moo', 'village', 'subdistrict', 'district', 'province', 'founded', 'members', 'savings', 'status',
  'chair', 'phone', 'national_id', 'address',
] as const;
const REGISTRY_WIDTHS: Record<(typeof REGISTRY_ORDER)[number], number> = {
  id: 10, name: 42, moo: 7, village: 20, subdistrict: 16, district: 16, province: 12, founded: 14, members: 12,
  savings: 14, status: 14, chair: 26, phone: 14, national_id: 17, address: 40,
};

/** Header cell text of a registry column, sometimes with the unit officers add. */
function registryHeader(field: string): string {
  const h = th(REGISTRY_COLUMNS, field);
  if (field === 'members') return `${h} (คน)`;
  if (field === 'savings') return `${h} (บาท)`;
  return h;
}

function placeText(rng: Rng, kind: 'subdistrict' | 'district' | 'province', name: string, province: string): string {
  const r = rng.next();
  if (kind === 'district' && name === `เมือง${province}` && r < 0.1) return 'อ.เมือง';
  if (r < 0.85) return name;
  const prefix = { subdistrict: ['ต.', 'ตำบล'], district: ['อ.', 'อำเภอ'], province: ['จ.', 'จังหวัด'] }[kind];
  return `${rng.pick(prefix)}${name}`;
}

function foundedCell(rng: Rng, g: SampleGroup): Cell {
  if (g.override?.founded) return g.override.founded;
  const r = rng.next();
  if (r < 0.5) return { n: excelSerial(g.founded), z: DATE_FORMAT };
  if (r < 0.55) {
    // A Buddhist-Era year typed into a Gregorian spreadsheet: the cell is a date in year 25xx.
    const { y, m, d } = parseIso(g.founded);
    return { n: excelSerial(iso(toBE(y), m, d)), z: DATE_FORMAT };
  }
  if (r < 0.8) return beDateText(g.founded, 'slash');
  if (r < 0.95) return beDateText(g.founded, 'abbr');
  return beDateText(g.founded, 'thaiDigitsAbbr');
}

/** The province's registry workbook: a merged title row above the header, one row per group. */
export function registryWorkbook(province: Division, groups: readonly SampleGroup[], asOf: string, seed: string): XLSX.WorkBook {
  const rng = new Rng(`${seed}:registry:${province.code}`);
  const title = `ทะเบียนกลุ่มออมทรัพย์เพื่อการผลิต จังหวัด${province.name} (ข้อมูล ณ วันที่ ${beDateText(asOf, 'long')})`;
  const header = REGISTRY_ORDER.map(registryHeader);
  const rows: Cell[][] = [[title], header];
  for (const g of groups) {
    const r = rng.fork(g.id);
    const cells: Record<(typeof REGISTRY_ORDER)[number], Cell> = {
      id: r.chance(0.03) ? toThaiDigits(g.id) : g.id,
      name: g.name,
      moo: r.chance(0.1) ? toThaiDigits(g.moo) : g.moo,
      village: g.village,
      subdistrict: placeText(r, 'subdistrict', g.subdistrict.name, g.province.name),
      district: g.override?.district ?? placeText(r, 'district', g.district.name, g.province.name),
      province: placeText(r, 'province', g.province.name, g.province.name),
      founded: foundedCell(r, g),
      members: r.chance(0.05) ? `${g.members} คน` : g.members,
      savings: r.chance(0.05) ? `${toThaiDigits(commas(g.savings))} บาท` : { n: g.savings, z: MONEY_FORMAT },
      status: STATUS_TH[g.status],
      chair: g.chair,
      phone: g.phone,
      national_id: g.nationalId,
      address: g.address,
    };
    rows.push(REGISTRY_ORDER.map((f) => cells[f]));
  }
  const widths = REGISTRY_ORDER.map((f) => REGISTRY_WIDTHS[f]);
  const ws = sheet(rows, widths, [{ s: { r: 0, c: 0 }, e: { r: 0, c: 8 } }]);
  return workbook([[REGISTRY_SHEETS[0]!, ws]]);
}

// ---------------------------------------------------------------------------------------------------------
// Audit book

/** One group's audit book: the four sheets of DESIGN §4.4. */
export function bookWorkbook(a: SampleAudit, style: OfficerStyle, seed: string, criteria: Criteria = DEFAULT_CRITERIA): XLSX.WorkBook {
  const rng = new Rng(`${seed}:book:${a.file}`);
  const label = (f: string) => th(COVER_LABELS, f);
  const fy: Cell = style.fiscalYearEmpty ? null : rng.chance(0.1) ? toThaiDigits(a.fiscalYear) : a.fiscalYear;
  const cover = sheet(
    [
      ['รายการ', 'ข้อมูล'],
      [label('groupId'), style.idAsText ? a.groupId : Number(a.groupId)],
      [label('groupName'), a.groupName],
      [label('date'), dateCell(rng, style, a.date)],
      [label('fiscalYear'), fy],
      [label('statementDate'), dateCell(rng, style, a.statementDate)],
      [label('auditors'), a.auditors.join(rng.chance(0.5) ? ', ' : ' / ')],
    ],
    [18, 48],
  );

  const finRows: Cell[][] = [['รายการ', 'จำนวน']];
  for (const h of FINANCIAL_LABELS) {
    const field = h.field as FinancialField;
    const v = a.financials[field];
    const cell = v === undefined ? null : COUNT_FIELDS.includes(field) ? countCell(rng, style, v) : moneyCell(rng, style, v);
    finRows.push([h.headers[0]!, cell]);
  }
  const financials = sheet(finRows, [30, 16]);

  const indRows: Cell[][] = [INDICATOR_COLUMNS.map((c) => c.headers[0]!)];
  for (const b of bookIndicators(criteria)) {
    const v = a.answers[b.code] ?? null;
    indRows.push([b.code, b.th, answerCell(rng, style, b.input, v), noteFor(rng, b.code, v)]);
  }
  const indicators = sheet(indRows, [7, 50, 10, 32]);

  const planRows: Cell[][] = [PLAN_COLUMNS.map((c) => c.headers[0]!)];
  for (const p of a.plan) {
    const due: Cell = rng.chance(0.75) ? beDateText(p.due, rng.pick(['abbr', 'abbr', 'slash'] as const)) : { n: excelSerial(p.due), z: DATE_FORMAT };
    const g = p.progress;
    planRows.push([p.order, p.topic, p.cause, p.approach, p.activity, p.owner, due, g ? PROGRESS_TH[g.status] : null, g ? beDateText(g.date, 'abbr') : null, g?.note ?? null]);
  }
  const plan = sheet(planRows, [7, 36, 40, 36, 48, 22, 14, 16, 14, 36]);

  return workbook([
    [BOOK_SHEETS.cover[0]!, cover],
    [BOOK_SHEETS.financials[0]!, financials],
    [BOOK_SHEETS.indicators[0]!, indicators],
    [BOOK_SHEETS.plan[0]!, plan],
  ]);
}

// ---------------------------------------------------------------------------------------------------------
// Batch

/** A district's batch workbook for one fiscal year: a merged title row, one row per audited group. */
export function batchWorkbook(district: Division, fiscalYear: number, audits: readonly SampleAudit[], style: OfficerStyle, seed: string, criteria: Criteria = DEFAULT_CRITERIA): XLSX.WorkBook {
  const rng = new Rng(`${seed}:batch:${district.code}:${fiscalYear}`);
  const books = bookIndicators(criteria);
  const header: string[] = [
    ...BATCH_COLUMNS.map((c) => c.headers[0]!),
    ...FINANCIAL_LABELS.map((c) => c.headers[0]!),
    ...books.map((b) => b.code),
  ];
  const title = `สรุปผลการตรวจสุขภาพทางการเงินกลุ่มออมทรัพย์เพื่อการผลิต อำเภอ${district.name} ปีงบประมาณ ${fiscalYear}`;
  const rows: Cell[][] = [[title], header];
  for (const a of audits) {
    const r = rng.fork(`${a.groupId}:${a.date}`);
    rows.push([
      style.idAsText ? a.groupId : Number(a.groupId),
      a.groupName,
      dateCell(r, style, a.date),
      style.fiscalYearEmpty ? null : a.fiscalYear,
      dateCell(r, style, a.statementDate),
      ...FINANCIAL_LABELS.map((h) => {
        const field = h.field as FinancialField;
        const v = a.financials[field];
        return v === undefined ? null : COUNT_FIELDS.includes(field) ? countCell(r, style, v) : moneyCell(r, style, v);
      }),
      ...books.map((b) => answerCell(r, style, b.input, a.answers[b.code] ?? null)),
    ]);
  }
  const widths = [10, 42, 13, 11, 13, ...FINANCIAL_LABELS.map(() => 13), ...books.map(() => 6)];
  const ws = sheet(rows, widths, [{ s: { r: 0, c: 0 }, e: { r: 0, c: 10 } }]);
  return workbook([[BATCH_SHEETS[0]!, ws]]);
}

/** What office suites leave behind while a file is open (~$name.xlsx): a short owner record. */
export function lockFileBytes(owner = 'officer'): Buffer {
  const b = Buffer.alloc(165);
  b.writeUInt8(owner.length, 0);
  b.write(owner, 1, 'latin1');
  return b;
}
