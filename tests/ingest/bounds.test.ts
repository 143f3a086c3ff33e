/** Plausible bounds of every number read (issue 10 item 3; README "Plausible bounds"): an error on the cell, the rest builds. */
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/lib/schema/dataset';
import { BOUNDS, withinBound } from '../../src/lib/schema/bounds';
import { runPipeline } from '../../src/pipeline';
import { bookXlsx, dataDir, registryRow, registryXlsx } from './helpers';

const codesAt = (issues: { code: string; file: string; cell?: string; found?: string }[]) => issues.map((i) => [i.code, i.file, i.cell, i.found]);

describe('withinBound', () => {
  it('keeps values inside, inclusive at both ends', () => {
    expect(withinBound(0, BOUNDS.money)).toBe(0);
    expect(withinBound(1_000_000_000, BOUNDS.money)).toBe(1_000_000_000);
    expect(withinBound(10_000, BOUNDS.people)).toBe(10_000);
    expect(withinBound(1, BOUNDS.percent)).toBe(1);
    expect(withinBound(-1_000_000_000, BOUNDS.signedMoney)).toBe(-1_000_000_000);
  });
  it('refuses values outside, and what is not a finite number', () => {
    expect(withinBound(1_000_000_000.01, BOUNDS.money)).toBeUndefined();
    expect(withinBound(1e308, BOUNDS.money)).toBeUndefined();
    expect(withinBound(-5, BOUNDS.money)).toBeUndefined();
    expect(withinBound(10_001, BOUNDS.people)).toBeUndefined();
    expect(withinBound(1.5, BOUNDS.percent)).toBeUndefined();
    expect(withinBound(367, BOUNDS.times)).toBeUndefined();
    expect(withinBound(Number.POSITIVE_INFINITY, BOUNDS.signedMoney)).toBeUndefined();
    expect(withinBound(Number.NaN, BOUNDS.lat)).toBeUndefined();
  });
  it('rounds money to the satang: a formula remainder is 0, never -0 or a negative', () => {
    // 0.3 - 0.1 - 0.2 = -2.7755575615628914e-17 in floating point
    expect(Object.is(withinBound(0.3 - 0.1 - 0.2, BOUNDS.money), 0)).toBe(true);
    expect(withinBound(10_000.004, BOUNDS.money)).toBe(10_000);
    expect(withinBound(0.1 + 0.2, BOUNDS.money)).toBe(0.3);
  });
});

describe('bounds at ingest', () => {
  it('two savings cells of 1e308: an error on each cell, check sees them, the other groups build into a valid dataset', async () => {
    // Before: the sums overflowed to Infinity and the build stopped at the dataset phase naming no file.
    const data = dataDir({
      'registry/r.xlsx': registryXlsx([registryRow('6001001', { savings: 1e308 }), registryRow('6001002', { savings: 1e308 }), registryRow('6001003')]),
    });
    const { dataset, issues, ingest } = await runPipeline(data);
    expect(codesAt(issues)).toEqual([
      ['E_NUMBER_RANGE', 'registry/r.xlsx', 'G2', '1e+308'],
      ['E_NUMBER_RANGE', 'registry/r.xlsx', 'G3', '1e+308'],
    ]);
    expect(issues[0]!.en).toBe('registry/r.xlsx, sheet ทะเบียนกลุ่ม, cell G2: savings "1e+308" is out of range — expected an amount from 0 to 1,000,000,000 baht');
    expect(issues[0]!.th).toBe('ไฟล์ registry/r.xlsx แผ่นงาน ทะเบียนกลุ่ม ช่อง G2: เงินสัจจะสะสม "1e+308" อยู่นอกช่วงที่ใช้ได้ — ต้องเป็นจำนวนเงินตั้งแต่ 0 ถึง 1,000,000,000 บาท');
    expect(dataset.groups.map((g) => g.id)).toEqual(['6001003']);
    expect(DatasetSchema.safeParse(dataset).success).toBe(true);
    expect(ingest.files).toMatchObject([{ path: 'registry/r.xlsx', status: 'partial', errors: 2 }]);
  });

  it('members of one group above 10,000', async () => {
    const data = dataDir({ 'registry/r.xlsx': registryXlsx([registryRow('6001001', { members: 25_000 })]) });
    const { issues } = await runPipeline(data);
    expect(codesAt(issues)).toEqual([['E_NUMBER_RANGE', 'registry/r.xlsx', 'F2', '25,000']]);
    expect(issues[0]!.en).toBe('registry/r.xlsx, sheet ทะเบียนกลุ่ม, cell F2: members "25,000" is out of range — expected a whole number of people from 0 to 10,000');
  });

  it('an audit book: negative cash, a 150 % attendance, 400 meetings and 1e308 savings are errors on their cells; a loss is not; the audit is still scored', async () => {
    const data = dataDir({
      'registry/r.xlsx': registryXlsx([registryRow('6001001')]),
      'audits/2567/a.xlsx': bookXlsx('6001001', {
        financials: { เงินสัจจะสะสม: 1e308, เงินสดในมือ: -5, กำไรสุทธิ: -20_000 },
        answers: { G2: 400, M3: '150%' },
      }),
    });
    const { dataset, issues } = await runPipeline(data);
    // งบการเงิน rows: savings is row 4, cash row 9; ตัวชี้วัด: header, then G1 row 2, G2 row 3, … M3 row 6.
    expect(codesAt(issues)).toEqual([
      ['E_NUMBER_RANGE', 'audits/2567/a.xlsx', 'B4', '1e+308'],
      ['E_NUMBER_RANGE', 'audits/2567/a.xlsx', 'B9', '-5'],
      ['E_NUMBER_RANGE', 'audits/2567/a.xlsx', 'B3', '400'],
      ['E_NUMBER_RANGE', 'audits/2567/a.xlsx', 'B6', '150%'],
    ]);
    expect(issues.map((i) => i.en.slice(i.en.indexOf(': ') + 2))).toEqual([
      'savings "1e+308" is out of range — expected an amount from 0 to 1,000,000,000 baht',
      'cash on hand "-5" is out of range — expected an amount from 0 to 1,000,000,000 baht',
      'indicator G2 "400" is out of range — expected a whole number of times from 0 to 366 in the year',
      'indicator M3 "150%" is out of range — expected a percentage from 0 to 100',
    ]);
    expect(issues[3]!.th).toBe('ไฟล์ audits/2567/a.xlsx แผ่นงาน ตัวชี้วัด ช่อง B6: ตัวชี้วัด M3 "150%" อยู่นอกช่วงที่ใช้ได้ — ต้องเป็นร้อยละ 0 ถึง 100');
    const audit = dataset.groups[0]!.audits[0]!;
    expect(audit.financials).not.toHaveProperty('savings');
    expect(audit.financials).not.toHaveProperty('cash');
    expect(audit.financials.net_profit).toBe(-20_000);
    expect(DatasetSchema.safeParse(dataset).success).toBe(true);
  });

  it('every field at its largest plausible value, in many groups, still gives a valid dataset (sums cannot overflow)', async () => {
    const max = BOUNDS.money.max;
    const rows = Array.from({ length: 50 }, (_, k) => registryRow(String(6001001 + k), { members: BOUNDS.people.max, savings: max }));
    const fin = Object.fromEntries(['สมาชิกต้นปี', 'สมาชิกสิ้นปี', 'สมาชิกที่ส่งสัจจะครบทุกเดือน'].map((l) => [l, BOUNDS.people.max]));
    for (const l of ['เงินสัจจะสะสม', 'ทุนสำรอง', 'กองทุนอื่น', 'ลูกหนี้เงินกู้คงเหลือ', 'ลูกหนี้ค้างชำระ', 'เงินสดในมือ', 'เงินฝากธนาคาร', 'กำไรสุทธิ', 'สวัสดิการที่จ่าย']) fin[l] = max;
    const data = dataDir({
      'registry/r.xlsx': registryXlsx(rows),
      'audits/2567/a.xlsx': bookXlsx('6001001', { financials: fin, answers: { G2: 366, M3: '100%' } }),
      'audits/2567/b.xlsx': bookXlsx('6001002', { financials: { ...fin, ทุนสำรอง: 0.01, กองทุนอื่น: 0, เงินสัจจะสะสม: 0.01, กำไรสุทธิ: -max } }),
    });
    const { dataset, issues } = await runPipeline(data);
    expect(issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual([]);
    expect(DatasetSchema.safeParse(dataset).success).toBe(true);
    const province = dataset.provinces[0]!.years[0]!;
    // 2 audited groups at 1e9 savings (b's is 0.01) + 48 registry rows at 1e9: (1 + 48) × 1e9 + 0.01
    expect(province.savings).toBe(49_000_000_000.01);
  });
});
