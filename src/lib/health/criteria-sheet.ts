import { CriteriaSchema, DIMENSIONS, type Band, type Criteria, type Dimension, type Indicator, type Measure } from '../schema/criteria';
import type { Issue } from '../schema/issue';
import { FINANCIAL_FIELDS, type FinancialField } from '../schema/records';
import { DEFAULT_CRITERIA } from './default-criteria';
import { issueAt } from './issue-message';
import { isFraction, isYesNo } from './score';

/**
 * The criteria workbook (sheet `เกณฑ์`, DESIGN §5): the criteria table as rows an officer can read and edit.
 * criteriaToRows() writes it (templates, the methodology page); parseCriteriaSheet() reads it back.
 *
 * Layout — a settings block (label | value…), then a header row and one row per indicator:
 *
 *   รหัสชุดเกณฑ์ | omsap-2567
 *   ชื่อชุดเกณฑ์ | <Thai name> | <English name>
 *   ระดับ 1 ดี เมื่อคะแนนตั้งแต่ | 80
 *   ระดับ 2 ปานกลาง เมื่อคะแนนตั้งแต่ | 60
 *   ข้อมูลไม่ครบ เมื่อคะแนนที่ไม่มีข้อมูลเกิน | 10
 *   มิติ | G | การบริหารจัดการ | Governance            (one row per dimension, in display order)
 *   รหัส | มิติ | ตัวชี้วัด | indicator | วัดจาก | คะแนนเต็ม | เกณฑ์คะแนน | ธงแดง
 *   F1 | F | หนี้ค้างชำระ… | Overdue… | ratio:overdue/loans_outstanding | 10 | <=5%:10; <=10%:5 | >20%
 *
 * วัดจาก: `answer:yesno|count|percent`; `ratio:<a>+<b>-<c>/<d>+<e>` (numerator terms, then `/`, then the
 * denominator; `total_funds` = savings+reserve+other_funds); `positive:<field>`; `positive+answer:<field>`.
 * เกณฑ์คะแนน: `;`-separated `<condition>:<points>`, first match wins, no match → 0; a condition is
 * `>=x`, `>x`, `<=x`, `<x`, a range `a-b` (inclusive; `>a-b`, `a-<b` exclusive ends) or `else`.
 * Ratios and percents may be written as `90%` or as the fraction `0.9`. Empty for yes/no indicators.
 * ธงแดง: `no` (a yes/no answered no) or `>x` (a value strictly above x); empty when none.
 */

export type CriteriaCell = string | number;

const SETTINGS = {
  id: ['รหัสชุดเกณฑ์', 'รหัสเกณฑ์', 'criteria id', 'id', 'version'],
  name: ['ชื่อชุดเกณฑ์', 'ชื่อเกณฑ์', 'criteria name', 'name'],
  good: ['ระดับ 1 ดี เมื่อคะแนนตั้งแต่', 'ระดับดี', 'good from', 'level 1 from'],
  fair: ['ระดับ 2 ปานกลาง เมื่อคะแนนตั้งแต่', 'ระดับปานกลาง', 'fair from', 'level 2 from'],
  incomplete: ['ข้อมูลไม่ครบ เมื่อคะแนนที่ไม่มีข้อมูลเกิน', 'ข้อมูลไม่ครบ', 'incomplete above points', 'incomplete above'],
  dimension: ['มิติ', 'dimension'],
} as const;

const COLUMNS = {
  code: ['รหัส', 'code'],
  dimension: ['มิติ', 'dimension'],
  th: ['ตัวชี้วัด', 'ชื่อตัวชี้วัด', 'indicator (th)'],
  en: ['indicator', 'ตัวชี้วัด (อังกฤษ)', 'indicator (en)', 'english'],
  measure: ['วัดจาก', 'measure', 'measured from'],
  max: ['คะแนนเต็ม', 'points', 'max', 'max points'],
  bands: ['เกณฑ์คะแนน', 'bands', 'scoring'],
  redFlag: ['ธงแดง', 'red flag'],
} as const;
type Column = keyof typeof COLUMNS;

const TOTAL_FUNDS: readonly FinancialField[] = ['savings', 'reserve', 'other_funds'];

/** NFC, no zero-width characters, Thai digits → ASCII, spaces collapsed, lower case. */
function norm(v: unknown): string {
  return String(v ?? '')
    .normalize('NFC')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50))
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
const matches = (cell: unknown, names: readonly string[]) => names.some((n) => norm(n) === norm(cell));
const text = (v: unknown) => String(v ?? '').normalize('NFC').replace(/[\u200B-\u200D\uFEFF]/g, '').trim();

/** Column index (0-based) → letters: 0 → A, 27 → AB. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
const a1 = (row: number, col: number) => `${columnLetter(col)}${row + 1}`;

// ---------- numbers and percents, without float drift in either direction ----------

/** 0.05 → "5%", 0.925 → "92.5%". */
function percentText(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(15))}%`;
}
function plainText(n: number): string {
  return String(Number(n.toPrecision(15)));
}
/** "5%" → 0.05, "0.05" → 0.05, "12" → 12; undefined when not a number. */
function parseAmount(s: string): { value: number; percent: boolean } | undefined {
  const m = /^(-?\d+(?:\.\d+)?)(%)?$/.exec(s.replace(/\s+/g, '').replace(/,/g, ''));
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2] ? { value: Number((n / 100).toPrecision(15)), percent: true } : { value: n, percent: false };
}

// ---------- rendering ----------

function measureText(m: Measure): string {
  switch (m.kind) {
    case 'answer':
      return `answer:${m.input}`;
    case 'positive':
      return `positive:${m.field}`;
    case 'positiveAndAnswer':
      return `positive+answer:${m.field}`;
    case 'ratio': {
      const sumText = (fs: readonly FinancialField[]) =>
        fs.length === TOTAL_FUNDS.length && fs.every((f, i) => f === TOTAL_FUNDS[i]) ? 'total_funds' : fs.join('+');
      const minus = m.minus ?? [];
      return `ratio:${sumText(m.plus)}${minus.map((f) => `-${f}`).join('')}/${sumText(m.denominator)}`;
    }
  }
}

function bandText(b: Band, fraction: boolean): string {
  const v = (n: number) => (fraction ? percentText(n) : plainText(n));
  let cond: string;
  if (b.min !== undefined && b.max !== undefined) cond = `${b.minExclusive ? '>' : ''}${v(b.min)}-${b.maxExclusive ? '<' : ''}${v(b.max)}`;
  else if (b.min !== undefined) cond = `${b.minExclusive ? '>' : '>='}${v(b.min)}`;
  else if (b.max !== undefined) cond = `${b.maxExclusive ? '<' : '<='}${v(b.max)}`;
  else cond = 'else';
  return `${cond}:${plainText(b.points)}`;
}

/** The criteria as sheet rows (settings block, header, one row per indicator). */
export function criteriaToRows(criteria: Criteria): CriteriaCell[][] {
  const rows: CriteriaCell[][] = [
    [SETTINGS.id[0], criteria.id],
    [SETTINGS.name[0], criteria.th, criteria.en],
    [SETTINGS.good[0], criteria.levels.good],
    [SETTINGS.fair[0], criteria.levels.fair],
    [SETTINGS.incomplete[0], criteria.incompleteAbovePoints],
    ...criteria.dimensions.map((d) => [SETTINGS.dimension[0], d.code, d.th, d.en]),
    [],
    (Object.keys(COLUMNS) as Column[]).map((c) => COLUMNS[c][0]),
  ];
  for (const ind of criteria.indicators) {
    const fraction = isFraction(ind);
    const flag = ind.redFlag
      ? ind.redFlag.when === 'no'
        ? 'no'
        : `>${fraction ? percentText(ind.redFlag.value) : plainText(ind.redFlag.value)}`
      : '';
    rows.push([
      ind.code,
      ind.dimension,
      ind.th,
      ind.en,
      measureText(ind.measure),
      ind.max,
      ind.bands.map((b) => bandText(b, fraction)).join('; '),
      flag,
    ]);
  }
  return rows;
}

// ---------- parsing ----------

type Problem = { th: string; en: string };
type Parsed<T> = { ok: true; value: T; warnings?: Problem[] } | { ok: false; problem: Problem; expected: string };

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

const MEASURE_EXPECTED =
  'answer:yesno | answer:count | answer:percent | ratio:<fields>/<fields> | positive:<field> | positive+answer:<field>';

export function parseMeasure(raw: string): Parsed<Measure> {
  const s = norm(raw).replace(/\s+/g, '');
  const bad = (why: Problem): Parsed<Measure> => ({ ok: false, problem: why, expected: MEASURE_EXPECTED });
  const colon = s.indexOf(':');
  const kind = colon < 0 ? s : s.slice(0, colon);
  const arg = colon < 0 ? '' : s.slice(colon + 1);
  if (kind === 'answer') {
    if (arg === 'yesno' || arg === 'count' || arg === 'percent') return { ok: true, value: { kind: 'answer', input: arg } };
    return bad({ th: `วิธีวัด "${raw}" ไม่รู้จักชนิดคำตอบ "${arg}"`, en: `measure "${raw}" has an unknown answer type "${arg}"` });
  }
  if (kind === 'positive' || kind === 'positive+answer') {
    if (!FIELD_SET.has(arg))
      return bad({ th: `วิธีวัด "${raw}" อ้างช่องข้อมูลการเงิน "${arg}" ที่ไม่มี`, en: `measure "${raw}" names an unknown financial field "${arg}"` });
    const field = arg as FinancialField;
    return { ok: true, value: kind === 'positive' ? { kind: 'positive', field } : { kind: 'positiveAndAnswer', field } };
  }
  if (kind === 'ratio') {
    const [num, den, extra] = arg.split('/');
    const denominator = den === undefined ? undefined : parseFieldSum(den);
    const terms = num ? num.match(/[+-]?[^+-]+/g) ?? [] : [];
    const plus: FinancialField[] = [];
    const minus: FinancialField[] = [];
    let ok = terms.length > 0 && !terms[0]!.startsWith('-');
    for (const t of terms) {
      const sign = t.startsWith('-') ? -1 : 1;
      const fs = parseFieldSum(t.replace(/^[+-]/, ''));
      if (!fs) ok = false;
      else (sign > 0 ? plus : minus).push(...fs);
    }
    if (!ok || !denominator || extra !== undefined || plus.length === 0)
      return bad({
        th: `วิธีวัด "${raw}" ไม่ใช่อัตราส่วนของช่องข้อมูลการเงิน`,
        en: `measure "${raw}" is not a ratio of financial fields`,
      });
    return { ok: true, value: { kind: 'ratio', plus, minus, denominator } };
  }
  return bad({ th: `วิธีวัด "${raw}" ไม่รู้จัก`, en: `measure "${raw}" is not recognised` });
}

const BANDS_EXPECTED = 'เช่น / e.g. ">=90%:6; >=75%:3" หรือ / or "70%-90%:6; 50%-<70%:3"';

/** Parses one `<condition>:<points>` list. `fraction` = the indicator's values are fractions. */
export function parseBands(raw: string, fraction: boolean): Parsed<Band[]> {
  const s = text(raw).replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)).replace(/≥/g, '>=').replace(/≤/g, '<=');
  if (s === '') return { ok: true, value: [] };
  const bands: Band[] = [];
  const warnings: Problem[] = [];
  const num = (t: string): number | undefined => {
    const a = parseAmount(t);
    if (!a) return undefined;
    if (fraction && !a.percent && Math.abs(a.value) > 2)
      warnings.push({
        th: `ค่า ${t} ไม่มีเครื่องหมาย % จึงอ่านเป็นสัดส่วน ${t} เท่า ถ้าหมายถึงร้อยละ ${t} ให้เขียน ${t}%`,
        en: `the value ${t} has no % sign, so it is read as ${t} times; write ${t}% if you mean ${t} percent`,
      });
    return a.value;
  };
  for (const part of s.split(/[;\n]/).map((p) => p.trim()).filter(Boolean)) {
    const bad = (): Parsed<Band[]> => ({
      ok: false,
      problem: { th: `เกณฑ์คะแนน "${part}" อ่านไม่ได้`, en: `scoring rule "${part}" cannot be read` },
      expected: BANDS_EXPECTED,
    });
    const colon = part.lastIndexOf(':');
    if (colon < 0) return bad();
    const cond = part.slice(0, colon).replace(/\s+/g, '');
    const points = parseAmount(part.slice(colon + 1));
    if (!points || points.percent || points.value < 0) return bad();
    const band: Band = { points: points.value };
    let m: RegExpExecArray | null;
    if (/^(else|อื่นๆ|นอกนั้น)$/i.test(cond)) {
      // no bounds: catches every value
    } else if ((m = /^(>=|>|<=|<)(-?[\d.]+%?)$/.exec(cond))) {
      const v = num(m[2]!);
      if (v === undefined) return bad();
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
      if (lo === undefined || hi === undefined || lo > hi) return bad();
      band.min = lo;
      band.max = hi;
      if (m[1]) band.minExclusive = true;
      if (m[3]) band.maxExclusive = true;
    } else return bad();
    bands.push(band);
  }
  return { ok: true, value: bands, warnings };
}

export function parseRedFlag(raw: string): Parsed<Indicator['redFlag']> {
  const s = norm(raw).replace(/\s+/g, '');
  if (s === '' || s === '-') return { ok: true, value: undefined };
  if (['no', 'ไม่', 'ไม่ผ่าน', 'ไม่มี', 'ไม่ใช่'].includes(s)) return { ok: true, value: { when: 'no' } };
  const m = /^>(-?[\d.]+%?)$/.exec(s);
  const a = m ? parseAmount(m[1]!) : undefined;
  if (a) return { ok: true, value: { when: 'above', value: a.value } };
  return {
    ok: false,
    problem: { th: `ธงแดง "${raw}" อ่านไม่ได้`, en: `red flag "${raw}" cannot be read` },
    expected: 'no หรือ / or >20%',
  };
}

/**
 * Reads a province's criteria sheet. Returns criteria only when there is no error; every problem is an
 * Issue naming the cell. Settings left out take the default set's values, with a warning.
 */
export function parseCriteriaSheet(rows: unknown[][], file: string, sheet: string): { criteria?: Criteria; issues: Issue[] } {
  const issues: Issue[] = [];
  const err = (code: string, row: number | undefined, col: number | undefined, problem: Problem, should?: Problem, extra: Partial<Issue> = {}) =>
    issues.push(
      issueAt({
        severity: code.startsWith('W_') ? 'warning' : 'error',
        code,
        file,
        sheet,
        ...(row !== undefined && col !== undefined ? { cell: a1(row, col) } : row !== undefined ? { row: row + 1 } : {}),
        ...(extra.field !== undefined ? { field: extra.field } : {}),
        ...(extra.found !== undefined ? { found: extra.found } : {}),
        ...(extra.expected !== undefined ? { expected: extra.expected } : {}),
        problem,
        ...(should ? { should } : {}),
      }),
    );

  const headerAt = rows.findIndex(
    (r) => Array.isArray(r) && r.some((c) => matches(c, COLUMNS.code)) && r.some((c) => matches(c, COLUMNS.measure)),
  );
  if (headerAt < 0) {
    err('E_CRITERIA_NO_HEADER', undefined, undefined,
      { th: 'ไม่พบแถวหัวตาราง', en: 'no header row found' },
      { th: `ต้องมีแถวหัวตาราง ${Object.values(COLUMNS).map((c) => c[0]).join(' | ')}`, en: `expected a header row ${Object.values(COLUMNS).map((c) => c[0]).join(' | ')}` });
    return { issues };
  }
  const header = rows[headerAt]!;
  const col: Partial<Record<Column, number>> = {};
  for (const c of Object.keys(COLUMNS) as Column[]) {
    // ตัวชี้วัด (th) must not grab the English "indicator" column, and vice versa: exact matches only.
    const i = header.findIndex((h) => matches(h, COLUMNS[c]));
    if (i >= 0) col[c] = i;
  }
  for (const c of ['code', 'dimension', 'th', 'measure', 'max'] as Column[]) {
    if (col[c] === undefined)
      err('E_CRITERIA_MISSING_COLUMN', headerAt, undefined,
        { th: `ไม่พบคอลัมน์ "${COLUMNS[c][0]}"`, en: `column "${COLUMNS[c][0]}" is missing` },
        { th: 'ต้องมีคอลัมน์ตามแม่แบบเกณฑ์', en: 'expected the columns of the criteria template' });
  }
  if (issues.length) return { issues };

  // Settings block above the header.
  let id: string | undefined;
  let th = '';
  let en = '';
  const levels: { good?: number; fair?: number } = {};
  let incompleteAbove: number | undefined;
  const dimensions: Criteria['dimensions'] = [];
  const numberSetting = (r: number, value: unknown, name: string): number | undefined => {
    const a = parseAmount(norm(value));
    if (!a || a.percent) {
      err('E_CRITERIA_SETTING', r, 1, { th: `${name} "${text(value)}" ไม่ใช่ตัวเลข`, en: `${name} "${text(value)}" is not a number` },
        { th: 'ต้องเป็นตัวเลข เช่น 80', en: 'expected a number such as 80' }, { found: text(value) });
      return undefined;
    }
    return a.value;
  };
  for (let r = 0; r < headerAt; r++) {
    const row = rows[r];
    if (!Array.isArray(row) || row.length === 0) continue;
    const [label, v1, v2, v3] = row;
    if (matches(label, SETTINGS.id)) id = text(v1) || undefined;
    else if (matches(label, SETTINGS.name)) {
      th = text(v1);
      en = text(v2);
    } else if (matches(label, SETTINGS.good)) levels.good = numberSetting(r, v1, SETTINGS.good[0]);
    else if (matches(label, SETTINGS.fair)) levels.fair = numberSetting(r, v1, SETTINGS.fair[0]);
    else if (matches(label, SETTINGS.incomplete)) incompleteAbove = numberSetting(r, v1, SETTINGS.incomplete[0]);
    else if (matches(label, SETTINGS.dimension)) {
      const code = text(v1).toUpperCase();
      if (!(DIMENSIONS as readonly string[]).includes(code))
        err('E_CRITERIA_DIMENSION', r, 1, { th: `มิติ "${text(v1)}" ไม่รู้จัก`, en: `dimension "${text(v1)}" is not known` },
          { th: `ต้องเป็น ${DIMENSIONS.join(', ')}`, en: `expected one of ${DIMENSIONS.join(', ')}` }, { found: text(v1) });
      else if (dimensions.some((d) => d.code === code))
        err('E_CRITERIA_DIMENSION', r, 1, { th: `มิติ ${code} ซ้ำ`, en: `dimension ${code} is listed twice` });
      else dimensions.push({ code: code as Dimension, th: text(v2), en: text(v3) });
    }
  }
  if (!id)
    err('E_CRITERIA_NO_ID', undefined, undefined,
      { th: `ไม่มีรหัสชุดเกณฑ์`, en: 'the criteria set has no id' },
      { th: `ต้องมีแถว "${SETTINGS.id[0]}" และรหัส เช่น nsw-2567 เพราะทุกคะแนนต้องบอกว่าใช้เกณฑ์ชุดใด`,
        en: `expected a row "${SETTINGS.id[0]}" with an id such as nsw-2567: every score says which criteria it used` });
  const fallback = (name: string, value: number) =>
    err('W_CRITERIA_DEFAULT_SETTING', undefined, undefined,
      { th: `ไม่ได้กำหนด "${name}" จึงใช้ค่าของเกณฑ์ชุดเริ่มต้น ${value}`, en: `"${name}" is not set, so the default set's ${value} is used` });
  if (levels.good === undefined) fallback(SETTINGS.good[0], (levels.good = DEFAULT_CRITERIA.levels.good));
  if (levels.fair === undefined) fallback(SETTINGS.fair[0], (levels.fair = DEFAULT_CRITERIA.levels.fair));
  if (incompleteAbove === undefined) fallback(SETTINGS.incomplete[0], (incompleteAbove = DEFAULT_CRITERIA.incompleteAbovePoints));
  if (levels.fair > levels.good)
    err('E_CRITERIA_SETTING', undefined, undefined,
      { th: `เกณฑ์ระดับปานกลาง ${levels.fair} สูงกว่าระดับดี ${levels.good}`, en: `the fair threshold ${levels.fair} is above the good threshold ${levels.good}` });
  if (dimensions.length === 0) dimensions.push(...DEFAULT_CRITERIA.dimensions.map((d) => ({ ...d })));

  // Indicator rows.
  const indicators: Indicator[] = [];
  const cell = (row: unknown[], c: Column) => (col[c] === undefined ? undefined : row[col[c]!]);
  for (let r = headerAt + 1; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row) || row.every((c) => text(c) === '')) continue;
    const code = text(cell(row, 'code')).toUpperCase();
    const at = (c: Column) => col[c]!;
    if (!/^[A-Z][0-9]{1,2}$/.test(code)) {
      err('E_CRITERIA_CODE', r, at('code'), { th: `รหัสตัวชี้วัด "${text(cell(row, 'code'))}" ไม่ถูกรูปแบบ`, en: `indicator code "${text(cell(row, 'code'))}" is not valid` },
        { th: 'ต้องเป็นอักษรตัวใหญ่ 1 ตัวตามด้วยตัวเลข เช่น F1', en: 'expected a capital letter and digits, such as F1' }, { found: text(cell(row, 'code')) });
      continue;
    }
    if (indicators.some((i) => i.code === code)) {
      err('E_CRITERIA_DUPLICATE', r, at('code'), { th: `รหัสตัวชี้วัด ${code} ซ้ำ`, en: `indicator code ${code} is listed twice` },
        { th: 'แต่ละรหัสต้องมีแถวเดียว', en: 'expected one row per code' }, { found: code });
      continue;
    }
    const dimRaw = text(cell(row, 'dimension'));
    const dim = dimensions.find((d) => matches(dimRaw, [d.code, d.th, d.en]));
    const measure = parseMeasure(text(cell(row, 'measure')));
    const maxA = parseAmount(norm(cell(row, 'max')));
    let ok = true;
    if (!dim) {
      ok = false;
      err('E_CRITERIA_DIMENSION', r, at('dimension'), { th: `มิติ "${dimRaw}" ของ ${code} ไม่อยู่ในรายการมิติ`, en: `dimension "${dimRaw}" of ${code} is not among the dimensions` },
        { th: `ต้องเป็น ${dimensions.map((d) => d.code).join(', ')}`, en: `expected one of ${dimensions.map((d) => d.code).join(', ')}` }, { found: dimRaw });
    }
    if (!measure.ok) {
      ok = false;
      err('E_CRITERIA_MEASURE', r, at('measure'), measure.problem, { th: `ต้องเป็น ${measure.expected}`, en: `expected ${measure.expected}` },
        { found: text(cell(row, 'measure')), expected: measure.expected });
    }
    if (!maxA || maxA.percent || !(maxA.value > 0)) {
      ok = false;
      err('E_CRITERIA_POINTS', r, at('max'), { th: `คะแนนเต็มของ ${code} "${text(cell(row, 'max'))}" ไม่ใช่ตัวเลขที่มากกว่า 0`, en: `full points of ${code} "${text(cell(row, 'max'))}" is not a number above 0` },
        { th: 'ต้องเป็นตัวเลข เช่น 5', en: 'expected a number such as 5' }, { found: text(cell(row, 'max')) });
    }
    if (!ok || !measure.ok || !maxA || !dim) continue;
    const base = { code, dimension: dim.code, th: text(cell(row, 'th')), en: text(cell(row, 'en')), measure: measure.value, max: maxA.value, bands: [] as Band[] };
    const fraction = isFraction(base as Indicator);
    const yesNo = isYesNo(base as Indicator);
    const bandsRaw = text(cell(row, 'bands'));
    if (yesNo && bandsRaw !== '') {
      err('E_CRITERIA_BANDS', r, col.bands, { th: `${code} เป็นตัวชี้วัดแบบใช่/ไม่ใช่ แต่มีเกณฑ์คะแนน "${bandsRaw}"`, en: `${code} is a yes/no indicator but has scoring rules "${bandsRaw}"` },
        { th: 'ต้องเว้นว่าง: ใช่ได้คะแนนเต็ม ไม่ใช่ได้ 0', en: 'expected empty: yes scores full points, no scores 0' }, { found: bandsRaw });
      continue;
    }
    if (!yesNo) {
      const bands = parseBands(bandsRaw, fraction);
      if (!bands.ok) {
        err('E_CRITERIA_BANDS', r, col.bands, bands.problem, { th: `ต้องเขียน ${bands.expected}`, en: `expected ${bands.expected}` }, { found: bandsRaw });
        continue;
      }
      for (const w of bands.warnings ?? []) err('W_CRITERIA_PERCENT_SIGN', r, col.bands, w);
      if (bands.value.length === 0) {
        err('E_CRITERIA_BANDS', r, col.bands, { th: `${code} ไม่มีเกณฑ์คะแนน`, en: `${code} has no scoring rules` },
          { th: `ต้องเขียน ${BANDS_EXPECTED}`, en: `expected ${BANDS_EXPECTED}` });
        continue;
      }
      const over = bands.value.find((b) => b.points > base.max);
      if (over) {
        err('E_CRITERIA_BANDS', r, col.bands, { th: `${code} ให้ ${over.points} คะแนน เกินคะแนนเต็ม ${base.max}`, en: `${code} gives ${over.points} points, more than its full ${base.max}` },
          { th: 'คะแนนในเกณฑ์ต้องไม่เกินคะแนนเต็ม', en: 'expected points no higher than the full points' });
        continue;
      }
      base.bands = bands.value;
    }
    const flag = parseRedFlag(text(cell(row, 'redFlag')));
    if (!flag.ok) {
      err('E_CRITERIA_RED_FLAG', r, col.redFlag, flag.problem, { th: `ต้องเป็น ${flag.expected}`, en: `expected ${flag.expected}` }, { found: text(cell(row, 'redFlag')) });
      continue;
    }
    if (flag.value && (flag.value.when === 'no') !== yesNo) {
      err('E_CRITERIA_RED_FLAG', r, col.redFlag,
        { th: `ธงแดงของ ${code} ไม่เข้ากับวิธีวัด`, en: `the red flag of ${code} does not fit its measure` },
        { th: 'ตัวชี้วัดแบบใช่/ไม่ใช่ใช้ "no" ตัวชี้วัดแบบตัวเลขใช้ ">ค่า"', en: 'expected "no" for a yes/no indicator and ">value" for a numeric one' });
      continue;
    }
    indicators.push(flag.value ? { ...base, redFlag: flag.value } : base);
  }
  if (indicators.length === 0 && !issues.some((i) => i.severity === 'error'))
    err('E_CRITERIA_EMPTY', undefined, undefined, { th: 'ไม่มีแถวตัวชี้วัด', en: 'there are no indicator rows' },
      { th: 'ต้องมีตัวชี้วัดอย่างน้อย 1 แถวใต้หัวตาราง', en: 'expected at least one indicator row under the header' });

  const total = indicators.reduce((s, i) => s + i.max, 0);
  if (indicators.length && Math.abs(total - 100) > 1e-9)
    err('W_CRITERIA_TOTAL', undefined, undefined,
      { th: `คะแนนเต็มรวม ${plainText(total)} ไม่ใช่ 100 (คะแนนยังคิดเป็นร้อยละของคะแนนที่ประเมินได้)`, en: `full points add up to ${plainText(total)}, not 100 (scores are still a percentage of the points assessed)` });

  if (issues.some((i) => i.severity === 'error')) return { issues };
  const parsed = CriteriaSchema.safeParse({
    id, th, en, dimensions, indicators,
    levels: { good: levels.good, fair: levels.fair },
    incompleteAbovePoints: incompleteAbove,
  });
  if (!parsed.success) {
    err('E_CRITERIA_INVALID', undefined, undefined,
      { th: `เกณฑ์ไม่ถูกต้อง: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
        en: `the criteria are not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}` });
    return { issues };
  }
  return { criteria: parsed.data, issues };
}

// ---------- plain-language rules, for the methodology page and the health card ----------

/** A threshold as a reader sees it: fractions as "90 %", "−5 %" (0 stays "0"); counts as numbers. */
function readable(n: number, fraction: boolean): string {
  const s = fraction ? (n === 0 ? '0' : `${Number((n * 100).toPrecision(15))} %`) : plainText(n);
  return s.replace(/^-/, '−');
}

function bandPhrase(b: Band, fraction: boolean): string {
  const v = (n: number) => readable(n, fraction);
  if (b.min !== undefined && b.max !== undefined) {
    // "70–90 %": the unit once, at the end, as DESIGN §5.1 writes it
    const lo = v(b.min).replace(/ %$/, '');
    return `${b.minExclusive ? '>' : ''}${lo}–${b.maxExclusive ? '<' : ''}${v(b.max)}`;
  }
  if (b.min !== undefined) return `${b.minExclusive ? '>' : '≥'} ${v(b.min)}`;
  if (b.max !== undefined) return `${b.maxExclusive ? '<' : '≤'} ${v(b.max)}`;
  return '';
}

/**
 * How an indicator scores, in words (DESIGN §5.1's "points" column): "yes 5, no 0",
 * "≥ 90 % → 6; ≥ 75 % → 3; else 0", "both → 4; else 0". Rendered from the same table scoring reads.
 */
export function ruleText(indicator: Indicator): { th: string; en: string } {
  const max = plainText(indicator.max);
  if (indicator.measure.kind === 'positiveAndAnswer') return { th: `ครบทั้งสองข้อ → ${max}; นอกนั้น 0`, en: `both → ${max}; else 0` };
  if (isYesNo(indicator)) return { th: `ใช่ ${max}, ไม่ใช่ 0`, en: `yes ${max}, no 0` };
  const fraction = isFraction(indicator);
  const parts = indicator.bands.map((b) => ({ cond: bandPhrase(b, fraction), points: plainText(b.points) }));
  const hasElse = parts.some((p) => p.cond === '');
  const th = parts.map((p) => (p.cond ? `${p.cond} → ${p.points}` : `นอกนั้น ${p.points}`));
  const en = parts.map((p) => (p.cond ? `${p.cond} → ${p.points}` : `else ${p.points}`));
  if (!hasElse) {
    th.push('นอกนั้น 0');
    en.push('else 0');
  }
  return { th: th.join('; '), en: en.join('; ') };
}

/** The red-flag rule in words, or null: "red flag when no" / "red flag above 20 %". */
export function redFlagText(indicator: Indicator): { th: string; en: string } | null {
  const rule = indicator.redFlag;
  if (!rule) return null;
  if (rule.when === 'no') return { th: 'ธงแดงเมื่อตอบว่าไม่', en: 'red flag when no' };
  const v = readable(rule.value, isFraction(indicator));
  return { th: `ธงแดงเมื่อเกิน ${v}`, en: `red flag above ${v}` };
}
