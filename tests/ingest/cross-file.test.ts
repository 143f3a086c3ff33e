import { describe, expect, it } from 'vitest';
import { makeIssue } from '../../src/lib/issues/make-issue';
import type { AuditRecord, RegistryRecord } from '../../src/lib/schema/records';
import { applyCrossFileRules } from '../../src/lib/validate/cross-file';
import { oneEditAway } from '../../src/lib/validate/one-edit';

const place = { code: '6001', name: 'เมืองนครสวรรค์', nameEn: 'Mueang Nakhon Sawan' };
const reg = (id: string, file: string, row: number, more: Partial<RegistryRecord> = {}, phone = 'd-phone-1'): RegistryRecord => ({
  id, name: `กลุ่มออมทรัพย์เพื่อการผลิตบ้าน${id}`, subdistrict: place, district: place, province: { code: '60', name: 'นครสวรรค์', nameEn: 'Nakhon Sawan' }, status: 'active',
  ...more,
  source: { file, sheet: 'ทะเบียนกลุ่ม', row, cells: { id: `A${row}` }, privateDigests: { phone } },
});
const audit = (groupId: string, date: string, file: string, more: Partial<AuditRecord> = {}): AuditRecord => ({
  groupId, date, fiscalYear: 2567, financials: { cash: 10_000 }, answers: {}, plan: [],
  ...more,
  source: { file, sheet: 'ข้อมูลการตรวจ', cells: { groupId: 'B2', groupName: 'B3' } },
});
const codes = (r: { issues: { code: string; file: string; cell?: string }[] }) => r.issues.map((i) => [i.code, i.file, i.cell]);

describe('duplicate registry ids (DESIGN §4.6)', () => {
  it('different values: both rows rejected, each naming the other and the public values side by side, private ones by name only', () => {
    const r = applyCrossFileRules({
      registry: [reg('1001', 'a.xlsx', 3, { members: 25 }), reg('1001', 'b.xlsx', 7, { members: 27 }, 'd-phone-2'), reg('1002', 'a.xlsx', 4)],
      audits: [],
    });
    expect(r.registry.map((g) => g.id)).toEqual(['1002']);
    expect(codes(r)).toEqual([
      ['E_DUPLICATE_ID', 'a.xlsx', 'A3'],
      ['E_DUPLICATE_ID', 'b.xlsx', 'A7'],
    ]);
    expect(r.issues[0]!.en).toBe(
      'a.xlsx, sheet ทะเบียนกลุ่ม, cell A3: group id "1001" is also used at b.xlsx, sheet ทะเบียนกลุ่ม, cell A7 with different values (members "25" vs "27"; private phone (not shown)), so both rows are left out — expected ids to be unique in the registry; keep the one correct row',
    );
    expect(r.issues[1]!.th).toBe(
      'ไฟล์ b.xlsx แผ่นงาน ทะเบียนกลุ่ม ช่อง A7: รหัสกลุ่ม "1001" ซ้ำกับไฟล์ a.xlsx แผ่นงาน ทะเบียนกลุ่ม ช่อง A3 แต่ข้อมูลต่างกัน (จำนวนสมาชิก "27" กับ "25"; ข้อมูลส่วนบุคคล โทรศัพท์ (ไม่แสดงค่า)) ทั้งสองแถวจึงไม่ได้นำไปใช้ — ต้องไม่ซ้ำกันในทะเบียน ให้เหลือแถวที่ถูกต้องเพียงแถวเดียว',
    );
    expect(r.files.get('a.xlsx')).toMatchObject({ dropped: 1, copies: 0 });
  });

  it('equal public values but another phone number (an old copy, or a numeric id Excel wrote as 1.10370E+12) is a copy: one group, the .xlsx row kept', () => {
    const r = applyCrossFileRules({ registry: [reg('1001', 'a.csv', 3, {}, 'd-phone-2'), reg('1001', 'a.xlsx', 3)], audits: [] });
    expect(r.registry.map((g) => [g.id, g.source.file])).toEqual([['1001', 'a.xlsx']]);
    expect(codes(r)).toEqual([['W_FILE_COPY', 'a.csv', undefined]]);
  });
});

describe('copies are not conflicts', () => {
  it('a registry saved again as CSV: one group per row, the .xlsx used, one warning for the copy file', () => {
    const xlsx = [reg('1001', 'registry/r.xlsx', 3), reg('1002', 'registry/r.xlsx', 4)];
    const csv = [reg('1001', 'registry/r.csv', 3), reg('1002', 'registry/r.csv', 4)];
    const r = applyCrossFileRules({ registry: [...csv, ...xlsx], audits: [] });
    expect(r.registry.map((g) => [g.id, g.source.file])).toEqual([
      ['1001', 'registry/r.xlsx'],
      ['1002', 'registry/r.xlsx'],
    ]);
    expect(codes(r)).toEqual([['W_FILE_COPY', 'registry/r.csv', undefined]]);
    expect(r.issues[0]!.en).toBe(
      'registry/r.csv: this file is a copy of registry/r.xlsx: all 2 of its records repeat it in every published value, so it is not used again (the data comes from registry/r.xlsx) — remove this copy from the data folder',
    );
    expect(r.files.get('registry/r.csv')).toEqual({ dropped: 2, copies: 2, copyOf: ['registry/r.xlsx'] });
    expect(r.files.get('registry/r.xlsx')).toBeUndefined();
  });

  it('one row repeated in another file that has rows of its own: one group, one warning naming both files', () => {
    const r = applyCrossFileRules({ registry: [reg('1001', 'registry/a.xlsx', 3), reg('1001', 'registry/b.xlsx', 9), reg('1003', 'registry/b.xlsx', 10)], audits: [] });
    expect(r.registry.map((g) => [g.id, g.source.file])).toEqual([
      ['1001', 'registry/a.xlsx'],
      ['1003', 'registry/b.xlsx'],
    ]);
    expect(codes(r)).toEqual([['W_ROWS_REPEATED', 'registry/b.xlsx', 'A9']]);
    expect(r.issues[0]!.en).toBe(
      'registry/b.xlsx, sheet ทะเบียนกลุ่ม, cell A9: 1 row(s) of this file (the first: group id "1001") repeat rows of registry/a.xlsx in every published value, so each is used once — expected each record in one file only',
    );
  });

  it('rows that conflict inside the original stay conflicts; its copy is still only a copy', () => {
    const r = applyCrossFileRules({
      registry: [reg('1001', 'r.xlsx', 3, { members: 5 }), reg('1001', 'r.xlsx', 4, { members: 6 }), reg('1001', 'r.csv', 3, { members: 5 }), reg('1001', 'r.csv', 4, { members: 6 })],
      audits: [],
    });
    expect(r.registry).toEqual([]);
    expect(codes(r)).toEqual([
      ['E_DUPLICATE_ID', 'r.xlsx', 'A3'],
      ['E_DUPLICATE_ID', 'r.xlsx', 'A4'],
      ['W_FILE_COPY', 'r.csv', undefined],
    ]);
  });

  it('an audit book saved twice under two names is used once; the copy is a copy, not a second audit', () => {
    const r = applyCrossFileRules({
      registry: [reg('1001', 'r.xlsx', 3)],
      audits: [audit('1001', '2024-06-28', 'audits/2567/1001.xlsx'), audit('1001', '2024-06-28', 'audits/2567/1001 - Copy.xlsx')],
    });
    // Windows names a copy "1001 - Copy.xlsx": that one is the copy, though it sorts first in path order.
    expect(r.audits.map((a) => a.source.file)).toEqual(['audits/2567/1001.xlsx']);
    expect(codes(r)).toEqual([['W_FILE_COPY', 'audits/2567/1001 - Copy.xlsx', undefined]]);
  });

  it('an .xlsx and its .ods: the .xlsx is used', () => {
    const r = applyCrossFileRules({ registry: [reg('1001', 'r.xlsx', 3)], audits: [audit('1001', '2024-06-28', 'b/a.ods'), audit('1001', '2024-06-28', 'c/a.xlsx')] });
    expect(r.audits.map((a) => a.source.file)).toEqual(['c/a.xlsx']);
    expect(r.files.get('b/a.ods')).toEqual({ dropped: 1, copies: 1, copyOf: ['c/a.xlsx'] });
  });
});

describe('audits across files', () => {
  it('an audit of an unregistered group is an error and is kept out', () => {
    const r = applyCrossFileRules({ registry: [reg('1001', 'r.xlsx', 3)], audits: [audit('9999', '2024-06-28', 'x.xlsx')] });
    expect(r.audits).toEqual([]);
    expect(r.issues.map((i) => [i.code, i.file, i.cell, i.found])).toEqual([['E_GROUP_NOT_IN_REGISTRY', 'x.xlsx', 'B2', '9999']]);
    expect(r.files.get('x.xlsx')!.dropped).toBe(1);
  });

  it('a mistyped id one edit from a registry id with no audit that year: "did you mean", naming the registry file and row', () => {
    const r = applyCrossFileRules({
      registry: [reg('6001003', 'registry/r.xlsx', 5), reg('6001004', 'registry/r.xlsx', 6)],
      audits: [audit('600103', '2024-06-28', 'audits/2567/600103.xlsx'), audit('600104', '2024-06-28', 'audits/2567/600104.xlsx'), audit('6001004', '2024-06-01', 'audits/2567/6001004.xlsx')],
    });
    expect(r.audits.map((a) => a.groupId)).toEqual(['6001004']);
    const [typo, audited] = r.issues;
    expect(typo!.en).toBe(
      'audits/2567/600103.xlsx, sheet ข้อมูลการตรวจ, cell B2: group id "600103" is not in the registry, so this audit is not published — expected the id of a registered group; did you mean 6001003 (registry/r.xlsx, row 5)?',
    );
    expect(typo!.th).toBe(
      'ไฟล์ audits/2567/600103.xlsx แผ่นงาน ข้อมูลการตรวจ ช่อง B2: รหัสกลุ่ม "600103" ไม่มีในทะเบียนกลุ่ม ผลการตรวจนี้จึงไม่ได้เผยแพร่ — ต้องเป็นรหัสของกลุ่มที่อยู่ในทะเบียน หรือหมายถึง 6001003 (ไฟล์ registry/r.xlsx แถว 5)?',
    );
    // 6001004 already has its audit this year: no suggestion.
    expect(audited!.en.endsWith('expected the id of a registered group')).toBe(true);
  });

  it('never suggests a group that is not active (no audit is expected of it)', () => {
    const r = applyCrossFileRules({ registry: [reg('6001005', 'registry/r.xlsx', 7, { status: 'dissolved' })], audits: [audit('600105', '2024-06-28', 'x.xlsx')] });
    expect(r.issues[0]!.en.endsWith('expected the id of a registered group')).toBe(true);
  });

  it('two audits in one fiscal year: the later date wins, the other is a warning', () => {
    const r = applyCrossFileRules({
      registry: [reg('1001', 'r.xlsx', 3)],
      audits: [audit('1001', '2024-07-01', 'late.xlsx'), audit('1001', '2024-06-28', 'early.xlsx')],
    });
    expect(r.audits.map((a) => a.source.file)).toEqual(['late.xlsx']);
    expect(codes(r)).toEqual([['W_AUDIT_DUPLICATE', 'early.xlsx', 'B2']]);
  });

  it('two different audits on the same date: the first in path order is used, whatever order they arrive in', () => {
    const a = audit('1001', '2024-06-28', 'b.xlsx', { financials: { cash: 1 } });
    const b = audit('1001', '2024-06-28', 'a.xlsx', { financials: { cash: 2 } });
    for (const audits of [[a, b], [b, a]]) {
      const r = applyCrossFileRules({ registry: [reg('1001', 'r.xlsx', 3)], audits });
      expect(r.audits.map((x) => x.source.file)).toEqual(['a.xlsx']);
      expect(codes(r)).toEqual([['W_AUDIT_DUPLICATE', 'b.xlsx', 'B2']]);
    }
  });

  it('audits of a group whose registry row was rejected are folded under that row\'s issue, not an error each', () => {
    const root = makeIssue('E_DATE_INVALID', { file: 'registry/r.xlsx', sheet: 'ทะเบียนกลุ่ม', cell: 'H9', field: 'founded', found: '31/2/2559' });
    const r = applyCrossFileRules({
      registry: [reg('1002', 'registry/r.xlsx', 4)],
      audits: [audit('1001', '2024-06-28', 'audits/2567/1001.xlsx'), { ...audit('1001', '2023-06-28', 'audits/2566/1001.xlsx'), fiscalYear: 2566 }],
      rejectedRoots: new Map([['1001', root]]),
    });
    expect(r.issues).toEqual([]);
    expect([...r.folded].map(([i, list]) => [i, list.map((a) => a.source.file)])).toEqual([[root, ['audits/2566/1001.xlsx', 'audits/2567/1001.xlsx']]]);
    expect(r.files.get('audits/2567/1001.xlsx')).toEqual({ dropped: 1, copies: 0, copyOf: [], blockedBy: 'registry/r.xlsx' });
  });

  it('the name on the book is checked against the registry (the standard prefix may be left out)', () => {
    const r = applyCrossFileRules({
      registry: [reg('1001', 'r.xlsx', 3, { name: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านหนองปลิง' }), reg('1002', 'r.xlsx', 4, { name: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านดอน' })],
      audits: [audit('1001', '2024-07-01', 'a.xlsx', { groupName: 'บ้านหนองปลิง' }), audit('1002', '2024-07-01', 'b.xlsx', { groupName: 'กลุ่มอื่น' })],
    });
    expect(r.audits).toHaveLength(2);
    expect(codes(r)).toEqual([['W_NAME_MISMATCH', 'b.xlsx', 'B3']]);
  });
});

describe('oneEditAway', () => {
  const near = oneEditAway(['6001003', '6001004', '6001', 'A-12']);
  it('finds a deleted, an inserted and a replaced character, never the query itself', () => {
    expect(near('600103')).toEqual(['6001003']); // 6001003 minus its second "0" after the 1
    expect(near('60010033')).toEqual(['6001003']); // one character too many
    expect(near('6001005')).toEqual(['6001003', '6001004']); // one replaced
    expect(near('60011')).toEqual(['6001']);
    expect(near('A-13')).toEqual(['A-12']);
    expect(near('6001003')).toEqual(['6001004']); // itself excluded
    expect(near('5002003')).toEqual([]); // two edits
  });
});
