import { type Bilingual, EXPECTED, expectedEither } from '../lib/issues/messages';
import { verbatim } from '../lib/i18n/words';
import { type Criteria, bookIndicators } from '../lib/schema/criteria';
import { BOUNDS, type Bound } from '../lib/schema/bounds';
import { FINANCIAL_LABELS } from '../lib/schema/layouts';
import { type Answer, COUNT_FIELDS, type FinancialField, SIGNED_FIELDS } from '../lib/schema/records';
import { fiscalYearOf } from '../lib/thai/index';
import type { FileContext } from './context';
import type { FieldReader } from './field-reader';

export type BookIndicator = ReturnType<typeof bookIndicators>[number];

/** Per criteria set, computed once: which codes the book answers and how, and which are computed. */
export interface IndicatorPlan {
  book: ReadonlyMap<string, BookIndicator>;
  computed: ReadonlySet<string>;
  bookCodes: Bilingual;
  criteriaId: string;
}

const plans = new WeakMap<Criteria, IndicatorPlan>();

export function indicatorPlan(criteria: Criteria): IndicatorPlan {
  let p = plans.get(criteria);
  if (!p) {
    const list = bookIndicators(criteria);
    const book = new Map(list.map((i) => [i.code, i]));
    const computed = new Set(criteria.indicators.filter((i) => !book.has(i.code)).map((i) => i.code));
    const codes = list.map((i) => i.code).join(', ');
    p = { book, computed, bookCodes: verbatim(codes), criteriaId: criteria.id };
    plans.set(criteria, p);
  }
  return p;
}

export const ANSWER_EXPECTED: Record<BookIndicator['input'], Bilingual> = {
  yesno: EXPECTED.answerYesNo,
  count: EXPECTED.answerCount,
  percent: EXPECTED.answerPercent,
};

/** One book answer by the indicator's input kind; undefined when invalid (reported), null when empty. */
export function readAnswer(fr: FieldReader, r: number, c: number, ind: BookIndicator): Answer | undefined {
  if (ind.input === 'yesno') return fr.yesNo(r, c, ind.code);
  const before = fr.ctx.errors;
  const n = fr.number(r, c, ind.code, ind.input === 'percent' ? BOUNDS.percent : BOUNDS.times);
  return n !== undefined ? n : fr.ctx.errors > before ? undefined : null;
}

/** The plausible bound of each financial field: people, money, or (net profit) money that may be a loss. */
export const FINANCIAL_BOUND: ReadonlyMap<string, Bound> = new Map(
  FINANCIAL_LABELS.map((l) => [
    l.field,
    COUNT_FIELDS.includes(l.field as FinancialField) ? BOUNDS.people : SIGNED_FIELDS.includes(l.field as FinancialField) ? BOUNDS.signedMoney : BOUNDS.money,
  ]),
);

/**
 * The fiscal year of an audit: the one written, else derived from the audit date. A written year must be the
 * date's fiscal year or the one before (an audit of last year's accounts made after the year closed).
 */
export function resolveFiscalYear(
  ctx: FileContext,
  fr: FieldReader,
  stated: number | undefined,
  date: string,
  at: { r: number; c: number | undefined },
): number | undefined {
  const fromDate = fiscalYearOf(date);
  if (stated === undefined) return fromDate;
  if (stated === fromDate || stated === fromDate - 1) return stated;
  if (at.c !== undefined) {
    fr.issue('E_FISCAL_YEAR_MISMATCH', at.r, at.c, 'fiscalYear', stated, expectedEither(String(fromDate), String(fromDate - 1)), {
      date,
      dateYear: fromDate,
    });
  }
  void ctx;
  return undefined;
}
