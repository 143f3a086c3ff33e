import { describe, expect, it } from 'vitest';
import type { AuditRecord, RegistryRecord } from '../../src/lib/schema/records';
import { applyCrossFileRules } from '../../src/lib/validate/cross-file';

const place = { code: '6001', name: 'เมืองนครสวรรค์' };
const reg = (id: string, file: string, row: number, name = `กลุ่มออมทรัพย์เพื่อการผลิตบ้าน${id}`): RegistryRecord => ({
  id, name, subdistrict: place, district: place, province: { code: '60', name: 'นครสวรรค์' }, status: 'active',
  source: { file, sheet: 'ทะเบียนกลุ่ม', row, cells: { id: `A${row}` } },
});
const audit = (groupId: string, date: string, file: string, groupName?: string): AuditRecord => ({
  groupId, date, fiscalYear: 2567, financials: {}, answers: {}, plan: [],
  ...(groupName ? { groupName } : {}),
  source: { file, sheet: 'ข้อมูลการตรวจ', cells: { groupId: 'B2', groupName: 'B3' } },
});

describe('cross-file rules (DESIGN §4.6)', () => {
  it('duplicate registry ids: both rows rejected, an error each naming the other', () => {
    const r = applyCrossFileRules({ registry: [reg('1001', 'a.xlsx', 3), reg('1001', 'b.xlsx', 7), reg('1002', 'a.xlsx', 4)], audits: [] });
    expect(r.registry.map((g) => g.id)).toEqual(['1002']);
    expect(r.issues.map((i) => [i.code, i.file, i.cell])).toEqual([
      ['E_DUPLICATE_ID', 'a.xlsx', 'A3'],
      ['E_DUPLICATE_ID', 'b.xlsx', 'A7'],
    ]);
    expect(r.issues[0]!.en).toContain('is also used at b.xlsx, sheet ทะเบียนกลุ่ม, cell A7');
  });

  it('an audit of an unregistered group is an error and is kept out', () => {
    const r = applyCrossFileRules({ registry: [reg('1001', 'r.xlsx', 3)], audits: [audit('9999', '2024-06-28', 'x.xlsx')] });
    expect(r.audits).toEqual([]);
    expect(r.issues.map((i) => [i.code, i.file, i.cell, i.found])).toEqual([['E_GROUP_NOT_IN_REGISTRY', 'x.xlsx', 'B2', '9999']]);
    expect(r.dropped.get('x.xlsx')).toBe(1);
  });

  it('two audits in one fiscal year: the later date wins, the other is a warning', () => {
    const r = applyCrossFileRules({
      registry: [reg('1001', 'r.xlsx', 3)],
      audits: [audit('1001', '2024-07-01', 'late.xlsx'), audit('1001', '2024-06-28', 'early.xlsx')],
    });
    expect(r.audits.map((a) => a.source.file)).toEqual(['late.xlsx']);
    expect(r.issues.map((i) => [i.code, i.file])).toEqual([['W_AUDIT_DUPLICATE', 'early.xlsx']]);
  });

  it('the name on the book is checked against the registry (the standard prefix may be left out)', () => {
    const r = applyCrossFileRules({
      registry: [reg('1001', 'r.xlsx', 3, 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านหนองปลิง'), reg('1002', 'r.xlsx', 4, 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านดอน')],
      audits: [audit('1001', '2024-07-01', 'a.xlsx', 'บ้านหนองปลิง'), audit('1002', '2024-07-01', 'b.xlsx', 'กลุ่มอื่น')],
    });
    expect(r.audits).toHaveLength(2);
    expect(r.issues.map((i) => [i.code, i.file, i.cell])).toEqual([['W_NAME_MISMATCH', 'b.xlsx', 'B3']]);
  });
});
