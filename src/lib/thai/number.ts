import { thaiToAsciiDigits } from './digits.js';
import { normalizeText } from './normalize.js';
import { type Parsed, fail, ok } from './result.js';
import { EXPECTED } from '../issues/messages';

export type NumberKind = 'money' | 'count' | 'percent' | 'number';
export interface NumberOptions {
  kind?: NumberKind;
  /** The cell's number format (SheetJS `cell.z`); a `%` in it means the cell stores a fraction. */
  numFmt?: string;
  /**
   * The decimal mark of the file the text comes from: '.' (Thai and English: 1,234.50, the default) or ',' (a CSV
   * saved by Excel in a European locale: 1.234,50). Only text is affected; numbers stored as numbers have no mark.
   */
  decimal?: DecimalMark;
}
export type DecimalMark = '.' | ',';

/** Plain decimal: either correct thousands grouping (1,234,567.5) or no separators. */
const PLAIN = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/;
/** Scientific notation, as Excel writes a large number into a CSV ("1.10370E+12"). */
const SCIENTIFIC = /^\d+(?:\.\d+)?[eE][+-]?\d+$/;
const UNIT_SUFFIX = /\s*(บาท|คน|ราย|%)$/;
const BAHT_PREFIX = /^฿\s*/;
const DASHES = new Set(['-', '–', '—', '−']);
const MINUS = /^[-−–]\s*/;
const PLUS = /^\+\s*/;

const UNITS_FOR: Record<NumberKind, ReadonlySet<string>> = {
  money: new Set(['บาท']),
  count: new Set(['คน', 'ราย']),
  percent: new Set(['%']),
  number: new Set(['บาท', 'คน', 'ราย', '%']),
};

/** A value that is not a fraction yet: > 1 means percentage points (70 → 0.7); ≤ 1 is already a fraction. */
const percentToFraction = (v: number): number => (Math.abs(v) > 1 ? v / 100 : v);

function finish(v: number, kind: NumberKind, found: string): Parsed<number | null> {
  if (kind === 'count' && (!Number.isInteger(v) || v < 0)) return fail(found, EXPECTED.wholeNumber);
  return ok(v === 0 ? 0 : v); // no -0
}

/** 1.234,50 ↔ 1,234.50: a number written with the decimal comma, in the form PLAIN reads. */
const swapMarks = (s: string): string => s.replace(/[.,]/g, (m) => (m === '.' ? ',' : '.'));

/** Text → number, or undefined if the text is not a number of this kind. */
function parseText(raw: string, kind: NumberKind, decimal: DecimalMark): { v: number; percentSign: boolean } | undefined {
  let s = thaiToAsciiDigits(raw);
  let negative = false;
  let unit: string | undefined;
  const takeUnit = (): boolean => {
    const m = UNIT_SUFFIX.exec(s);
    if (!m) return true;
    if (unit !== undefined || !UNITS_FOR[kind].has(m[1]!)) return false;
    unit = m[1];
    s = s.slice(0, m.index);
    return true;
  };
  if (!takeUnit()) return undefined;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true; // accounting negative: (1,200)
    s = s.slice(1, -1).trim();
    if (!takeUnit()) return undefined;
  }
  if (kind === 'money' || kind === 'number') s = s.replace(BAHT_PREFIX, '');
  if (MINUS.test(s)) {
    if (negative) return undefined;
    negative = true;
    s = s.replace(MINUS, '');
  } else s = s.replace(PLUS, '');
  if (decimal === ',') s = swapMarks(s);
  if (!PLAIN.test(s) && !SCIENTIFIC.test(s)) return undefined;
  const v = Number(s.replaceAll(',', ''));
  if (!Number.isFinite(v)) return undefined;
  return { v: negative ? -v : v, percentSign: unit === '%' };
}

/**
 * Parse a raw cell value (number, string, boolean, Date, null) as a number of the given kind.
 * Empty → ok(null). Percent results are fractions (45% → 0.45).
 */
export function parseThaiNumber(value: unknown, opts: NumberOptions = {}): Parsed<number | null> {
  const kind = opts.kind ?? 'number';
  if (value === null || value === undefined) return ok(null);
  if (typeof value === 'number') {
    const found = String(value);
    if (!Number.isFinite(value)) return fail(found, EXPECTED.number);
    if (kind === 'percent') {
      const isFractionFmt = opts.numFmt !== undefined && opts.numFmt.includes('%');
      return finish(isFractionFmt ? value : percentToFraction(value), kind, found);
    }
    return finish(value, kind, found);
  }
  if (typeof value !== 'string') {
    const found = value instanceof Date ? value.toISOString() : String(value);
    return fail(found, EXPECTED.number);
  }
  const text = normalizeText(value);
  if (text === '') return ok(null);
  if (DASHES.has(text)) return kind === 'money' ? ok(0) : fail(text, EXPECTED.number);
  const parsed = parseText(text, kind, opts.decimal ?? '.');
  if (!parsed) return fail(text, EXPECTED.number);
  let v = parsed.v;
  if (parsed.percentSign) v = v / 100;
  else if (kind === 'percent') v = percentToFraction(v);
  return finish(v, kind, text);
}

/** A written number's digits and marks: sign, brackets, ฿ and a unit around it set aside. */
const NUMBER_CORE = /^[(]?\s*[-−–+]?\s*(?:฿\s*)?([0-9][0-9.,]*|[.,][0-9]+)(?:[eE][+-]?[0-9]+)?\s*(?:บาท|คน|ราย|%)?\s*[)]?$/;

/**
 * What a text cell says about its file's decimal mark (DESIGN §4.1, a CSV by its locale):
 * - '.' or ',': the cell can only be read one way: 1,234.50 and 1234.5 and 1,234,567 use the dot for decimals;
 *   1.234,50 and 2,5 and 1.234.567 the comma;
 * - 'either': one mark followed by exactly three digits (110.590, 110,590) is a thousands separator in one
 *   convention and a decimal mark in the other;
 * - undefined: no mark (1234), or not a number.
 */
export function decimalEvidence(text: string): DecimalMark | 'either' | undefined {
  const m = NUMBER_CORE.exec(thaiToAsciiDigits(normalizeText(text)));
  const core = m?.[1];
  if (core === undefined) return undefined;
  const dot = core.includes('.');
  const comma = core.includes(',');
  if (!dot && !comma) return undefined;
  if (dot && comma) {
    if (/^\d{1,3}(?:,\d{3})+\.\d+$/.test(core)) return '.';
    if (/^\d{1,3}(?:\.\d{3})+,\d+$/.test(core)) return ',';
    return undefined;
  }
  const mark = dot ? '.' : ',';
  const other: DecimalMark = dot ? ',' : '.';
  const parts = core.split(mark);
  if (parts.length > 2) return parts.every((p, i) => (i === 0 ? /^[1-9]\d{0,2}$/.test(p) : /^\d{3}$/.test(p))) ? other : undefined;
  const [whole, fraction] = parts as [string, string];
  if (/^[1-9]\d{0,2}$/.test(whole) && fraction.length === 3) return 'either';
  return /^\d*$/.test(whole) && /^\d+$/.test(fraction) ? mark : undefined;
}
