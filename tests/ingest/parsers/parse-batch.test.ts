/** A district's batch sheet (src/ingest/parse-batch.ts), written by SheetJS here: one audit per row. */
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { FileContext } from '../../../src/ingest/context';
import { parseBatch } from '../../../src/ingest/parse-batch';
import { readWorkbook, type Sheet } from '../../../src/ingest/read-workbook';
import { DEFAULT_CRITERIA } from '../../../src/lib/health/default-criteria';
import type { Divisions } from '../../../src/lib/thai/index';

const NO_DIVISIONS = { provinces: [], districts: [], subdistricts: [] } as unknown as Divisions;

function sheet(rows: unknown[][]): Sheet {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'ผลการตรวจ');
  const r = readWorkbook(new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer), 'zip', false);
  if (!r.ok) throw new Error(r.refusal.code);
  return r.book.sheets[0]!;
}

// Indicator columns as officers head them: a code with its name, in lower case, with Thai digits.
const HEADER = ['group_id', 'date', 'savings', 'G1 คณะกรรมการครบ', 'g๒', 'F๑ หนี้ค้างชำระ'];

describe('parseBatch', () => {
  const ctx = new FileContext('batches/2567/อำเภอ.xlsx', DEFAULT_CRITERIA, NO_DIVISIONS, new Set());
  const r = parseBatch(
    ctx,
    sheet([
      HEADER,
      ['6010-0002', '15/7/2567', 400_000, 'มี', 12, ''],
      ['6010-0003', '31/2/2567', 100_000, 'ไม่มี', 6, ''],
    ]),
  );
  const issues = (code: string) => ctx.issues.filter((i) => i.code === code).map((i) => [i.cell ?? i.field ?? null, i.found ?? null]);

  it('reads a row: its date in BE, the fiscal year from it, its answers by indicator code (g๒ is G2)', () => {
    expect([r.rows, r.rejected, r.records.length]).toEqual([2, 1, 1]);
    const a = r.records[0]!;
    expect([a.groupId, a.date, a.fiscalYear, a.financials.savings, a.answers.G1, a.answers.G2]).toEqual(['6010-0002', '2024-07-15', 2567, 400_000, true, 12]);
    expect(a.source.row).toBe(2);
  });

  it('a date that does not exist rejects its row, naming the cell', () => {
    expect(issues('E_DATE_INVALID')).toEqual([['B3', '31/2/2567']]);
  });

  it('a column for F1, which the financial statement gives, is said once and not read', () => {
    expect(issues('W_INDICATOR_COMPUTED')).toEqual([['F1', 'F1']]); // header cell F1, code F1
    expect(issues('W_UNKNOWN_COLUMN')).toEqual([]);
    expect(r.records[0]!.answers.F1).toBeUndefined();
  });
});
