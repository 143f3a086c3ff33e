import { type HeaderMatch, type CompiledColumns, columnHeader, findHeaderRow, looksPersonal } from './headers';
import { addr, isBlank } from './cells';
import type { FileContext } from './context';
import { HEADER_SCAN_ROWS, MAX_SHEET_ROWS } from './limits';
import type { Row, Sheet } from './read-workbook';

export interface Table {
  match: HeaderMatch;
  /** Columns read from each data row (mapped fields). */
  cols: number[];
  /** Unknown columns whose header names a person or a contact (looksPersonal): their values are private. */
  personal: { col: number; header: string }[];
}

/**
 * Finds the header row of a table sheet and reports what is wrong with its columns: no header row
 * (error), unknown columns (one warning each), duplicates, rows beyond the row limit.
 */
export function openTable(
  ctx: FileContext,
  sheet: Sheet,
  layout: CompiledColumns,
  extraKey?: (key: string) => string | undefined,
  /** Reports an unknown header itself (e.g. an unknown indicator code) and returns true, or returns false. */
  onUnknown?: (text: string, cell: string) => boolean,
): Table | undefined {
  const found = findHeaderRow(sheet.rows, layout, extraKey);
  if (!found.ok) {
    ctx.report('E_HEADER_NOT_FOUND', {
      sheet: sheet.name,
      expected: layout.expectedRequired,
      detail: {
        rows: HEADER_SCAN_ROWS,
        missingTh: found.missing.map((s) => columnHeader(s).th).join(', '),
        missingEn: found.missing.map((s) => columnHeader(s).en).join(', '),
      },
    });
    return undefined;
  }
  const { match } = found;
  const personal: Table['personal'] = [];
  for (const u of match.unknown) {
    if (onUnknown?.(u.text, addr(match.row, u.col))) continue;
    ctx.report('W_UNKNOWN_COLUMN', { sheet: sheet.name, cell: addr(match.row, u.col), found: u.text, expected: layout.expected });
    if (looksPersonal(u.text)) personal.push({ col: u.col, header: u.text });
  }
  for (const d of match.duplicates) {
    ctx.report('W_DUPLICATE_COLUMN', { sheet: sheet.name, cell: addr(match.row, d.col), field: d.field, detail: { first: addr(match.row, d.first) } });
  }
  reportTruncation(ctx, sheet);
  return { match, cols: [...match.columns.values()], personal };
}

export function reportTruncation(ctx: FileContext, sheet: Sheet): void {
  if (sheet.truncatedAt === undefined) return;
  ctx.report('E_SHEET_TOO_LONG', {
    sheet: sheet.name,
    cell: addr(MAX_SHEET_ROWS, 0),
    detail: { limit: MAX_SHEET_ROWS.toLocaleString('en-US'), from: MAX_SHEET_ROWS + 1, to: sheet.truncatedAt },
  });
}

/** A data row with nothing in any column the layout reads. */
export function isBlankRow(row: Row, cols: readonly number[]): boolean {
  if (!row) return true;
  for (const c of cols) if (!isBlank(row[c])) return false;
  return true;
}
