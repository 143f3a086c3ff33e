/** One cell → one field (src/ingest/field-reader.ts), on a row SheetJS writes here: the value or an issue naming the cell. */
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { FileContext } from '../../../src/ingest/context';
import { FieldReader } from '../../../src/ingest/field-reader';
import { readWorkbook } from '../../../src/ingest/read-workbook';
import { DEFAULT_CRITERIA } from '../../../src/lib/health/default-criteria';
import { BOUNDS } from '../../../src/lib/schema/bounds';
import type { Divisions } from '../../../src/lib/thai/index';

const NO_DIVISIONS = { provinces: [], districts: [], subdistricts: [] } as unknown as Divisions;

/** A reader over one sheet whose second row (r = 1) holds `cells`, from column A. */
function reader(cells: unknown[]) {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([cells.map((_, i) => `h${i}`), cells]), 'S');
  const r = readWorkbook(new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer), 'zip', false);
  if (!r.ok) throw new Error(r.refusal.code);
  const ctx = new FileContext('a.xlsx', DEFAULT_CRITERIA, NO_DIVISIONS, new Set());
  const fr = new FieldReader(ctx, 'S', r.book.sheets[0]!.rows);
  fr.startRecord();
  return { fr, issues: () => ctx.issues.map((i) => [i.code, i.cell, i.found ?? null]) };
}

describe('FieldReader', () => {
  it('a group id: kept when letters, digits and hyphens; a slash is refused at its cell', () => {
    const { fr, issues } = reader(['6010-0002', '60/01']);
    expect(fr.groupId(1, 0, 'id')).toBe('6010-0002');
    expect(fr.groupId(1, 1, 'id')).toBeUndefined();
    expect(issues()).toEqual([['E_ID_INVALID', 'B2', '60/01']]);
  });

  it('a date in BE with Thai digits, and one that does not exist', () => {
    const { fr, issues } = reader(['๑๕/๗/๒๕๖๗', '30/02/2567']);
    expect(fr.date(1, 0, 'date')).toBe('2024-07-15'); // 2567 − 543
    expect(fr.date(1, 1, 'date')).toBeUndefined();
    expect(issues()).toEqual([['E_DATE_INVALID', 'B2', '30/02/2567']]);
  });

  it('a number within its bounds, with thousands separators; one above them, and a count below 0, are refused', () => {
    const { fr, issues } = reader(['1,250,000.50', 2_000_000_000, -5]);
    expect(fr.number(1, 0, 'savings', BOUNDS.money)).toBe(1_250_000.5);
    expect(fr.number(1, 1, 'savings', BOUNDS.money)).toBeUndefined(); // above the 1,000,000,000 baht bound
    expect(fr.number(1, 2, 'members_end', BOUNDS.people)).toBeUndefined(); // a count is a whole number ≥ 0
    expect(issues().map(([code, cell]) => [code, cell])).toEqual([
      ['E_NUMBER_RANGE', 'B2'],
      ['E_NUMBER_INVALID', 'C2'],
    ]);
  });

  it('a yes/no answer, a blank one, and one that is neither', () => {
    const { fr, issues } = reader(['มี', '', 'บางครั้ง']);
    expect(fr.yesNo(1, 0, 'G1')).toBe(true);
    expect(fr.yesNo(1, 1, 'G1')).toBeNull();
    expect(fr.yesNo(1, 2, 'G1')).toBeUndefined();
    expect(issues().map(([code, cell]) => [code, cell])).toEqual([['E_YESNO_INVALID', 'C2']]);
  });

  it('a text that looks like a formula is kept as text, with a warning', () => {
    const { fr, issues } = reader(['=HYPERLINK("x")']);
    expect(fr.text(1, 0, 'name')).toBe('=HYPERLINK("x")');
    expect(issues()).toEqual([['W_FORMULA_TEXT', 'A2', '=HYPERLINK("x")']]);
  });
});
