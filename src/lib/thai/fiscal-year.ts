import { thaiToAsciiDigits } from './digits.js';
import { normalizeText } from './normalize.js';
import { type Parsed, fail, ok } from './result.js';
import { BE_OFFSET } from './buddhist-era.js';
import { EXPECTED } from '../issues/messages';

const MIN_BE = 2500;
const MAX_BE = 2600;
const FY_TEXT = /^(?:ปีงบประมาณ|ปีงบ\.?|ปี|fy|fiscal year)?\s*(?:พ\.?\s?ศ\.?|b\.?e\.?)?\s*(\d{4}|\d{2})$/i;

/** Thai government fiscal year (BE) of an ISO date: 1 Oct – 30 Sep, named by the year it ends. */
export function fiscalYearOf(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  return (m >= 10 ? y + 1 : y) + BE_OFFSET;
}

/** First and last day (ISO, CE) of a BE fiscal year: 2567 → 2023-10-01 … 2024-09-30. */
export function fiscalYearRange(be: number): { start: string; end: string } {
  const ce = be - BE_OFFSET;
  return { start: `${ce - 1}-10-01`, end: `${ce}-09-30` };
}

/** A year as written → BE fiscal year: 67 → 2567, 2024 (CE) → 2567, 2567 → 2567. */
function toBE(y: number, digits: number): number {
  if (digits === 2) return 2500 + y;
  return y >= 1900 && y <= 2199 ? y + BE_OFFSET : y;
}

/** Raw cell → BE fiscal year in 2500–2600, ok(null) when empty. */
export function parseFiscalYear(value: unknown): Parsed<number | null> {
  if (value === null || value === undefined) return ok(null);
  let be: number | undefined;
  let found: string;
  if (typeof value === 'number') {
    found = String(value);
    if (Number.isInteger(value) && value >= 0) be = toBE(value, value < 100 ? 2 : 4);
  } else if (typeof value === 'string') {
    found = normalizeText(value);
    if (found === '') return ok(null);
    const m = FY_TEXT.exec(thaiToAsciiDigits(found));
    if (m) be = toBE(Number(m[1]), m[1]!.length);
  } else {
    found = String(value);
  }
  return be !== undefined && be >= MIN_BE && be <= MAX_BE ? ok(be) : fail(found, EXPECTED.fiscalYear);
}
