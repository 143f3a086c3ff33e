import { normalizeText, thaiToAsciiDigits } from '../lib/thai/index';
import type { Cell } from './read-workbook';

/** A1 address of 0-based row r, column c (the one column-letter helper, src/lib/cell-address.ts). */
export { cellAddress as addr } from '../lib/cell-address';

/** Excel error codes as shown in a cell. */
const ERROR_TEXT: ReadonlyMap<number, string> = new Map([
  [0x00, '#NULL!'],
  [0x07, '#DIV/0!'],
  [0x0f, '#VALUE!'],
  [0x17, '#REF!'],
  [0x1d, '#NAME?'],
  [0x24, '#NUM!'],
  [0x2a, '#N/A'],
  [0x2b, '#GETTING_DATA'],
]);

/**
 * The value a cell holds, or why it has none usable:
 * - `missingFormula`: a formula with no cached value (the file was never recalculated and saved);
 * - `errorValue`: a cached Excel error such as #DIV/0!.
 * Empty cells and stubs are `null`.
 */
export type CellRead =
  | { kind: 'value'; value: string | number | boolean | null; numFmt: string | undefined }
  | { kind: 'missingFormula'; formula: string }
  | { kind: 'errorValue'; text: string };

const NULL_READ: CellRead = { kind: 'value', value: null, numFmt: undefined };

export function readCell(cell: Cell | undefined): CellRead {
  if (cell === undefined) return NULL_READ;
  const t = cell.t;
  if (t === 'e') {
    if (cell.f !== undefined && cell.v === undefined) {
      return { kind: 'missingFormula', formula: `=${cell.f}` };
    }
    return { kind: 'errorValue', text: ERROR_TEXT.get(cell.v as number) ?? '#ERROR' };
  }
  const v = cell.v;
  if (v === undefined || t === 'z') {
    return cell.f !== undefined ? { kind: 'missingFormula', formula: `=${cell.f}` } : NULL_READ;
  }
  if (t === 'd') return { kind: 'value', value: (v as Date).toISOString().slice(0, 10), numFmt: cell.z as string | undefined };
  return { kind: 'value', value: v as string | number | boolean, numFmt: cell.z as string | undefined };
}

/** A cell as display text for labels and headers: normalised; numbers as written. */
export function cellText(cell: Cell | undefined): string {
  if (cell === undefined || cell.t === 'z' || cell.v === undefined || cell.v === null) return '';
  const v = cell.v;
  if (typeof v === 'string') return normalizeText(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

/** True when a cell holds nothing (empty string counts as nothing). */
export function isBlank(cell: Cell | undefined): boolean {
  if (cell === undefined) return true;
  if (cell.f !== undefined) return false;
  if (cell.t === 'z') return true;
  const v = cell.v;
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/** Text value of a read: strings normalised, numbers written plainly (no exponent for whole numbers). */
export function valueText(v: string | number | boolean | null): string {
  if (v === null) return '';
  if (typeof v === 'string') return normalizeText(v);
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(0) : String(v);
  return v ? 'TRUE' : 'FALSE';
}

/** A group id as written: Thai digits → ASCII, trimmed. */
export function idText(v: string | number | boolean | null): string {
  return thaiToAsciiDigits(valueText(v));
}

/** Text that a spreadsheet would run as a formula if exported to CSV (formula injection). */
export function looksLikeFormula(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c === 0x3d /* = */ || c === 0x2b /* + */ || c === 0x40 /* @ */ || c === 0x09 || c === 0x0d) return s.length > 1;
  // "-" alone is a dash for zero, "-5" a number; "-cmd" or "-(…)" is formula-like.
  if (c === 0x2d /* - */ && s.length > 1) {
    const n = s.charCodeAt(1);
    return !(n >= 0x30 && n <= 0x39) && n !== 0x20 && n !== 0x2d && n !== 0x2e;
  }
  return false;
}
