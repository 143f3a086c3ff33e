/** Spreadsheet cell addresses (A1 notation), for messages that name a cell. */

const LETTERS: string[] = [];

/** 0-based column index → letters: 0 → A, 25 → Z, 26 → AA, 27 → AB (memoised: a sheet asks for few columns). */
export function columnLetter(index: number): string {
  let s = LETTERS[index];
  if (s !== undefined) return s;
  s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  LETTERS[index] = s;
  return s;
}

/** A1 address of a 0-based row and column: (11, 4) → E12. */
export function cellAddress(row: number, col: number): string {
  return columnLetter(col) + (row + 1);
}
