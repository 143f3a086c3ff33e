/** Formatting for pages: Thai number formats, Buddhist-Era dates, level words, indicator values. */
import { formatThaiDate } from '../lib/thai/date';
import type { Indicator, Band } from '../lib/schema/criteria';
import type { IndicatorResult, IndicatorStatus, Level } from '../lib/schema/dataset';
import { formatThreshold, isFraction, isYesNo } from '../lib/health/score';

const int = new Intl.NumberFormat('th-TH', { maximumFractionDigits: 0 });
const one = new Intl.NumberFormat('th-TH', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const DASH = '–';

export const fmtInt = (n: number | null | undefined): string => (n == null ? DASH : int.format(n));
/** Baht, whole numbers (the books are kept to the baht). */
export const fmtMoney = (n: number | null | undefined): string => (n == null ? DASH : int.format(n));
/** Scores are kept unrounded and shown with one decimal (DESIGN §5.2). */
export const fmtScore = (n: number | null | undefined): string => (n == null ? DASH : one.format(n));
/** A fraction as a percent with one decimal: 0.04 → "4.0%". */
export const fmtPercent = (f: number | null | undefined): string => (f == null ? DASH : `${one.format(f * 100)}%`);
export const fmtDate = (iso: string | null | undefined, style: 'long' | 'short' = 'long'): string =>
  iso ? formatThaiDate(iso, style) : DASH;
export const fmtFY = (fy: number): string => `ปีงบประมาณ ${fy}`;

export interface LevelView {
  /** CSS modifier and icon key. */
  key: 'good' | 'fair' | 'poor' | 'incomplete' | 'none';
  th: string;
  en: string;
  /** A text symbol, so the level never depends on colour alone. */
  icon: string;
  number: string;
}

export function levelView(level: Level | null | undefined, audited = true): LevelView {
  if (!audited) return { key: 'none', th: 'ยังไม่ได้ตรวจ', en: 'not audited', icon: '○', number: '' };
  switch (level) {
    case 1: return { key: 'good', th: 'ดี', en: 'good', icon: '✔', number: '1' };
    case 2: return { key: 'fair', th: 'ปานกลาง', en: 'fair', icon: '▲', number: '2' };
    case 3: return { key: 'poor', th: 'ต้องปรับปรุง', en: 'needs improvement', icon: '✖', number: '3' };
    default: return { key: 'incomplete', th: 'ข้อมูลไม่ครบ', en: 'incomplete', icon: '?', number: '' };
  }
}

export const STATUS_TH: Record<IndicatorStatus, { th: string; icon: string }> = {
  pass: { th: 'ผ่าน', icon: '✔' },
  partial: { th: 'ผ่านบางส่วน', icon: '◐' },
  fail: { th: 'ไม่ผ่าน', icon: '✖' },
  missing: { th: 'ไม่มีข้อมูล', icon: '?' },
  'n/a': { th: 'ไม่เข้าเกณฑ์วัด', icon: '–' },
};

export const STATUS_LABEL = { active: 'ดำเนินการ', inactive: 'ไม่ดำเนินการ', dissolved: 'ยุบเลิก' } as const;

/** An indicator's value as read by people: yes/no, a count, or a percent. */
export function fmtIndicatorValue(ind: Indicator | undefined, value: IndicatorResult['value']): string {
  if (value === null || value === undefined) return DASH;
  if (typeof value === 'boolean') return value ? 'ใช่' : 'ไม่ใช่';
  if (ind && isYesNo(ind)) return value > 0 ? 'ใช่' : 'ไม่ใช่';
  if (ind && isFraction(ind)) return fmtPercent(value);
  return fmtInt(value);
}

/** A median of an indicator for an area: for yes/no indicators it is a share answering yes. */
export function fmtMedian(ind: Indicator | undefined, value: number | null | undefined): string {
  if (value === null || value === undefined) return DASH;
  if (ind && isYesNo(ind)) return value >= 0.5 ? 'ใช่' : 'ไม่ใช่';
  if (ind && isFraction(ind)) return fmtPercent(value);
  return one.format(value).replace(/\.0$/, '');
}

function bandText(b: Band, fraction: boolean): string {
  const v = (x: number) => formatThreshold(x, fraction);
  if (b.min !== undefined && b.max !== undefined) {
    const lo = b.minExclusive ? `มากกว่า ${v(b.min)}` : v(b.min);
    const hi = b.maxExclusive ? `น้อยกว่า ${v(b.max)}` : v(b.max);
    return `${lo} ถึง ${hi}`;
  }
  if (b.min !== undefined) return `${b.minExclusive ? '>' : '≥'} ${v(b.min)}`;
  if (b.max !== undefined) return `${b.maxExclusive ? '<' : '≤'} ${v(b.max)}`;
  return 'ทุกค่า';
}

/** The scoring rule of an indicator in words: "≥ 12 ได้ 8 คะแนน; ≥ 6 ได้ 4 คะแนน; อื่น ๆ 0". */
export function thresholdText(ind: Indicator): string {
  if (isYesNo(ind)) {
    const m = ind.measure;
    const what = m.kind === 'positive' ? 'มากกว่า 0' : m.kind === 'positiveAndAnswer' ? 'มากกว่า 0 และตอบว่าใช่' : 'ใช่';
    return `${what} ได้ ${ind.max} คะแนน; ไม่ใช่ 0`;
  }
  const fraction = isFraction(ind);
  return [...ind.bands.map((b) => `${bandText(b, fraction)} ได้ ${b.points} คะแนน`), 'อื่น ๆ 0'].join('; ');
}

/** The red-flag rule of an indicator in words, or null. */
export function redFlagText(ind: Indicator): string | null {
  if (!ind.redFlag) return null;
  if (ind.redFlag.when === 'no') return 'ตอบว่า "ไม่ใช่" → ระดับ 3 ทันที';
  return `เกิน ${formatThreshold(ind.redFlag.value, isFraction(ind))} → ระดับ 3 ทันที`;
}
