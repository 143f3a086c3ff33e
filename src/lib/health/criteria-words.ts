/**
 * The criteria in plain words, in either language, rendered from the same table scoring reads (methodology page,
 * group page, criteria.csv, the red-flag sentences of the dataset). Words come from the catalogue.
 */
import type { FinancialField } from '../schema/records';
import type { IndicatorResult } from '../schema/dataset';
import type { Lang } from '../i18n/lang';
import { words } from '../i18n/words';
import { formatPercent, formatThreshold } from '../i18n/format';
import { TOTAL_FUNDS } from './criteria-notation';
import { isFraction, isYesNo, type Band, type Criteria, type Indicator } from '../schema/criteria';

/** An indicator's name in a language (the criteria table holds both). */
export function indicatorName(indicator: Pick<Indicator, 'th' | 'en'>, lang: Lang): string {
  return (lang === 'en' ? indicator.en : indicator.th) || indicator.th;
}

/** The criteria set's name in a language, as its table gives it (never its bare id). */
export function criteriaName(criteria: Pick<Criteria, 'th' | 'en' | 'id'>, lang: Lang): string {
  return (lang === 'en' ? criteria.en : criteria.th) || criteria.th || criteria.id;
}

/** A dimension's name in a language. */
export function dimensionName(criteria: Criteria, code: string, lang: Lang): string {
  const d = criteria.dimensions.find((x) => x.code === code);
  return d ? (lang === 'en' ? d.en : d.th) || d.th : code;
}

/**
 * A band's condition, each end as the criteria data has it: "≥ 90%", "< 70%", "≥ 50% and < 70%" (≥ and ≤ include
 * the threshold, > and < do not; the methodology page says so). Never a bare range "50–70%", which hides whether
 * its ends count.
 */
function condition(b: Band, fraction: boolean, lang: Lang): string {
  const v = (n: number) => formatThreshold(n, fraction);
  const low = b.min === undefined ? undefined : `${b.minExclusive ? '>' : '≥'} ${v(b.min)}`;
  const high = b.max === undefined ? undefined : `${b.maxExclusive ? '<' : '≤'} ${v(b.max)}`;
  if (low !== undefined && high !== undefined) return words(lang).rule.between(low, high);
  return low ?? high ?? '';
}

/**
 * How an indicator scores (DESIGN §5.1's "points" column): "yes 5, no 0", "≥ 90% → 6; ≥ 75% → 3; else 0",
 * "≥ 70% and ≤ 90% → 6; …", "both → 4; else 0" / "≥ 90% ได้ 6; ≥ 75% ได้ 3; นอกนั้น 0".
 */
export function ruleText(indicator: Indicator, lang: Lang): string {
  const w = words(lang).rule;
  const max = formatThreshold(indicator.max, false);
  if (indicator.measure.kind === 'positiveAndAnswer') return w.both(max);
  if (isYesNo(indicator)) return w.yesNo(max);
  const fraction = isFraction(indicator);
  const parts = indicator.bands.map((b) => {
    const cond = condition(b, fraction, lang);
    const points = formatThreshold(b.points, false);
    return cond ? w.band(cond, points) : w.otherwise(points);
  });
  if (!indicator.bands.some((b) => condition(b, fraction, lang) === '')) parts.push(w.otherwise('0'));
  return parts.join(w.separator);
}

/** The red-flag rule in words, or null: "answered no → level 3 at once" / "above 20% → level 3 at once". */
export function redFlagRuleText(indicator: Indicator, lang: Lang): string | null {
  const rule = indicator.redFlag;
  if (!rule) return null;
  const w = words(lang).redFlag;
  return rule.when === 'no' ? w.ruleNo : w.ruleAbove(formatThreshold(rule.value, isFraction(indicator)));
}

function fieldSum(fields: readonly FinancialField[], lang: Lang): string {
  const f = words(lang).field;
  if (fields.length === TOTAL_FUNDS.length && fields.every((x, i) => x === TOTAL_FUNDS[i])) return f.total_funds;
  return fields.map((x) => f[x]).join(' + ');
}

/** Where an indicator's value comes from, in words: "(ลูกหนี้ค้างชำระ) ÷ (ลูกหนี้เงินกู้คงเหลือ)", "audit book: yes/no". */
export function measureText(indicator: Indicator, lang: Lang): string {
  const w = words(lang);
  const m = indicator.measure;
  switch (m.kind) {
    case 'answer':
      return m.input === 'yesno' ? w.rule.answerYesNo : m.input === 'count' ? w.rule.answerCount : w.rule.answerPercent;
    case 'ratio': {
      const top = m.minus.length ? `${fieldSum(m.plus, lang)} − ${fieldSum(m.minus, lang)}` : fieldSum(m.plus, lang);
      return `(${top}) ÷ (${fieldSum(m.denominator, lang)})`;
    }
    case 'positive':
      return w.rule.positive(w.field[m.field]);
    case 'positiveAndAnswer':
      return w.rule.positiveAndAnswer(w.field[m.field]);
  }
}

/** The words of "total funds = savings + reserve + other funds", in a language. */
export function totalFundsTerms(lang: Lang): string {
  return TOTAL_FUNDS.map((f) => words(lang).field[f]).join(' + ');
}

/**
 * Why an indicator result raises its red flag, or null when it does not: "F1 หนี้ค้างชำระ… 25.0% เกินเกณฑ์ 20%".
 * The value is the exact one when scoring, the published one on a page: both show the same at one decimal.
 */
export function redFlagReason(indicator: Indicator, value: IndicatorResult['value'], lang: Lang): string | null {
  const rule = indicator.redFlag;
  const w = words(lang).redFlag;
  if (!rule || value === null) return null;
  const name = indicatorName(indicator, lang);
  if (rule.when === 'no') return value === false ? w.whyNo(name) : null;
  if (typeof value !== 'number' || !(value > rule.value + 1e-9)) return null;
  const fraction = isFraction(indicator);
  const found = fraction ? formatPercent(value) : formatThreshold(value, false);
  return w.whyAbove(name, found, formatThreshold(rule.value, fraction));
}
