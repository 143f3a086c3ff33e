import { z } from 'zod';
import { FinancialsSchema, GroupStatusSchema, PlaceSchema, PlanItemSchema } from './records';

/** The published dataset (DESIGN §11): a public contract. Bump SCHEMA_VERSION on any change of shape. */
export const SCHEMA_VERSION = 1;

export const LevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type Level = z.infer<typeof LevelSchema>;

export const IndicatorStatusSchema = z.enum(['pass', 'partial', 'fail', 'missing', 'n/a']);
export type IndicatorStatus = z.infer<typeof IndicatorStatusSchema>;

export const IndicatorResultSchema = z.object({
  code: z.string(),
  /** boolean for yes/no indicators, a fraction for ratios/percents, a count for counts; null when missing or n/a. */
  value: z.union([z.number(), z.boolean(), z.null()]),
  points: z.number(),
  max: z.number(),
  status: IndicatorStatusSchema,
});
export type IndicatorResult = z.infer<typeof IndicatorResultSchema>;

export const RedFlagSchema = z.object({ code: z.string(), th: z.string(), en: z.string() });
export type RedFlag = z.infer<typeof RedFlagSchema>;

export const ScoredAuditSchema = z.object({
  fiscalYear: z.number().int(),
  date: z.string(),
  criteria: z.string(),
  /** 0–100, unrounded; null when no indicator applies. */
  score: z.number().nullable(),
  /** null when incomplete. */
  level: LevelSchema.nullable(),
  levelLabel: z.string(),
  redFlags: z.array(RedFlagSchema),
  incomplete: z.boolean(),
  financials: FinancialsSchema,
  indicators: z.array(IndicatorResultSchema),
  dimensions: z.array(z.object({ code: z.string(), points: z.number(), max: z.number() })),
  /** Indicator codes that lost points, fix-first order. */
  priorities: z.array(z.string()),
  plan: z.array(PlanItemSchema),
});
export type ScoredAudit = z.infer<typeof ScoredAuditSchema>;

export const GroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  village: z.string().optional(),
  moo: z.string().optional(),
  subdistrict: PlaceSchema,
  district: PlaceSchema,
  province: PlaceSchema,
  founded: z.string().optional(),
  status: GroupStatusSchema,
  members: z.number().optional(),
  savings: z.number().optional(),
  /** Oldest fiscal year first. */
  audits: z.array(ScoredAuditSchema),
});
export type Group = z.infer<typeof GroupSchema>;

export const AreaYearSchema = z.object({
  fiscalYear: z.number().int(),
  active: z.number().int(),
  audited: z.number().int(),
  /** audited ÷ active (fraction); null when no active group. */
  coverage: z.number().nullable(),
  levels: z.object({ '1': z.number(), '2': z.number(), '3': z.number(), incomplete: z.number() }),
  meanScore: z.number().nullable(),
  medianScore: z.number().nullable(),
  members: z.number(),
  savings: z.number(),
  loans: z.number(),
  /** Σ overdue ÷ Σ loans_outstanding; null when no loans. */
  overdueRatio: z.number().nullable(),
  mostFailed: z.array(z.object({ code: z.string(), share: z.number() })),
  /** Median indicator value among audited groups, by indicator code (for the group page comparison). */
  indicatorMedians: z.record(z.string(), z.number().nullable()),
  /** Group ids with a level, first = develop first. */
  ranking: z.array(z.string()),
  /** Audited but incomplete: listed apart, never ranked. */
  incomplete: z.array(z.string()),
  /** Active groups with no audit this fiscal year. */
  notAudited: z.array(z.string()),
});
export type AreaYear = z.infer<typeof AreaYearSchema>;

export const AreaSchema = z.object({
  code: z.string(),
  name: z.string(),
  /** For districts: the province code. Absent for provinces. */
  province: z.string().optional(),
  years: z.array(AreaYearSchema),
});
export type Area = z.infer<typeof AreaSchema>;

export const DatasetSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  criteria: z.string(),
  /** The latest audit date in the data (ISO): the "data as of" date on every page. */
  dataAsOf: z.string().nullable(),
  fiscalYears: z.array(z.number().int()),
  groups: z.array(GroupSchema),
  districts: z.array(AreaSchema),
  provinces: z.array(AreaSchema),
});
export type Dataset = z.infer<typeof DatasetSchema>;
