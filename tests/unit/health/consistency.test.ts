import { describe, expect, it } from 'vitest';
import { checkConsistency, placeOf } from '../../../src/lib/health/consistency';
import { DEFAULT_CRITERIA } from '../../../src/lib/health/default-criteria';
import { IssueSchema } from '../../../src/lib/schema/issue';
import type { AuditRecord } from '../../../src/lib/schema/records';
import { auditA, auditAWith, auditB } from '../../golden/fixtures';

const check = (a: AuditRecord) => checkConsistency(a, DEFAULT_CRITERIA);

describe('checkConsistency (DESIGN §5.1 consistency rules)', () => {
  it('finds nothing in the worked examples', () => {
    expect(check(auditA())).toEqual([]);
    expect(check(auditB())).toEqual([]);
  });

  it('overdue above loans outstanding → E_OVERDUE_ABOVE_LOANS naming file, sheet and cell', () => {
    const [i, ...rest] = check(auditAWith({ overdue: 900_000 }));
    expect(rest).toEqual([]);
    expect(i).toEqual({
      severity: 'error',
      code: 'E_OVERDUE_ABOVE_LOANS',
      file: 'audits/2567/กลุ่ม-A.xlsx',
      sheet: 'งบการเงิน',
      cell: 'B9',
      field: 'overdue',
      found: '900,000',
      expected: '≤ 800,000',
      th: 'ไฟล์ audits/2567/กลุ่ม-A.xlsx แผ่นงาน งบการเงิน ช่อง B9: ลูกหนี้ค้างชำระ 900,000 มากกว่าลูกหนี้เงินกู้คงเหลือ 800,000 — ลูกหนี้ค้างชำระต้องไม่เกินลูกหนี้เงินกู้คงเหลือ',
      en: 'audits/2567/กลุ่ม-A.xlsx, sheet งบการเงิน, cell B9: overdue loans 900,000 is more than loans outstanding 800,000 — overdue loans cannot exceed loans outstanding',
    });
    expect(IssueSchema.safeParse(i).success).toBe(true);
  });

  it('overdue equal to loans is allowed', () => {
    expect(check(auditAWith({ overdue: 800_000 }))).toEqual([]);
  });

  it('regular savers above members at end → E_SAVERS_ABOVE_MEMBERS', () => {
    const issues = check(auditAWith({ regular_savers: 105 }));
    expect(issues.map((i) => [i.code, i.cell, i.found])).toEqual([['E_SAVERS_ABOVE_MEMBERS', 'B4', '105']]);
  });

  it('negative money → E_NUMBER_RANGE (the catalogue code ingest uses too); a loss (negative net profit) is fine', () => {
    const issues = check(auditAWith({ cash: -5, net_profit: -20_000 }));
    expect(issues.map((i) => [i.code, i.field, i.cell])).toEqual([['E_NUMBER_RANGE', 'cash', 'B10']]);
    expect(issues[0]!.th).toBe('ไฟล์ audits/2567/กลุ่ม-A.xlsx แผ่นงาน งบการเงิน ช่อง B10: เงินสดในมือ "-5" อยู่นอกช่วงที่ใช้ได้ — ต้องเป็นจำนวนเงินตั้งแต่ 0 บาทขึ้นไป');
    expect(issues[0]!.en).toBe('audits/2567/กลุ่ม-A.xlsx, sheet งบการเงิน, cell B10: cash on hand "-5" is out of range — expected an amount of 0 baht or more');
  });

  it('counts must be whole and not negative', () => {
    const issues = check(auditAWith({ members_end: 104.5, members_start: -1 }));
    expect(issues.map((i) => [i.code, i.field])).toEqual([
      ['E_NUMBER_RANGE', 'members_start'],
      ['E_NUMBER_INVALID', 'members_end'],
    ]);
  });

  it('book answers: a percent outside 0–100 % and a fractional meeting count', () => {
    const issues = check(auditAWith({}, { M3: 1.5, G2: 11.5 }));
    expect(issues.map((i) => [i.code, i.field, i.found])).toEqual([
      ['E_NUMBER_INVALID', 'G2', '11.5'],
      ['E_NUMBER_RANGE', 'M3', '150%'],
    ]);
    expect(issues[1]!.en).toContain(': indicator M3 "150%" is out of range — expected a percentage from 0 to 100');
  });

  it('names the row when there is no cell address (batch rows)', () => {
    const a = auditAWith({ overdue: 900_000 });
    const batch = { ...a, source: { file: 'audits/2567/รวมอำเภอ.xlsx', sheet: 'ผลการตรวจ', row: 7, cells: {} } };
    const [i] = check(batch);
    expect(i!.cell).toBeUndefined();
    expect(i!.th.startsWith('ไฟล์ audits/2567/รวมอำเภอ.xlsx แผ่นงาน ผลการตรวจ แถว 7: ')).toBe(true);
    expect(i!.en.startsWith('audits/2567/รวมอำเภอ.xlsx, sheet ผลการตรวจ, row 7: ')).toBe(true);
  });
});

describe('placeOf', () => {
  const a = auditA();
  it('uses source.sheets[field] when the field sits on another sheet', () => {
    const s = { ...a.source, sheet: 'ข้อมูลการตรวจ', sheets: { M3: 'ตัวชี้วัด' }, cells: { M3: 'C8' } };
    expect(placeOf({ ...a, source: s }, 'M3')).toEqual({ file: a.source.file, sheet: 'ตัวชี้วัด', cell: 'C8' });
  });
  it('reads a sheet-qualified address', () => {
    const s = { ...a.source, cells: { M3: "'ตัวชี้วัด'!C8", G2: 'ตัวชี้วัด!C5' } };
    expect(placeOf({ ...a, source: s }, 'M3')).toEqual({ file: a.source.file, sheet: 'ตัวชี้วัด', cell: 'C8' });
    expect(placeOf({ ...a, source: s }, 'G2')).toEqual({ file: a.source.file, sheet: 'ตัวชี้วัด', cell: 'C5' });
  });
});
