/** Registry rows (src/ingest/parse-registry.ts), on a sheet SheetJS writes here, with the real divisions. */
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { FileContext } from '../../../src/ingest/context';
import { loadDivisions } from '../../../src/ingest/divisions';
import { parseRegistry } from '../../../src/ingest/parse-registry';
import { readWorkbook, type Sheet } from '../../../src/ingest/read-workbook';
import { DEFAULT_CRITERIA } from '../../../src/lib/health/default-criteria';
import type { Divisions } from '../../../src/lib/thai/index';

let divisions: Divisions;
beforeAll(async () => {
  divisions = await loadDivisions();
});

function sheet(rows: unknown[][]): Sheet {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'ทะเบียนกลุ่ม');
  const r = readWorkbook(new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer), 'zip', false);
  if (!r.ok) throw new Error(r.refusal.code);
  return r.book.sheets[0]!;
}

const HEADER = ['รหัสกลุ่ม', 'ชื่อกลุ่ม', 'ตำบล', 'อำเภอ', 'จังหวัด', 'ประธานกลุ่ม'];

describe('parseRegistry', () => {
  it('reads a row into a record; the chair goes to the private values only', () => {
    const ctx = new FileContext('registry/r.xlsx', DEFAULT_CRITERIA, divisions, new Set());
    const r = parseRegistry(ctx, sheet([HEADER, ['6001001', 'กลุ่มออมทรัพย์บ้านหนองปลิง', 'หนองปลิง', 'เมืองนครสวรรค์', 'นครสวรรค์', 'นายสมชาย ใจดีมาก']]));
    expect(ctx.issues).toEqual([]);
    expect([r.rows, r.rejected, r.records.length]).toEqual([1, 0, 1]);
    const g = r.records[0]!;
    expect([g.id, g.name, g.province.code, g.district.code, g.district.name, g.subdistrict.name]).toEqual(['6001001', 'กลุ่มออมทรัพย์บ้านหนองปลิง', '60', '6001', 'เมืองนครสวรรค์', 'หนองปลิง']);
    expect(JSON.stringify(g)).not.toContain('สมชาย');
    expect([...ctx.privateValues]).toEqual(['นายสมชาย ใจดีมาก']);
  });

  it('rejects a row whose id holds a slash, naming the cell, and keeps the others', () => {
    const ctx = new FileContext('registry/r.xlsx', DEFAULT_CRITERIA, divisions, new Set());
    const r = parseRegistry(
      ctx,
      sheet([
        HEADER,
        ['60/01', 'กลุ่มก', 'หนองปลิง', 'เมืองนครสวรรค์', 'นครสวรรค์', ''],
        ['6001002', 'กลุ่มข', 'หนองปลิง', 'เมืองนครสวรรค์', 'นครสวรรค์', ''],
      ]),
    );
    expect([r.rows, r.rejected, r.records.map((g) => g.id)]).toEqual([2, 1, ['6001002']]);
    expect(ctx.issues.map((i) => [i.code, i.cell, i.found])).toEqual([['E_ID_INVALID', 'A2', '60/01']]);
  });

  it('a district the province does not have rejects the row with the place named', () => {
    const ctx = new FileContext('registry/r.xlsx', DEFAULT_CRITERIA, divisions, new Set());
    const r = parseRegistry(ctx, sheet([HEADER, ['6001003', 'กลุ่มค', 'หนองปลิง', 'บางบัวทอง', 'นครสวรรค์', '']]));
    expect([r.rejected, r.records]).toEqual([1, []]);
    expect(ctx.issues.map((i) => [i.code, i.cell, i.found])).toEqual([['E_PLACE_UNKNOWN', 'D2', 'บางบัวทอง']]);
  });
});
