/**
 * Reads a province's criteria sheet (`เกณฑ์`, DESIGN §5; layout in src/lib/health/criteria-rows.ts, cell notation in
 * criteria-notation.ts). Returns criteria only when there is no error; every problem is an issue from the message
 * catalogue naming the cell. Settings left out take the default set's values, with a warning.
 */
import { cellAddress } from '../cell-address';
import { makeIssue, type IssueAt } from '../issues/make-issue';
import type { IssueCode } from '../issues/messages';
import { verbatim } from '../i18n/words';
import type { Issue } from '../schema/issue';
import { CRITERIA_COLUMNS, CRITERIA_SETTINGS, type CriteriaColumn } from '../schema/layouts';
import { normalizeText } from '../thai/normalize';
import { asIndicatorCode } from '../thai/codes';
import { notationKey, parseAmount, parseBands, parseMeasure, parseRedFlag } from './criteria-notation';
import { DEFAULT_CRITERIA } from './default-criteria';
import { CriteriaSchema, DIMENSIONS, isFraction, isYesNo, type Band, type Criteria, type Dimension, type Indicator } from '../schema/criteria';

type Report = (code: IssueCode, at: { row?: number; col?: number }, extra?: Omit<IssueAt, 'file' | 'sheet' | 'cell' | 'row'>) => void;

const matches = (cell: unknown, names: readonly string[]) => names.some((n) => notationKey(n) === notationKey(cell));
const text = (v: unknown) => normalizeText(String(v ?? ''));
const plain = (n: number) => String(Number(n.toPrecision(15)));
const REQUIRED: readonly CriteriaColumn[] = ['code', 'dimension', 'th', 'measure', 'max'];

interface Settings {
  id?: string;
  th: string;
  en: string;
  good: number;
  fair: number;
  incompleteAbovePoints: number;
  dimensions: Criteria['dimensions'];
}

/** The settings block above the header row; settings left out take the default set's value, with a warning. */
function readSettings(rows: unknown[][], report: Report): Settings {
  const S = CRITERIA_SETTINGS;
  let id: string | undefined;
  let th = '';
  let en = '';
  const numbers: { good?: number; fair?: number; incomplete?: number } = {};
  const dimensions: Criteria['dimensions'] = [];
  const numberAt = (r: number, value: unknown, setting: string): number | undefined => {
    const a = parseAmount(notationKey(value));
    if (a && !a.percent) return a.value;
    report('E_CRITERIA_SETTING', { row: r, col: 1 }, { found: text(value), detail: { reason: 'number', setting } });
    return undefined;
  };
  rows.forEach((row, r) => {
    if (!Array.isArray(row) || row.length === 0) return;
    const [label, v1, v2, v3] = row;
    if (matches(label, S.id)) id = text(v1) || undefined;
    else if (matches(label, S.name)) [th, en] = [text(v1), text(v2)];
    else if (matches(label, S.good)) numbers.good = numberAt(r, v1, S.good[0]);
    else if (matches(label, S.fair)) numbers.fair = numberAt(r, v1, S.fair[0]);
    else if (matches(label, S.incomplete)) numbers.incomplete = numberAt(r, v1, S.incomplete[0]);
    else if (matches(label, S.dimension)) {
      const code = text(v1).toUpperCase();
      if (!(DIMENSIONS as readonly string[]).includes(code)) {
        const list = DIMENSIONS.join(', ');
        report('E_CRITERIA_DIMENSION', { row: r, col: 1 }, { found: text(v1), expected: verbatim(list), detail: { reason: 'unknown' } });
      } else if (dimensions.some((d) => d.code === code)) {
        report('E_CRITERIA_DIMENSION', { row: r, col: 1 }, { found: code, detail: { reason: 'twice' } });
      } else dimensions.push({ code: code as Dimension, th: text(v2), en: text(v3) });
    }
  });
  if (!id) report('E_CRITERIA_NO_ID', {}, { detail: { label: S.id[0] } });
  const orDefault = (value: number | undefined, fallback: number, setting: string): number => {
    if (value !== undefined) return value;
    report('W_CRITERIA_DEFAULT_SETTING', {}, { detail: { setting, value: fallback } });
    return fallback;
  };
  const good = orDefault(numbers.good, DEFAULT_CRITERIA.levels.good, S.good[0]);
  const fair = orDefault(numbers.fair, DEFAULT_CRITERIA.levels.fair, S.fair[0]);
  const incompleteAbovePoints = orDefault(numbers.incomplete, DEFAULT_CRITERIA.incompleteAbovePoints, S.incomplete[0]);
  if (fair > good) report('E_CRITERIA_SETTING', {}, { detail: { reason: 'order', fair: plain(fair), good: plain(good) } });
  if (dimensions.length === 0) dimensions.push(...DEFAULT_CRITERIA.dimensions.map((d) => ({ ...d })));
  return { ...(id ? { id } : {}), th, en, good, fair, incompleteAbovePoints, dimensions };
}

/** One indicator row, or undefined (reported) when any of its cells is wrong. */
function readIndicator(
  row: unknown[],
  r: number,
  col: Partial<Record<CriteriaColumn, number>>,
  dimensions: Criteria['dimensions'],
  seen: ReadonlySet<string>,
  report: Report,
): Indicator | undefined {
  const cell = (c: CriteriaColumn) => text(col[c] === undefined ? undefined : row[col[c]!]);
  const at = (c: CriteriaColumn) => ({ row: r, ...(col[c] === undefined ? {} : { col: col[c]! }) });
  const code = asIndicatorCode(cell('code'));
  if (code === undefined) {
    report('E_CRITERIA_CODE', at('code'), { found: cell('code') });
    return undefined;
  }
  if (seen.has(code)) {
    report('E_CRITERIA_DUPLICATE', at('code'), { found: code });
    return undefined;
  }
  const dim = dimensions.find((d) => matches(cell('dimension'), [d.code, d.th, d.en]));
  const measure = parseMeasure(cell('measure'));
  const max = parseAmount(notationKey(cell('max')));
  if (!dim) {
    const list = dimensions.map((d) => d.code).join(', ');
    report('E_CRITERIA_DIMENSION', at('dimension'), { found: cell('dimension'), expected: verbatim(list), detail: { reason: 'notListed', code } });
  }
  if (!measure.ok) report('E_CRITERIA_MEASURE', at('measure'), { found: cell('measure'), detail: { reason: measure.reason, ...measure.detail } });
  const maxOk = max !== undefined && !max.percent && max.value > 0;
  if (!maxOk) report('E_CRITERIA_POINTS', at('max'), { found: cell('max'), detail: { code } });
  if (!dim || !measure.ok || !maxOk) return undefined;

  const base: Indicator = { code, dimension: dim.code, th: cell('th'), en: cell('en'), measure: measure.value, max: max.value, bands: [] as Band[] };
  const yesNo = isYesNo(base);
  const bandsText = cell('bands');
  if (yesNo && bandsText !== '') {
    report('E_CRITERIA_BANDS', at('bands'), { found: bandsText, detail: { reason: 'yesNo', code } });
    return undefined;
  }
  if (!yesNo) {
    const bands = parseBands(bandsText, isFraction(base));
    if (!bands.ok) {
      report('E_CRITERIA_BANDS', at('bands'), { found: bandsText, detail: { reason: bands.reason, ...bands.detail } });
      return undefined;
    }
    for (const w of bands.warnings ?? []) report('W_CRITERIA_PERCENT_SIGN', at('bands'), { detail: w.detail });
    if (bands.value.length === 0) {
      report('E_CRITERIA_BANDS', at('bands'), { detail: { reason: 'empty', code } });
      return undefined;
    }
    const over = bands.value.find((b) => b.points > base.max);
    if (over) {
      report('E_CRITERIA_BANDS', at('bands'), { detail: { reason: 'over', code, points: plain(over.points), max: plain(base.max) } });
      return undefined;
    }
    base.bands = bands.value;
  }
  const flag = parseRedFlag(cell('redFlag'));
  if (!flag.ok) {
    report('E_CRITERIA_RED_FLAG', at('redFlag'), { found: cell('redFlag'), detail: { reason: flag.reason } });
    return undefined;
  }
  if (flag.value && (flag.value.when === 'no') !== yesNo) {
    report('E_CRITERIA_RED_FLAG', at('redFlag'), { detail: { reason: 'misfit', code } });
    return undefined;
  }
  return flag.value ? { ...base, redFlag: flag.value } : base;
}

/**
 * Points that can be trusted to mean a score out of 100: the full points add up to 100, and no indicator outweighs
 * its dimension (gives more points than the other indicators of its dimension together). One yes/no answer worth
 * 1,000 points would otherwise decide every group's level alone. Either is an error: the default criteria are used.
 */
function checkWeights(indicators: readonly Indicator[], rowOf: ReadonlyMap<string, number>, dimensions: Criteria['dimensions'], headerAt: number, maxCol: number, report: Report): void {
  if (indicators.length === 0) return;
  const total = indicators.reduce((s, i) => s + i.max, 0);
  if (Math.abs(total - 100) > 1e-9) report('E_CRITERIA_TOTAL', { row: headerAt, col: maxCol }, { detail: { total: plain(total), criteria: DEFAULT_CRITERIA.id } });
  for (const d of dimensions) {
    const own = indicators.filter((i) => i.dimension === d.code);
    if (own.length < 2) continue;
    const sum = own.reduce((s, i) => s + i.max, 0);
    for (const i of own) {
      const rest = sum - i.max;
      if (i.max - rest > 1e-9) {
        report('E_CRITERIA_OUTWEIGHS', { row: rowOf.get(i.code)!, col: maxCol }, { found: plain(i.max), detail: { code: i.code, dimension: d.code, rest: plain(rest), criteria: DEFAULT_CRITERIA.id } });
      }
    }
  }
}

export function parseCriteriaSheet(rows: unknown[][], file: string, sheet: string): { criteria?: Criteria; issues: Issue[] } {
  const issues: Issue[] = [];
  const report: Report = (code, at, extra = {}) =>
    issues.push(
      makeIssue(code, {
        file,
        sheet,
        ...(at.row !== undefined && at.col !== undefined ? { cell: cellAddress(at.row, at.col) } : at.row !== undefined ? { row: at.row + 1 } : {}),
        ...extra,
      }),
    );
  const hasError = () => issues.some((i) => i.severity === 'error');

  const C = CRITERIA_COLUMNS;
  const headerAt = rows.findIndex((r) => Array.isArray(r) && r.some((c) => matches(c, C.code)) && r.some((c) => matches(c, C.measure)));
  if (headerAt < 0) {
    const columns = Object.values(C).map((c) => c[0]).join(' | ');
    report('E_CRITERIA_NO_HEADER', {}, { expected: verbatim(columns) });
    return { issues };
  }
  // Exact matches only: ตัวชี้วัด (th) must not grab the English "indicator" column, and vice versa.
  const col: Partial<Record<CriteriaColumn, number>> = {};
  for (const c of Object.keys(C) as CriteriaColumn[]) {
    const i = rows[headerAt]!.findIndex((h) => matches(h, C[c]));
    if (i >= 0) col[c] = i;
  }
  for (const c of REQUIRED) if (col[c] === undefined) report('E_CRITERIA_MISSING_COLUMN', { row: headerAt }, { detail: { column: C[c][0] } });
  if (issues.length) return { issues };

  const settings = readSettings(rows.slice(0, headerAt), report);
  const indicators: Indicator[] = [];
  const seen = new Set<string>();
  const rowOf = new Map<string, number>();
  for (let r = headerAt + 1; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row) || row.every((c) => text(c) === '')) continue;
    const ind = readIndicator(row, r, col, settings.dimensions, seen, report);
    const code = asIndicatorCode(text(row[col.code!]));
    if (code !== undefined) seen.add(code);
    if (ind) {
      indicators.push(ind);
      rowOf.set(ind.code, r);
    }
  }
  if (indicators.length === 0 && !hasError()) report('E_CRITERIA_EMPTY', {});
  if (!hasError()) checkWeights(indicators, rowOf, settings.dimensions, headerAt, col.max!, report);
  if (hasError()) return { issues };

  const parsed = CriteriaSchema.safeParse({
    id: settings.id, th: settings.th, en: settings.en, dimensions: settings.dimensions, indicators,
    levels: { good: settings.good, fair: settings.fair },
    incompleteAbovePoints: settings.incompleteAbovePoints,
  });
  if (!parsed.success) {
    report('E_CRITERIA_INVALID', {}, { detail: { problems: parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ') } });
    return { issues };
  }
  return { criteria: parsed.data, issues };
}
