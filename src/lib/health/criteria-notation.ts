/**
 * The rule mini-language of the criteria workbook (sheet `เกณฑ์`, DESIGN §5), both ways: a measure, a list of
 * scoring bands and a red flag as an officer writes them in a cell, and back.
 *
 * วัดจาก (measure): `answer:yesno|count|percent`; `ratio:<a>+<b>-<c>/<d>+<e>` (numerator terms, then `/`, then the
 * denominator; `total_funds` = savings+reserve+other_funds); `positive:<field>`; `positive+answer:<field>`.
 * เกณฑ์คะแนน (bands): `;`-separated `<condition>:<points>`, first match wins, no match → 0; a condition is `>=x`,
 * `>x`, `<=x`, `<x`, a range `a-b` (inclusive; `>a-b`, `a-<b` exclusive ends) or `else`. Ratios and percents may be
 * written `90%` or as the fraction `0.9`. Empty for yes/no indicators.
 * ธงแดง (red flag): `no` (a yes/no answered no) or `>x` (a value strictly above x); empty when none.
 *
 * A failed parse says why with a reason key and details; src/lib/issues/messages.ts words it (E_CRITERIA_*).
 */
import type { Band, Indicator, Measure } from '../schema/criteria';
import { FINANCIAL_FIELDS, type FinancialField } from '../schema/records';
import { normalizeText } from '../thai/normalize';
import { thaiToAsciiDigits } from '../thai/digits';
import { NO_WORDS } from '../thai/yes-no';
import { percentOf } from '../i18n/format';

export const TOTAL_FUNDS: readonly FinancialField[] = ['savings', 'reserve', 'other_funds'];

/** What a failed parse found wrong: a reason the messages catalogue words, and the values it quotes. */
export interface NotationProblem {
  reason: string;
  detail: Record<string, string>;
}
export type Parsed<T> = { ok: true; value: T; warnings?: NotationProblem[] } | ({ ok: false } & NotationProblem);

const bad = (reason: string, detail: Record<string, string> = {}): { ok: false } & NotationProblem => ({ ok: false, reason, detail });

/** A cell as the notation reads it: normalised text, Thai digits as ASCII, lower case. */
export function notationKey(v: unknown): string {
  return thaiToAsciiDigits(normalizeText(String(v ?? ''))).toLowerCase();
}

// ---------- numbers: "5%" and "0.05" are the same fraction; no float drift either way ----------

/** "5%" → 0.05, "0.05" → 0.05, "12" → 12; undefined when not a number. */
export function parseAmount(s: string): { value: number; percent: boolean } | undefined {
  const m = /^(-?\d+(?:\.\d+)?)(%)?$/.exec(s.replace(/\s+/g, '').replace(/,/g, ''));
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2] ? { value: Number((n / 100).toPrecision(15)), percent: true } : { value: n, percent: false };
}

const plain = (n: number) => String(Number(n.toPrecision(15)));
const amount = (n: number, fraction: boolean) => (fraction ? `${percentOf(n)}%` : plain(n));

// ---------- writing ----------

export function measureNotation(m: Measure): string {
  switch (m.kind) {
    case 'answer':
      return `answer:${m.input}`;
    case 'positive':
      return `positive:${m.field}`;
    case 'positiveAndAnswer':
      return `positive+answer:${m.field}`;
    case 'ratio': {
      const sum = (fs: readonly FinancialField[]) =>
        fs.length === TOTAL_FUNDS.length && fs.every((f, i) => f === TOTAL_FUNDS[i]) ? 'total_funds' : fs.join('+');
      return `ratio:${sum(m.plus)}${(m.minus ?? []).map((f) => `-${f}`).join('')}/${sum(m.denominator)}`;
    }
  }
}

export function bandsNotation(bands: readonly Band[], fraction: boolean): string {
  const v = (n: number) => amount(n, fraction);
  return bands
    .map((b) => {
      let cond: string;
      if (b.min !== undefined && b.max !== undefined) cond = `${b.minExclusive ? '>' : ''}${v(b.min)}-${b.maxExclusive ? '<' : ''}${v(b.max)}`;
      else if (b.min !== undefined) cond = `${b.minExclusive ? '>' : '>='}${v(b.min)}`;
      else if (b.max !== undefined) cond = `${b.maxExclusive ? '<' : '<='}${v(b.max)}`;
      else cond = 'else';
      return `${cond}:${plain(b.points)}`;
    })
    .join('; ');
}

export function redFlagNotation(flag: Indicator['redFlag'], fraction: boolean): string {
  if (!flag) return '';
  return flag.when === 'no' ? 'no' : `>${amount(flag.value, fraction)}`;
}

// ---------- reading ----------

const FIELD_SET = new Set<string>(FINANCIAL_FIELDS);

function parseFieldSum(s: string): FinancialField[] | undefined {
  const out: FinancialField[] = [];
  for (const part of s.split('+')) {
    const f = part.trim();
    if (f === 'total_funds') out.push(...TOTAL_FUNDS);
    else if (FIELD_SET.has(f)) out.push(f as FinancialField);
    else return undefined;
  }
  return out.length ? out : undefined;
}

/** Reasons: `answerType` (detail arg), `field` (arg), `notRatio`, `unknown`. */
export function parseMeasure(raw: string): Parsed<Measure> {
  const s = notationKey(raw).replace(/\s+/g, '');
  const colon = s.indexOf(':');
  const kind = colon < 0 ? s : s.slice(0, colon);
  const arg = colon < 0 ? '' : s.slice(colon + 1);
  if (kind === 'answer') {
    if (arg === 'yesno' || arg === 'count' || arg === 'percent') return { ok: true, value: { kind: 'answer', input: arg } };
    return bad('answerType', { arg });
  }
  if (kind === 'positive' || kind === 'positive+answer') {
    if (!FIELD_SET.has(arg)) return bad('field', { arg });
    const field = arg as FinancialField;
    return { ok: true, value: kind === 'positive' ? { kind: 'positive', field } : { kind: 'positiveAndAnswer', field } };
  }
  if (kind === 'ratio') {
    const [num, den, extra] = arg.split('/');
    const denominator = den === undefined ? undefined : parseFieldSum(den);
    const terms = num ? (num.match(/[+-]?[^+-]+/g) ?? []) : [];
    const plus: FinancialField[] = [];
    const minus: FinancialField[] = [];
    let ok = terms.length > 0 && !terms[0]!.startsWith('-');
    for (const t of terms) {
      const fs = parseFieldSum(t.replace(/^[+-]/, ''));
      if (!fs) ok = false;
      else (t.startsWith('-') ? minus : plus).push(...fs);
    }
    if (!ok || !denominator || extra !== undefined || plus.length === 0) return bad('notRatio');
    return { ok: true, value: { kind: 'ratio', plus, minus, denominator } };
  }
  return bad('unknown');
}

/**
 * Parses one `<condition>:<points>` list. `fraction` = the indicator's values are fractions. Reason: `unreadable`
 * (detail part). A warning `percentSign` (detail value) for a ratio threshold written without % that reads as a
 * multiple ("90" is 90 times, not 90 %).
 */
export function parseBands(raw: string, fraction: boolean): Parsed<Band[]> {
  const s = thaiToAsciiDigits(normalizeText(String(raw ?? ''))).replace(/≥/g, '>=').replace(/≤/g, '<=');
  if (s === '') return { ok: true, value: [] };
  const bands: Band[] = [];
  const warnings: NotationProblem[] = [];
  const num = (t: string): number | undefined => {
    const a = parseAmount(t);
    if (!a) return undefined;
    if (fraction && !a.percent && Math.abs(a.value) > 2) warnings.push({ reason: 'percentSign', detail: { value: t } });
    return a.value;
  };
  for (const part of s.split(/[;\n]/).map((p) => p.trim()).filter(Boolean)) {
    const unreadable = bad('unreadable', { part });
    const colon = part.lastIndexOf(':');
    if (colon < 0) return unreadable;
    const cond = part.slice(0, colon).replace(/\s+/g, '');
    const points = parseAmount(part.slice(colon + 1));
    if (!points || points.percent || points.value < 0) return unreadable;
    const band: Band = { points: points.value };
    let m: RegExpExecArray | null;
    if (/^(else|อื่นๆ|นอกนั้น)$/i.test(cond)) {
      // no bounds: catches every value
    } else if ((m = /^(>=|>|<=|<)(-?[\d.]+%?)$/.exec(cond))) {
      const v = num(m[2]!);
      if (v === undefined) return unreadable;
      if (m[1]!.startsWith('>')) {
        band.min = v;
        if (m[1] === '>') band.minExclusive = true;
      } else {
        band.max = v;
        if (m[1] === '<') band.maxExclusive = true;
      }
    } else if ((m = /^(>)?(-?[\d.]+%?)-(<)?(-?[\d.]+%?)$/.exec(cond))) {
      const lo = num(m[2]!);
      const hi = num(m[4]!);
      if (lo === undefined || hi === undefined || lo > hi) return unreadable;
      band.min = lo;
      band.max = hi;
      if (m[1]) band.minExclusive = true;
      if (m[3]) band.maxExclusive = true;
    } else return unreadable;
    bands.push(band);
  }
  return { ok: true, value: bands, warnings };
}

/** Reason: `unreadable`. */
export function parseRedFlag(raw: string): Parsed<Indicator['redFlag']> {
  const s = notationKey(raw).replace(/\s+/g, '');
  if (s === '' || s === '-') return { ok: true, value: undefined };
  if (NO_WORDS.includes(s)) return { ok: true, value: { when: 'no' } };
  const m = /^>(-?[\d.]+%?)$/.exec(s);
  const a = m ? parseAmount(m[1]!) : undefined;
  if (a) return { ok: true, value: { when: 'above', value: a.value } };
  return bad('unreadable');
}
