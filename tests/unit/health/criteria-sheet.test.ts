import { describe, expect, it } from 'vitest';
import { parseCriteriaSheet } from '../../../src/lib/health/criteria-sheet';
import { criteriaToRows } from '../../../src/lib/health/criteria-rows';
import { parseBands, parseMeasure } from '../../../src/lib/health/criteria-notation';
import { columnLetter } from '../../../src/lib/cell-address';
import { DEFAULT_CRITERIA } from '../../../src/lib/health/default-criteria';
import { CriteriaSchema, type Criteria } from '../../../src/lib/schema/criteria';

const FILE = 'criteria/นครสวรรค์.xlsx';
const SHEET = 'เกณฑ์';
const parse = (rows: unknown[][]) => parseCriteriaSheet(rows, FILE, SHEET);
const rows = () => criteriaToRows(DEFAULT_CRITERIA) as unknown[][];
const headerIndex = (r: unknown[][]) => r.findIndex((x) => x[0] === 'รหัส');
/** Replaces one cell of an indicator row. */
function edit(code: string, col: number, value: unknown): unknown[][] {
  const r = rows();
  const row = r.find((x, i) => i > headerIndex(r) && x[0] === code)!;
  row[col] = value;
  return r;
}

describe('criteria sheet round trip', () => {
  it('reads an indicator code typed with Thai digits, lower case or spaces as audit books and KM do ("f๑", " g 2 ")', () => {
    const r = rows();
    const start = headerIndex(r) + 1;
    const f1 = r.findIndex((x, i) => i >= start && x[0] === 'F1');
    const g2 = r.findIndex((x, i) => i >= start && x[0] === 'G2');
    r[f1]![0] = 'f๑';
    r[g2]![0] = ' g 2 ';
    const p = parse(r);
    expect(p.issues).toEqual([]);
    expect(p.criteria).toEqual(DEFAULT_CRITERIA);
  });

  it('criteriaToRows → parseCriteriaSheet gives DEFAULT_CRITERIA back, with no issue', () => {
    const p = parse(rows());
    expect(p.issues).toEqual([]);
    expect(p.criteria).toEqual(DEFAULT_CRITERIA);
  });

  it('round-trips a table using every band form, a count red flag and a sum with minus terms', () => {
    const c: Criteria = CriteriaSchema.parse({
      id: 'test-2568', th: 'ทดสอบ', en: 'Test',
      dimensions: [{ code: 'F', th: 'การเงิน', en: 'Finance' }, { code: 'G', th: 'บริหาร', en: 'Governance' }, { code: 'S', th: 'สวัสดิการ', en: 'Benefits' }],
      levels: { good: 75.5, fair: 50 },
      incompleteAbovePoints: 0,
      indicators: [
        { code: 'F9', dimension: 'F', th: 'ก', en: 'a', max: 7.5,
          measure: { kind: 'ratio', plus: ['cash', 'bank'], minus: ['overdue', 'net_profit'], denominator: ['savings', 'reserve', 'other_funds'] },
          bands: [
            { min: 0.333, max: 0.5, minExclusive: true, maxExclusive: true, points: 7.5 },
            { min: -0.125, max: 0.333, points: 2.5 },
            { max: -0.125, maxExclusive: true, points: 1 },
            { min: 0.5, minExclusive: true, points: 0.5 },
            { points: 0 },
          ],
          redFlag: { when: 'above', value: 0.925 } },
        { code: 'G12', dimension: 'G', th: 'ข', en: 'b', max: 10, measure: { kind: 'answer', input: 'count' },
          bands: [{ min: 24, points: 10 }, { min: 12, max: 23, points: 5 }], redFlag: { when: 'above', value: 100 } },
        { code: 'G13', dimension: 'G', th: 'ค', en: 'c', max: 2, measure: { kind: 'positiveAndAnswer', field: 'welfare_paid' }, redFlag: { when: 'no' } },
        // Up to 100 points, none outweighing its dimension: F 7.5 + 7.5, G 10 + 2 + 12, S 30.5 + 30.5.
        { code: 'F10', dimension: 'F', th: 'ง', en: 'd', max: 7.5, measure: { kind: 'answer', input: 'yesno' }, bands: [] },
        { code: 'G14', dimension: 'G', th: 'จ', en: 'e', max: 12, measure: { kind: 'answer', input: 'yesno' }, bands: [] },
        { code: 'S7', dimension: 'S', th: 'ฉ', en: 'f', max: 30.5, measure: { kind: 'answer', input: 'yesno' }, bands: [] },
        { code: 'S8', dimension: 'S', th: 'ช', en: 'g', max: 30.5, measure: { kind: 'answer', input: 'yesno' }, bands: [] },
      ],
    });
    const r = criteriaToRows(c);
    expect(r.find((x) => x[0] === 'F9')![4]).toBe('ratio:cash+bank-overdue-net_profit/total_funds');
    expect(r.find((x) => x[0] === 'F9')![6]).toBe('>33.3%-<50%:7.5; -12.5%-33.3%:2.5; <-12.5%:1; >50%:0.5; else:0');
    expect(r.find((x) => x[0] === 'G12')![7]).toBe('>100');
    const p = parse(r as unknown[][]);
    expect(p.issues).toEqual([]);
    expect(p.criteria).toEqual(c);
  });
});

describe('reading what an officer types', () => {
  it('accepts English headers, ≥ ≤ signs, fractions, Thai digits, spaces and a title row above', () => {
    const sheet: unknown[][] = [
      ['เกณฑ์ตรวจสุขภาพกลุ่มออมทรัพย์ จังหวัดนครสวรรค์ ปี ๒๕๖๘'],
      ['Criteria ID', 'nsw-2568'],
      [],
      ['Code', 'Dimension', 'ตัวชี้วัด', 'Indicator', 'Measure', 'Points', 'Bands', 'Red flag'],
      ['f1', 'การเงิน', 'หนี้ค้างชำระ', 'Overdue', ' ratio : overdue / loans_outstanding ', '๑๐', '≤ 0.05 : 10 ; ≤ 10% : 5', '> 0.2'],
      ['B1', 'B', 'บัญชีเป็นปัจจุบัน', 'Books', 'answer:yesno', 8, '', 'ไม่'],
      // The other 15 indicators of the default set, so the points make 100.
      ...rows().slice(headerIndex(rows()) + 1).filter((r) => r[0] !== 'F1' && r[0] !== 'B1'),
    ];
    const p = parse(sheet);
    expect(p.issues.map((i) => i.code)).toEqual(['W_CRITERIA_DEFAULT_SETTING', 'W_CRITERIA_DEFAULT_SETTING', 'W_CRITERIA_DEFAULT_SETTING']);
    expect(p.criteria!.id).toBe('nsw-2568');
    expect(p.criteria!.levels).toEqual({ good: 80, fair: 60 });
    expect(p.criteria!.dimensions.map((d) => d.code)).toEqual(['G', 'M', 'B', 'F', 'S']);
    expect(p.criteria!.indicators[0]).toEqual({
      code: 'F1', dimension: 'F', th: 'หนี้ค้างชำระ', en: 'Overdue', max: 10,
      measure: { kind: 'ratio', plus: ['overdue'], minus: [], denominator: ['loans_outstanding'] },
      bands: [{ max: 0.05, points: 10 }, { max: 0.1, points: 5 }],
      redFlag: { when: 'above', value: 0.2 },
    });
    expect(p.criteria!.indicators[1]!.redFlag).toEqual({ when: 'no' });
  });

  it('parseMeasure and parseBands on their own', () => {
    expect(parseMeasure('positive:welfare_paid')).toEqual({ ok: true, value: { kind: 'positive', field: 'welfare_paid' } });
    expect(parseMeasure('ratio:members_end-members_start/members_start')).toEqual({
      ok: true, value: { kind: 'ratio', plus: ['members_end'], minus: ['members_start'], denominator: ['members_start'] },
    });
    expect(parseMeasure('ratio:-cash/savings')).toEqual({ ok: false, reason: 'notRatio', detail: {} });
    expect(parseMeasure('ratio:cash')).toEqual({ ok: false, reason: 'notRatio', detail: {} });
    expect(parseMeasure('answer:maybe')).toEqual({ ok: false, reason: 'answerType', detail: { arg: 'maybe' } });
    expect(parseBands('0.7-0.9:6; 0.5-<0.7:3; >0.9-1:3', true)).toEqual({
      ok: true, warnings: [],
      value: [{ min: 0.7, max: 0.9, points: 6 }, { min: 0.5, max: 0.7, maxExclusive: true, points: 3 }, { min: 0.9, max: 1, minExclusive: true, points: 3 }],
    });
    expect(parseBands('>=-5%:2', true)).toMatchObject({ ok: true, value: [{ min: -0.05, points: 2 }] });
  });

  it('warns when a ratio threshold looks like a percent written without %', () => {
    const p = parse(edit('M1', 6, '>=90:6; >=75:3'));
    expect(p.issues.map((i) => [i.code, i.cell])).toEqual([['W_CRITERIA_PERCENT_SIGN', 'G17'], ['W_CRITERIA_PERCENT_SIGN', 'G17']]);
    expect(p.issues[0]!.th).toContain('ให้เขียน 90%');
  });
});

describe('errors name the cell and stop the criteria from being used', () => {
  // Rows: 1 id, 2 name, 3–5 levels, 6–10 dimensions, 11 blank, 12 header, 13 G1, 14 G2 … 17 M1 … 23 F1 …
  const cases: [string, unknown[][], string, string | undefined][] = [
    ['unknown measure', edit('F1', 4, 'ratio:overdue/loans'), 'E_CRITERIA_MEASURE', 'E23'],
    ['unreadable bands', edit('F1', 6, 'น้อยกว่า 5%:10'), 'E_CRITERIA_BANDS', 'G23'],
    ['bands on a yes/no indicator', edit('G1', 6, '>=1:5'), 'E_CRITERIA_BANDS', 'G13'],
    ['no bands on a numeric indicator', edit('G2', 6, ''), 'E_CRITERIA_BANDS', 'G14'],
    ['band points above full points', edit('G2', 6, '>=12:9'), 'E_CRITERIA_BANDS', 'G14'],
    ['full points not a number', edit('G2', 5, 'แปด'), 'E_CRITERIA_POINTS', 'F14'],
    ['unknown dimension', edit('G2', 1, 'X'), 'E_CRITERIA_DIMENSION', 'B14'],
    ['bad code', edit('G2', 0, 'ก2'), 'E_CRITERIA_CODE', 'A14'],
    ['duplicate code', edit('G2', 0, 'G1'), 'E_CRITERIA_DUPLICATE', 'A14'],
    ['red flag "no" on a ratio', edit('F1', 7, 'no'), 'E_CRITERIA_RED_FLAG', 'H23'],
    ['unreadable red flag', edit('F1', 7, 'มาก'), 'E_CRITERIA_RED_FLAG', 'H23'],
  ];
  it.each(cases)('%s', (_name, sheet, code, cell) => {
    const p = parse(sheet);
    expect(p.criteria).toBeUndefined();
    const errors = p.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.code, i.cell])).toEqual([[code, cell]]);
    expect(errors[0]!.file).toBe(FILE);
    expect(errors[0]!.sheet).toBe(SHEET);
    expect(errors[0]!.th.startsWith(`ไฟล์ ${FILE} แผ่นงาน ${SHEET} ช่อง ${cell}: `)).toBe(true);
    expect(errors[0]!.en.startsWith(`${FILE}, sheet ${SHEET}, cell ${cell}: `)).toBe(true);
  });

  it('1,000 points for one yes/no answer: the points make 1,092, not 100, and B1 outweighs its dimension', () => {
    // Default 100 − B1's 8 + 1,000 = 1,092. B's others: B2 8 + B3 4 = 12 < 1,000. Header row 12, B1 on row 20; points in F.
    const p = parse(edit('B1', 5, 1000));
    expect(p.criteria).toBeUndefined();
    expect(p.issues.map((i) => [i.code, i.cell, i.found ?? ''])).toEqual([['E_CRITERIA_TOTAL', 'F12', ''], ['E_CRITERIA_OUTWEIGHS', 'F20', '1000']]);
    expect(p.issues[0]!.en).toBe(
      `${FILE}, sheet ${SHEET}, cell F12: full points add up to 1092, not 100, so these criteria are not used (the default criteria omsap-2567 are) — expected the full points of all indicators to add up to 100`,
    );
  });
  it('an indicator that outweighs its dimension, with 100 points in all', () => {
    // B1 14, B2 2, B3 4: still 20 for B and 100 in all, but B1's 14 is more than B2 + B3 = 6.
    const r = edit('B1', 5, 14);
    r.find((x, i) => i > headerIndex(r) && x[0] === 'B2')![5] = 2;
    const p = parse(r);
    expect(p.criteria).toBeUndefined();
    expect(p.issues.map((i) => [i.code, i.cell, i.found])).toEqual([['E_CRITERIA_OUTWEIGHS', 'F20', '14']]);
    expect(p.issues[0]!.th).toBe(
      `ไฟล์ ${FILE} แผ่นงาน ${SHEET} ช่อง F20: B1 ได้คะแนนเต็ม "14" มากกว่าตัวชี้วัดอื่นทั้งหมดในมิติ B รวมกัน (6) ตัวชี้วัดเดียวจึงตัดสินทั้งมิติ ไม่ได้ใช้เกณฑ์นี้ ใช้เกณฑ์ชุดเริ่มต้น omsap-2567 แทน — คะแนนเต็มของตัวชี้วัดหนึ่งต้องไม่เกินคะแนนรวมของตัวชี้วัดอื่นในมิติเดียวกัน`,
    );
  });
  it('half of a dimension is not outweighing it (S1 5 beside S2 5 in the default set)', () => {
    expect(parse(rows()).issues).toEqual([]);
  });

  it('no id', () => {
    const p = parse(rows().slice(1));
    expect(p.criteria).toBeUndefined();
    expect(p.issues.map((i) => i.code)).toEqual(['E_CRITERIA_NO_ID']);
  });
  it('no header row', () => {
    expect(parse([['รหัสชุดเกณฑ์', 'x'], ['G1', 'G']]).issues.map((i) => i.code)).toEqual(['E_CRITERIA_NO_HEADER']);
  });
  it('a missing required column', () => {
    const r = rows().map((x) => x.filter((_, i) => i !== 5));
    expect(parse(r).issues.map((i) => i.code)).toEqual(['E_CRITERIA_MISSING_COLUMN']);
  });
  it('fair above good', () => {
    const r = rows();
    r[3]![1] = 90;
    const issues = parse(r).issues;
    expect(issues.map((i) => i.code)).toEqual(['E_CRITERIA_SETTING']);
    expect(issues[0]!.en).toBe(`${FILE}, sheet ${SHEET}: the fair threshold 90 is above the good threshold 80 — expected it no higher than the good threshold`);
  });
  it('no indicator rows', () => {
    const r = rows();
    expect(parse(r.slice(0, headerIndex(r) + 1)).issues.map((i) => i.code)).toEqual(['E_CRITERIA_EMPTY']);
  });
});

describe('columnLetter', () => {
  // Bijective base 26: 26 = AA (not BA), 51 = 26 + 25 = AZ, 52 = BA, 701 = 26 × 26 + 25 = ZZ, 702 = AAA.
  it('A, Z, AA, AZ, BA, ZZ, AAA', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
