import { thaiToAsciiDigits } from './digits.js';
import { normalizeText } from './normalize.js';
import { type Parsed, fail, ok } from './result.js';
import { BE_OFFSET } from './buddhist-era.js';
import { THAI_MONTHS_LONG, THAI_MONTHS_SHORT } from './months.js';
import { EXPECTED } from '../issues/messages';

const DAY_MS = 86_400_000;
/** Day 0 of each Excel date system, as UTC milliseconds. */
const EPOCH_1900 = Date.UTC(1899, 11, 31); // serial 1 = 1900-01-01
const EPOCH_1900_AFTER_BUG = Date.UTC(1899, 11, 30); // serials ≥ 61 (Excel's fake 1900-02-29 is 60)
const EPOCH_1904 = Date.UTC(1904, 0, 1); // serial 0 = 1904-01-01

const EN_MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

const MONTH_KEY_STRIP = /[.\s]/g;
const monthKey = (s: string): string => s.replace(MONTH_KEY_STRIP, '').toLowerCase();

/** Month name key (dots and spaces removed, lower case) → 1–12. */
const MONTHS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (let i = 0; i < 12; i++) {
    m.set(monthKey(THAI_MONTHS_LONG[i]!), i + 1);
    m.set(monthKey(THAI_MONTHS_SHORT[i]!), i + 1);
    m.set(EN_MONTHS[i]!, i + 1);
    m.set(EN_MONTHS[i]!.slice(0, 3), i + 1);
  }
  m.set('กรกฏาคม', 7); // common misspelling (ฏ for ฎ)
  m.set('sept', 9);
  return m;
})();

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const NUMERIC = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$/;
const ERA = String.raw`(?:(พ\.?\s?ศ\.?|b\.?\s?e\.?)|(ค\.?\s?ศ\.?|a\.?\s?d\.?|c\.?\s?e\.?))`;
/** 28 มิ.ย. 2559 · 28 มิถุนายน พ.ศ. 2559 · 28-Jun-2016 · 28 June 2016 */
const DAY_MONTH_YEAR = new RegExp(
  String.raw`^(\d{1,2})[\s/-]*([\u0E01-\u0E4Ea-z][\u0E01-\u0E4Ea-z.\s]*?)[\s/,.-]*(?:${ERA}\s*)?(\d{4}|\d{2})$`,
  'i',
);
/** June 28, 2016 */
const MONTH_DAY_YEAR = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/i;

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number): string => String(n).padStart(4, '0');

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}
export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** `iso` plus `days` days (negative: earlier), as an ISO date; UTC, so no time zone moves it. */
export function addDays(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS;
  return new Date(t).toISOString().slice(0, 10);
}

/** CE year, month, day → ISO, or undefined if no such day. */
function isoOf(y: number, m: number, d: number): string | undefined {
  if (!Number.isInteger(y) || y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return undefined;
  if (d > daysInMonth(y, m)) return undefined;
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

type Era = 'be' | 'ce' | undefined;

/** A written year → CE, by DESIGN §4.2: 2 digits or ≥ 2400 is BE, 1900–2199 is CE. */
function yearToCE(text: string, era: Era): number | undefined {
  const y = Number(text);
  if (text.length === 2) return era === 'ce' ? 2000 + y : 2500 + y - BE_OFFSET;
  if (era === 'be') return y - BE_OFFSET;
  if (era === 'ce') return y;
  if (y >= 2400) return y - BE_OFFSET;
  if (y >= 1900 && y <= 2199) return y;
  return undefined;
}

/** A calendar date from a serial or Date: a year ≥ 2400 was BE typed into a Gregorian sheet. */
function fromCalendar(y: number, m: number, d: number, found: string): Parsed<string | null> {
  const ce = y >= 2400 ? y - BE_OFFSET : y;
  const iso = ce >= 1900 && ce <= 2199 ? isoOf(ce, m, d) : undefined;
  return iso ? ok(iso) : fail(found, EXPECTED.date);
}

function fromSerial(serial: number, date1904: boolean): Parsed<string | null> {
  const found = String(serial);
  const day = Math.floor(serial); // drop the time of day
  if (!Number.isFinite(serial) || day < (date1904 ? 0 : 1) || (!date1904 && day === 60)) {
    return fail(found, EXPECTED.date); // 60 is Excel's non-existent 1900-02-29
  }
  const epoch = date1904 ? EPOCH_1904 : day > 60 ? EPOCH_1900_AFTER_BUG : EPOCH_1900;
  const t = new Date(epoch + day * DAY_MS);
  return fromCalendar(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), found);
}

/**
 * A JS Date: SheetJS `cellDates` makes local-midnight Dates, other code makes UTC-midnight ones.
 * Local midnight → local parts; UTC midnight → UTC parts; any other time → local parts (the day shown).
 */
function fromDate(t: Date): Parsed<string | null> {
  const ms = t.getTime();
  if (Number.isNaN(ms)) return fail('Invalid Date', EXPECTED.date);
  const localMidnight = t.getHours() === 0 && t.getMinutes() === 0 && t.getSeconds() === 0 && t.getMilliseconds() === 0;
  const utc = !localMidnight && ms % DAY_MS === 0;
  const y = utc ? t.getUTCFullYear() : t.getFullYear();
  const m = (utc ? t.getUTCMonth() : t.getMonth()) + 1;
  const d = utc ? t.getUTCDate() : t.getDate();
  return fromCalendar(y, m, d, t.toISOString());
}

function fromText(text: string): Parsed<string | null> {
  const s = thaiToAsciiDigits(text);
  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  let match: RegExpExecArray | null;
  if ((match = ISO.exec(s))) {
    y = yearToCE(match[1]!, undefined);
    m = Number(match[2]);
    d = Number(match[3]);
  } else if ((match = NUMERIC.exec(s))) {
    d = Number(match[1]);
    m = Number(match[3]);
    y = yearToCE(match[4]!, undefined);
  } else if ((match = DAY_MONTH_YEAR.exec(s))) {
    d = Number(match[1]);
    m = MONTHS.get(monthKey(match[2]!));
    y = yearToCE(match[5]!, match[3] ? 'be' : match[4] ? 'ce' : undefined);
  } else if ((match = MONTH_DAY_YEAR.exec(s))) {
    m = MONTHS.get(monthKey(match[1]!));
    d = Number(match[2]);
    y = yearToCE(match[3]!, undefined);
  }
  const iso = y !== undefined && m !== undefined && d !== undefined ? isoOf(y, m, d) : undefined;
  return iso ? ok(iso) : fail(text, EXPECTED.date);
}

/**
 * Raw cell value → ISO `YYYY-MM-DD` (CE), ok(null) when empty.
 * Numbers are Excel serials (1900 system unless `date1904`). Prefer passing serials over Dates.
 */
export function parseThaiDate(value: unknown, opts: { date1904?: boolean } = {}): Parsed<string | null> {
  if (value === null || value === undefined) return ok(null);
  if (typeof value === 'number') return fromSerial(value, opts.date1904 === true);
  if (value instanceof Date) return fromDate(value);
  if (typeof value !== 'string') return fail(String(value), EXPECTED.date);
  const text = normalizeText(value);
  return text === '' ? ok(null) : fromText(text);
}
