/**
 * The published CSV downloads (DESIGN §7 /data/): UTF-8 with BOM so Thai Excel opens them, CRLF rows,
 * and text cells that Excel would run as a formula (= + - @, tab, CR) neutralised with a leading apostrophe.
 * Numbers are written as numbers (a negative profit stays -5000). Each language has its own download: the same
 * columns of groups.csv (machine names, a public contract) with place names and level labels in the page's
 * language; criteria.csv with the rules in words of the language (rule_th / rule_en …).
 */
import type { Criteria } from '../lib/schema/criteria';
import type { Dataset, ScoredAudit } from '../lib/schema/dataset';
import { planOutcome } from '../lib/followthrough/outcome';
import { FINANCIAL_FIELDS, COUNT_FIELDS, SIGNED_FIELDS } from '../lib/schema/records';
import type { Lang } from '../lib/i18n/lang';
import { words } from '../lib/i18n/words';
import { formatThreshold } from '../lib/i18n/format';
import { dimensionName, indicatorName, redFlagRuleText, ruleText } from '../lib/health/criteria-words';
import { levelWord } from '../lib/health/level';
import { placeName } from './names';

export const BOM = '\uFEFF';

/** One CSV cell. Strings starting with a formula trigger get a leading apostrophe; quoting per RFC 4180. */
export function csvCell(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  // A number or a boolean never needs quotes nor the formula guard (a national groups.csv has 2 million cells).
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : Number.isFinite(v) ? String(Number(v.toFixed(6))) : '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvText(rows: (string | number | boolean | null | undefined)[][]): string {
  return BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export interface FieldDoc {
  name: string;
  /** What the column holds, in the page's language. */
  meaning: string;
}

/** The columns of groups.csv, documented in a language (the field dictionary on /data/ renders from this). */
export function groupCsvFields(criteria: Criteria, lang: Lang): FieldDoc[] {
  const w = words(lang);
  const c = w.csv;
  const codeWords = (pairs: [string, string][]) => pairs.map(([code, word]) => c.codeWord(code, word)).join(', ');
  const statuses = codeWords((['active', 'inactive', 'dissolved'] as const).map((s) => [s, w.groupStatus[s]]));
  const levels = codeWords(([1, 2, 3] as const).map((l) => [String(l), levelWord(l, lang)]));
  const results = codeWords((['pass', 'partial', 'fail', 'missing', 'n/a'] as const).map((s) => [s, w.indicatorStatus[s]]));
  const financial = (f: (typeof FINANCIAL_FIELDS)[number]) =>
    COUNT_FIELDS.includes(f) ? w.field[f] : SIGNED_FIELDS.includes(f) ? c.signedMoney(w.field[f]) : c.money(w.field[f]);
  return [
    { name: 'group_id', meaning: c.group_id },
    { name: 'name', meaning: c.name },
    { name: 'village', meaning: c.village },
    { name: 'moo', meaning: c.moo },
    { name: 'subdistrict_code', meaning: c.subdistrict_code },
    { name: 'subdistrict', meaning: c.subdistrict },
    { name: 'district_code', meaning: c.district_code },
    { name: 'district', meaning: c.district },
    { name: 'province_code', meaning: c.province_code },
    { name: 'province', meaning: c.province },
    { name: 'status', meaning: c.status(statuses) },
    { name: 'founded', meaning: c.founded },
    { name: 'members', meaning: c.members },
    { name: 'registry_savings', meaning: c.registry_savings },
    { name: 'fiscal_year', meaning: c.fiscal_year },
    { name: 'audit_date', meaning: c.audit_date },
    { name: 'criteria', meaning: c.criteria },
    { name: 'score', meaning: c.score },
    { name: 'level', meaning: c.level(levels) },
    { name: 'level_label', meaning: c.level_label },
    { name: 'incomplete', meaning: c.incomplete },
    { name: 'red_flags', meaning: c.red_flags },
    { name: 'priorities', meaning: c.priorities },
    ...FINANCIAL_FIELDS.map((f) => ({ name: f, meaning: financial(f) })),
    ...criteria.indicators.flatMap((i) => [
      { name: `${i.code}_value`, meaning: c.value(i.code, indicatorName(i, lang)) },
      { name: `${i.code}_points`, meaning: c.points(i.code, formatThreshold(i.max, false)) },
      { name: `${i.code}_status`, meaning: c.status_of(i.code, results) },
    ]),
    ...followThroughCsvFields(criteria, lang),
  ];
}

/**
 * The follow-through columns of groups.csv (schemaVersion 2), after every version-1 column so that column
 * positions people already rely on do not move. Empty when the group was not audited the year before.
 */
export function followThroughCsvFields(criteria: Criteria, lang: Lang): FieldDoc[] {
  const w = words(lang);
  const c = w.csv;
  const outcomes = (['fixed', 'better', 'same', 'worse', 'unknown'] as const).map((s) => c.codeWord(s, w.followThrough[s])).join(', ');
  return [
    { name: 'followthrough_from_fiscal_year', meaning: c.followthrough_from_fiscal_year },
    { name: 'followthrough_planned', meaning: c.followthrough_planned },
    { name: 'followthrough_planned_fixed', meaning: c.followthrough_planned_fixed },
    ...criteria.indicators.flatMap((i) => [
      { name: `${i.code}_followthrough`, meaning: c.followthroughOf(i.code, outcomes) },
      { name: `${i.code}_planned`, meaning: c.plannedOf(i.code) },
    ]),
  ];
}

function followThroughCsvCells(a: ScoredAudit, criteria: Criteria, lang: Lang): (string | number | boolean | null)[] {
  const ft = a.followThrough;
  if (!ft) return Array(followThroughCsvFields(criteria, lang).length).fill(null);
  const byCode = new Map(ft.rows.map((r) => [r.code, r]));
  const outcome = planOutcome(ft);
  return [
    ft.fromFiscalYear, outcome.planned, outcome.fixed,
    ...criteria.indicators.flatMap((i) => {
      const r = byCode.get(i.code);
      return r ? [r.status, r.planned] : [null, null];
    }),
  ];
}

/** groups.csv: one row per group-audit; a group never audited gets one row with the audit columns empty. */
export function groupsCsv(dataset: Dataset, criteria: Criteria, lang: Lang): string {
  return [...groupsCsvLines(dataset, criteria, lang)].join('');
}

/** groups.csv line by line (the BOM before the header, CRLF after each row), so the build writes it as a stream. */
export function* groupsCsvLines(dataset: Dataset, criteria: Criteria, lang: Lang): Generator<string> {
  const fields = groupCsvFields(criteria, lang);
  const line = (cells: (string | number | boolean | null | undefined)[]) => cells.map(csvCell).join(',') + '\r\n';
  yield BOM + line(fields.map((f) => f.name));
  for (const g of dataset.groups) {
    const base = [
      g.id, g.name, g.village, g.moo, g.subdistrict.code, placeName(g.subdistrict, lang), g.district.code, placeName(g.district, lang),
      g.province.code, placeName(g.province, lang), g.status, g.founded, g.members, g.savings,
    ];
    if (g.audits.length === 0) {
      yield line([...base, ...Array(fields.length - base.length).fill(null)]);
      continue;
    }
    for (const a of g.audits) {
      const byCode = new Map(a.indicators.map((i) => [i.code, i]));
      yield line([
        ...base,
        a.fiscalYear, a.date, a.criteria, a.score, a.level, levelWord(a.level, lang), a.incomplete,
        a.redFlags.map((r) => r.code).join(';'), a.priorities.join(';'),
        ...FINANCIAL_FIELDS.map((f) => a.financials[f]),
        ...criteria.indicators.flatMap((i) => {
          const r = byCode.get(i.code);
          return [r?.value, r?.points, r?.status];
        }),
        ...followThroughCsvCells(a, criteria, lang),
      ]);
    }
  }
}

/** The columns of criteria.csv, documented in a language; the columns in words are suffixed with theirs (rule_th). */
export function criteriaCsvFields(lang: Lang): FieldDoc[] {
  const c = words(lang).criteriaColumns;
  return [
    { name: 'criteria', meaning: c.criteria },
    { name: 'code', meaning: c.code },
    { name: 'dimension', meaning: c.dimension },
    { name: `dimension_${lang}`, meaning: c.dimensionName },
    { name: 'indicator_th', meaning: c.indicator_th },
    { name: 'indicator_en', meaning: c.indicator_en },
    { name: 'max_points', meaning: c.max_points },
    { name: `rule_${lang}`, meaning: c.rule },
    { name: `red_flag_${lang}`, meaning: c.red_flag },
  ];
}

/** criteria.csv: the criteria table with its rules in words of a language; columns suffixed _th or _en say which. */
export function criteriaCsv(criteria: Criteria, lang: Lang): string {
  return csvText([
    criteriaCsvFields(lang).map((f) => f.name),
    ...criteria.indicators.map((i) => [
      criteria.id, i.code, i.dimension, dimensionName(criteria, i.dimension, lang), i.th, i.en, i.max, ruleText(i, lang), redFlagRuleText(i, lang),
    ]),
  ]);
}
