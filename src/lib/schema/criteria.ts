import { z } from 'zod';
import { FINANCIAL_FIELDS, type FinancialField } from './records';

/**
 * The criteria set: the health model as data (DESIGN §5.1). Scoring code reads this table and knows
 * nothing about any particular indicator.
 */
export const DIMENSIONS = ['G', 'M', 'B', 'F', 'S'] as const;
export const DimensionSchema = z.enum(DIMENSIONS);
export type Dimension = z.infer<typeof DimensionSchema>;

const Field = z.enum(FINANCIAL_FIELDS);

/** A value range; both ends inclusive unless said otherwise. Ratios and percents are fractions. */
export const BandSchema = z.object({
  min: z.number().optional(),
  max: z.number().optional(),
  minExclusive: z.boolean().optional(),
  maxExclusive: z.boolean().optional(),
  points: z.number().nonnegative(),
});
export type Band = z.infer<typeof BandSchema>;

/** How an indicator's value is measured. */
export const MeasureSchema = z.discriminatedUnion('kind', [
  /** Answered in the book: yes/no, a count, or a percent (stored as a fraction). */
  z.object({ kind: z.literal('answer'), input: z.enum(['yesno', 'count', 'percent']) }),
  /** (Σ plus − Σ minus) ÷ Σ denominator of financial fields; n/a when the denominator is 0. */
  z.object({
    kind: z.literal('ratio'),
    plus: z.array(Field).min(1),
    minus: z.array(Field).default([]),
    denominator: z.array(Field).min(1),
  }),
  /** A financial field that must be above 0 (yes when > 0). */
  z.object({ kind: z.literal('positive'), field: Field }),
  /** A financial field above 0 AND a yes in the book (e.g. F5: profit made and allocated by the rules). */
  z.object({ kind: z.literal('positiveAndAnswer'), field: Field }),
]);
export type Measure = z.infer<typeof MeasureSchema>;

/** An indicator's code as stored (F1, G12): a capital letter and one or two digits (src/lib/thai/codes.ts reads what officers type). */
export const INDICATOR_CODE = /^[A-Z][0-9]{1,2}$/;

export const IndicatorSchema = z.object({
  code: z.string().regex(INDICATOR_CODE),
  dimension: DimensionSchema,
  th: z.string(),
  en: z.string(),
  measure: MeasureSchema,
  /** Full points. */
  max: z.number().positive(),
  /**
   * Points by value. For yes/no measures (answer yesno, positive, positiveAndAnswer) leave empty:
   * yes scores max, no scores 0. For numeric measures the first band that holds the value wins; none → 0.
   */
  bands: z.array(BandSchema).default([]),
  /** A red flag forces level 3. `no`: a yes/no answered no. `above`: a numeric value strictly above this. */
  redFlag: z
    .union([z.object({ when: z.literal('no') }), z.object({ when: z.literal('above'), value: z.number() })])
    .optional(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const CriteriaSchema = z.object({
  /** Version id shown on every score, e.g. "omsap-2567". */
  id: z.string().min(1),
  th: z.string(),
  en: z.string(),
  dimensions: z.array(z.object({ code: DimensionSchema, th: z.string(), en: z.string() })),
  indicators: z.array(IndicatorSchema).min(1),
  /** Level thresholds on the 0–100 score. */
  levels: z.object({ good: z.number(), fair: z.number() }),
  /** Missing indicators carrying more than this many points make the audit incomplete. */
  incompleteAbovePoints: z.number(),
});
export type Criteria = z.infer<typeof CriteriaSchema>;

/** The indicators answered in the book (sheet ตัวชี้วัด, or a batch column each), with how to parse them. */
export function bookIndicators(criteria: Criteria): { code: string; th: string; input: 'yesno' | 'count' | 'percent' }[] {
  return criteria.indicators.flatMap((i) => {
    if (i.measure.kind === 'answer') return [{ code: i.code, th: i.th, input: i.measure.input }];
    if (i.measure.kind === 'positiveAndAnswer') return [{ code: i.code, th: i.th, input: 'yesno' as const }];
    return [];
  });
}

/** True when the indicator is scored yes/no (yes = full points, no = 0). */
export function isYesNo(indicator: Indicator): boolean {
  const m = indicator.measure;
  return m.kind === 'positive' || m.kind === 'positiveAndAnswer' || (m.kind === 'answer' && m.input === 'yesno');
}

/** True when the indicator's value is a fraction (ratio or percent) rather than a count. */
export function isFraction(indicator: Indicator): boolean {
  const m = indicator.measure;
  return m.kind === 'ratio' || (m.kind === 'answer' && m.input === 'percent');
}

/** The fields an indicator reads from the financial sheet. */
export function neededFields(indicator: Indicator): FinancialField[] {
  const m = indicator.measure;
  if (m.kind === 'ratio') return [...new Set([...m.plus, ...m.minus, ...m.denominator])];
  if (m.kind === 'positive' || m.kind === 'positiveAndAnswer') return [m.field];
  return [];
}
