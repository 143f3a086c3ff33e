import type { Band, Criteria, Indicator } from '../schema/criteria';
import type { IndicatorResult, IndicatorStatus, Level, RedFlag, ScoredAudit } from '../schema/dataset';
import { FINANCIAL_FIELDS, type Answer, type AuditRecord, type Financials, type FinancialField } from '../schema/records';
import { isYesNo, neededFields } from '../schema/criteria';
import { words } from '../i18n/words';
import { redFlagReason } from './criteria-words';
import { levelWord } from './level';
import { compareCodes } from '../thai/collate';

/**
 * Scoring (DESIGN §5.2), generic over the criteria table: nothing here knows any particular indicator.
 * Thresholds are compared with a small epsilon so a boundary written in the table (0.05, 0.7, 12) is hit
 * exactly even when the value comes out of floating-point arithmetic (50/1000, a 70 % cell stored 0.7…).
 */
export const EPSILON = 1e-9;

/**
 * A fraction or score as published: 6 decimals, far finer than any threshold or display. Levels are decided on
 * the unrounded value; the published one stays short, so a long float (0.0874609375, 71.5576923076923) never
 * holds a run of digits that reads as a phone number or a national id.
 */
export function publishedFraction(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** True when a value lies in a band (ends inclusive unless marked exclusive), within EPSILON. */
export function inBand(value: number, band: Band): boolean {
  if (band.min !== undefined) {
    if (band.minExclusive ? !(value > band.min + EPSILON) : !(value >= band.min - EPSILON)) return false;
  }
  if (band.max !== undefined) {
    if (band.maxExclusive ? !(value < band.max - EPSILON) : !(value <= band.max + EPSILON)) return false;
  }
  return true;
}

/** Points for a numeric value: the first band that holds it wins; none → 0. */
export function bandPoints(value: number, bands: readonly Band[]): number {
  for (const band of bands) if (inBand(value, band)) return band.points;
  return 0;
}

type Measured =
  | { kind: 'value'; value: number | boolean }
  | { kind: 'missing' }
  | { kind: 'n/a' };

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const sum = (fields: readonly FinancialField[], f: Financials): number =>
  fields.reduce((s, k) => s + (f[k] as number), 0);

/** Reads an indicator's value from an audit. */
export function measure(indicator: Indicator, audit: Pick<AuditRecord, 'financials' | 'answers'>): Measured {
  const m = indicator.measure;
  const f = audit.financials;
  const answer: Answer | undefined = audit.answers[indicator.code];
  switch (m.kind) {
    case 'answer': {
      if (m.input === 'yesno') return typeof answer === 'boolean' ? { kind: 'value', value: answer } : { kind: 'missing' };
      return isNum(answer) ? { kind: 'value', value: answer } : { kind: 'missing' };
    }
    case 'ratio': {
      // A zero denominator makes the ratio meaningless whatever the numerator holds (no loans → no
      // overdue ratio), so n/a is decided first; otherwise any absent or negative field → missing.
      const den = m.denominator.map((k) => f[k]);
      if (den.every((v) => isNum(v) && v >= 0) && sum(m.denominator, f) === 0) return { kind: 'n/a' };
      for (const k of neededFields(indicator)) {
        const v = f[k];
        if (!isNum(v) || v < 0) return { kind: 'missing' };
      }
      return { kind: 'value', value: (sum(m.plus, f) - sum(m.minus, f)) / sum(m.denominator, f) };
    }
    case 'positive': {
      const v = f[m.field];
      return isNum(v) ? { kind: 'value', value: v > 0 } : { kind: 'missing' };
    }
    case 'positiveAndAnswer': {
      // Both parts are needed for a yes; a known "no" in either part settles it even if the other is empty.
      const v = f[m.field];
      const fieldYes = isNum(v) ? v > 0 : undefined;
      const answerYes = typeof answer === 'boolean' ? answer : undefined;
      if (fieldYes === false || answerYes === false) return { kind: 'value', value: false };
      if (fieldYes === undefined || answerYes === undefined) return { kind: 'missing' };
      return { kind: 'value', value: true };
    }
  }
}

/** Scores one indicator: value, points, max and status. */
export function scoreIndicator(indicator: Indicator, audit: Pick<AuditRecord, 'financials' | 'answers'>): IndicatorResult {
  const measured = measure(indicator, audit);
  const { code, max } = indicator;
  if (measured.kind === 'n/a') return { code, value: null, points: 0, max: 0, status: 'n/a' };
  if (measured.kind === 'missing') return { code, value: null, points: 0, max, status: 'missing' };
  const value = measured.value;
  let points: number;
  if (typeof value === 'boolean') points = value ? max : 0;
  else if (isYesNo(indicator)) points = value > 0 ? max : 0;
  else points = Math.min(max, bandPoints(value, indicator.bands));
  const status: IndicatorStatus = points >= max - EPSILON ? 'pass' : points > EPSILON ? 'partial' : 'fail';
  return { code, value, points, max, status };
}

/** The red flag an indicator result raises, with the sentences that say why in Thai and English, or null. */
export function redFlagOf(indicator: Indicator, result: IndicatorResult): RedFlag | null {
  const th = redFlagReason(indicator, result.value, 'th');
  const en = redFlagReason(indicator, result.value, 'en');
  if (th === null || en === null) return null;
  const sentence = (lang: 'th' | 'en', why: string) => {
    const w = words(lang).redFlag;
    return w.sentence(w.title(indicator.code), w.explain(why, w.forced));
  };
  return { code: indicator.code, th: sentence('th', th), en: sentence('en', en) };
}

const dimensionRank = (criteria: Criteria): Map<string, number> =>
  new Map(criteria.dimensions.map((d, i) => [d.code, i]));

/** Codes of indicators that lost points (fail, partial, missing), in fix-first order (DESIGN §5.2). */
export function priorities(results: readonly IndicatorResult[], criteria: Criteria): string[] {
  const byCode = new Map(criteria.indicators.map((i) => [i.code, i]));
  const dims = dimensionRank(criteria);
  const lost = results.filter((r) => r.status === 'fail' || r.status === 'partial' || r.status === 'missing');
  const key = (r: IndicatorResult) => {
    const ind = byCode.get(r.code);
    return { flag: ind?.redFlag ? 0 : 1, lost: r.max - r.points, dim: dims.get(ind?.dimension ?? '') ?? 99 };
  };
  return [...lost]
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      if (ka.flag !== kb.flag) return ka.flag - kb.flag;
      if (Math.abs(ka.lost - kb.lost) > EPSILON) return kb.lost - ka.lost;
      if (ka.dim !== kb.dim) return ka.dim - kb.dim;
      return compareCodes(a.code, b.code);
    })
    .map((r) => r.code);
}

/** Financials copied in the canonical field order, so the JSON is the same whatever order ingest used. */
function canonicalFinancials(f: Financials): Financials {
  const out: Financials = {};
  for (const k of FINANCIAL_FIELDS) if (f[k] !== undefined) out[k] = f[k];
  return out;
}

/** Scores one audit against a criteria table (DESIGN §5.2). Pure. */
export function scoreAudit(audit: AuditRecord, criteria: Criteria): ScoredAudit {
  const indicators = criteria.indicators.map((ind) => scoreIndicator(ind, audit));
  let points = 0;
  let max = 0;
  let missingPoints = 0;
  for (const r of indicators) {
    points += r.points;
    max += r.max;
    if (r.status === 'missing') missingPoints += r.max;
  }
  const dimensions = criteria.dimensions.map((d) => {
    const inDim = criteria.indicators
      .map((ind, i) => ({ ind, r: indicators[i]! }))
      .filter(({ ind }) => ind.dimension === d.code);
    return {
      code: d.code,
      points: inDim.reduce((s, { r }) => s + r.points, 0),
      max: inDim.reduce((s, { r }) => s + r.max, 0),
    };
  });
  const redFlags = criteria.indicators.flatMap((ind, i) => {
    const flag = redFlagOf(ind, indicators[i]!);
    return flag ? [flag] : [];
  });
  const score = max > 0 ? (100 * points) / max : null;
  const incomplete = score === null || missingPoints > criteria.incompleteAbovePoints + EPSILON;
  let level: Level | null = null;
  if (!incomplete && score !== null) {
    if (redFlags.length > 0) level = 3;
    else if (score >= criteria.levels.good - EPSILON) level = 1;
    else if (score >= criteria.levels.fair - EPSILON) level = 2;
    else level = 3;
  }
  return {
    fiscalYear: audit.fiscalYear,
    date: audit.date,
    criteria: criteria.id,
    score: score === null ? null : publishedFraction(score),
    level,
    levelLabel: levelWord(level, 'th'),
    redFlags,
    incomplete,
    financials: canonicalFinancials(audit.financials),
    // Red flags and points above used the exact values; the published ones are rounded.
    indicators: indicators.map((r) => (typeof r.value === 'number' && r.value % 1 !== 0 ? { ...r, value: publishedFraction(r.value) } : r)),
    dimensions,
    priorities: priorities(indicators, criteria),
    plan: audit.plan ?? [],
  };
}
