import { describe, expect, it } from 'vitest';
import { checkConsistency, placeOf } from '../../../src/lib/health/consistency';
import { IssueSchema } from '../../../src/lib/schema/issue';
import type { AuditRecord } from '../../../src/lib/schema/records';
import { auditA, auditAWith, auditB } from '../../golden/fixtures';

const check = (a: AuditRecord) => checkConsistency(a);

describe('checkConsistency (DESIGN §5.1 rules across fields; one-field bounds are ingest\'s: tests/ingest/bounds.test.ts)', () => {
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
