import * as XLSX from 'xlsx';
import type { Refusal, ReadAs } from './guard';
import { type Separator, fieldSeparator } from './csv-locale';
import { decodeText } from './decode-text';
import { MAX_SHEET_ROWS } from './limits';

/** A SheetJS cell as read with `cellDates: false, cellNF: true`: dates stay serials, `z` is the number format. */
export type Cell = XLSX.CellObject;
export type Row = (Cell | undefined)[] | undefined;

export interface Sheet {
  name: string;
  /** Dense rows, 0-based; hidden rows included. */
  rows: Row[];
  /** When the sheet had more rows than were read: its last row (1-based). */
  truncatedAt?: number;
}

export interface Book {
  sheets: Sheet[];
  date1904: boolean;
  /** A CSV's field separator (src/ingest/csv-locale.ts); absent for a workbook. */
  separator?: Separator;
}

const OPTIONS: XLSX.ParsingOptions = {
  dense: true,
  cellDates: false,
  cellNF: true,
  cellText: false, // formatted text is not needed: values and number formats are
  cellHTML: false,
  // Without stubs SheetJS drops a formula cell that has no cached value; with them it is a 'z' cell with `f`.
  sheetStubs: true,
  // One row more than kept, so a longer sheet is noticed in every format (CSV sets no !fullref).
  sheetRows: MAX_SHEET_ROWS + 1,
};

const ENCRYPTED = /password|encrypt/i;

/** Bytes → sheets of cells, or a refusal when SheetJS cannot read them. Never throws. */
export function readWorkbook(bytes: Uint8Array, readAs: ReadAs, csv: boolean): { ok: true; book: Book } | { ok: false; refusal: Refusal } {
  let wb: XLSX.WorkBook;
  let text: string | undefined;
  let separator: Separator | undefined;
  try {
    if (csv && readAs === 'text') {
      // raw: every CSV cell stays text, so "1/10/2550" is never guessed into a US date. The separator is ours:
      // SheetJS counts marks in the first 1,024 characters, where decimal commas can outnumber semicolons.
      text = decodeText(bytes).text;
      separator = fieldSeparator(text);
      wb = XLSX.read(text, { ...OPTIONS, type: 'string', raw: true, FS: separator });
    } else {
      wb = XLSX.read(bytes, { ...OPTIONS, type: 'buffer' });
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, refusal: { code: ENCRYPTED.test(message) ? 'E_FILE_ENCRYPTED' : 'E_FILE_CORRUPT' } };
  }
  const sheets: Sheet[] = [];
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    if (!ws) continue;
    const rows = (ws['!data'] ?? []) as Row[];
    // A CSV has no sheet: its one sheet gets no name, so issues name the file and cell only.
    const sheet: Sheet = { name: text !== undefined ? '' : name, rows };
    if (rows.length > MAX_SHEET_ROWS) {
      rows.length = MAX_SHEET_ROWS;
      const full = ws['!fullref'];
      sheet.truncatedAt = full !== undefined ? XLSX.utils.decode_range(full).e.r + 1 : text !== undefined ? countLines(text) : MAX_SHEET_ROWS + 1;
    }
    sheets.push(sheet);
  }
  const book: Book = { sheets, date1904: wb.Workbook?.WBProps?.date1904 === true };
  if (separator !== undefined) book.separator = separator;
  return { ok: true, book };
}

/** Lines of a text (a trailing newline does not start a line). */
function countLines(text: string): number {
  let n = 0;
  let i = -1;
  while ((i = text.indexOf('\n', i + 1)) !== -1) n++;
  return text.endsWith('\n') ? n : n + 1;
}
