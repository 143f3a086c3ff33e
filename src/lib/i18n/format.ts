/**
 * The one place numbers, percents, money and dates become text, per language. Digits are ASCII with "," grouping
 * and "." decimals in both languages (Thai official documents print Arabic digits; the same bytes on every machine,
 * whatever its ICU). Dates: Thai pages in the Buddhist Era with Thai month names ("28 มิถุนายน 2567"), English pages
 * in the Common Era ("28 June 2024", short "28 Jun 2024"); fiscal years "ปีงบประมาณ 2567" / "FY 2024 (BE 2567)".
 */
import type { Lang } from './lang';
import { words } from './words';

/** Shown where a value is missing. */
export const DASH = '–';

const fixed = new Map<number, Intl.NumberFormat>();
function fixedFormat(decimals: number): Intl.NumberFormat {
  let f = fixed.get(decimals);
  if (!f) fixed.set(decimals, (f = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return f;
}

/** Every digit kept, grouped: 1234567.5 → "1,234,567.5" (messages quote what was found, exactly). */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [int, frac] = String(Math.abs(n)).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** Rounded to a fixed number of decimals, grouped: (97, 1) → "97.0", (1234.5, 0) → "1,235". */
export function formatFixed(n: number, decimals: number): string {
  // Pages format the same few thousand numbers (counts, scores, shares) again and again, and Intl costs ~1 µs a call.
  // (−0 is formatted "-0" and a Map holds it as 0: it is not kept.)
  if (Object.is(n, -0)) return fixedFormat(decimals).format(n);
  let done = formatted.get(decimals);
  if (!done) formatted.set(decimals, (done = new Map()));
  let s = done.get(n);
  if (s === undefined) {
    if (done.size >= FORMATTED_MAX) done.clear();
    done.set(n, (s = fixedFormat(decimals).format(n)));
  }
  return s;
}
/** Numbers formatted, by decimals; a map is emptied when it reaches FORMATTED_MAX. */
const formatted = new Map<number, Map<number, string>>();
const FORMATTED_MAX = 1 << 16;

/** A fraction's value in percent, without float noise: 0.055 → 5.5, 0.7 → 70. */
export function percentOf(fraction: number): number {
  return Number((fraction * 100).toPrecision(12));
}

/** A measured fraction as a percent with one decimal: 0.04 → "4.0%". */
export function formatPercent(fraction: number, decimals = 1): string {
  return `${formatFixed(fraction * 100, decimals)}%`;
}

/**
 * A threshold as written in the criteria, for readers: fractions as "90%", "5.5%", "−5%" (0 stays "0"), counts as
 * numbers; a minus sign, not a hyphen.
 */
export function formatThreshold(value: number, fraction: boolean): string {
  const s = fraction ? (value === 0 ? '0' : `${percentOf(value)}%`) : String(Number(value.toPrecision(12)));
  return s.replace(/^-/, '−');
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** ISO date → "28 มิถุนายน 2567" / "28 June 2024" (short: "28 มิ.ย. 2567" / "28 Jun 2024"). Non-ISO text is returned as is. */
export function formatDate(iso: string, lang: Lang, style: 'long' | 'short' = 'long'): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  const w = words(lang).date;
  const month = (style === 'short' ? w.monthsShort : w.months)[Number(m[2]) - 1];
  if (month === undefined) return iso;
  return `${Number(m[3])} ${month} ${w.year(Number(m[1]))}`;
}

/** A fiscal year (BE) → "ปีงบประมาณ 2567" / "FY 2024 (BE 2567)"; short: "2567" / "FY 2024". */
export function formatFiscalYear(be: number, lang: Lang, style: 'long' | 'short' = 'long'): string {
  const w = words(lang).date;
  return style === 'short' ? w.fiscalYearShort(be) : w.fiscalYear(be);
}

/** The formatting functions of one language, for pages: missing values (null, undefined) show as DASH. */
export interface Format {
  int(n: number | null | undefined): string;
  /** Baht, whole numbers (the books are kept to the baht). */
  money(n: number | null | undefined): string;
  /** Scores are kept unrounded and shown with one decimal (DESIGN §5.2). */
  score(n: number | null | undefined): string;
  percent(fraction: number | null | undefined): string;
  date(iso: string | null | undefined, style?: 'long' | 'short'): string;
  fy(be: number, style?: 'long' | 'short'): string;
}

const missing = (v: unknown): v is null | undefined => v === null || v === undefined;

/** Made once per language: a national build asks for one on every page and in every view. */
const formatters = new Map<Lang, Format>();
export function formatter(lang: Lang): Format {
  let f = formatters.get(lang);
  if (!f) formatters.set(lang, (f = makeFormatter(lang)));
  return f;
}
function makeFormatter(lang: Lang): Format {
  return {
    int: (n) => (missing(n) ? DASH : formatFixed(n, 0)),
    money: (n) => (missing(n) ? DASH : formatFixed(n, 0)),
    score: (n) => (missing(n) ? DASH : formatFixed(n, 1)),
    percent: (f) => (missing(f) ? DASH : formatPercent(f)),
    date: (iso, style = 'long') => (iso ? formatDate(iso, lang, style) : DASH),
    fy: (be, style = 'long') => formatFiscalYear(be, lang, style),
  };
}
