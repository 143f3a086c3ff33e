import { z } from 'zod';
import { FinancialsSchema, GROUP_ID, GroupStatusSchema, PlaceSchema, PlanItemSchema } from './records';
import { INDICATOR_CODE } from './criteria';

/**
 * The published dataset (DESIGN §11): a public contract. Bump SCHEMA_VERSION on any change of shape.
 * 2: plan follow-through added (ScoredAudit.followThrough, AreaYear.followThrough, Dataset.followThrough), and
 *    places (a group's province, district, sub-district; the districts and provinces lists) carry `nameEn`, the
 *    official English name; every field of version 1 is unchanged. In the same delivery (not yet shipped, so no
 *    bump of its own): `lessons`, which KM articles (by slug, /km/{slug}/) address which indicator.
 * 3: a development-plan row may carry `progress` (status, date, note): what the group reports at a follow-up
 *    between audits (issue 21). It never changes a score. Every field of version 2 is unchanged.
 */
export const SCHEMA_VERSION = 3;

// Values that become a segment of a page's address (/groups/{id}/, /districts/{code}/, /indicators/{code}/,
// /km/{slug}/): letters, digits and hyphens only, so a hand-edited dataset cannot put a path into the site.
/** A district's or province's code: the official digits, or a slug of its English name where the divisions have none. */
export const AREA_CODE = /^[0-9A-Za-z-]{1,64}$/;
/** A KM article's address (src/lib/km/article.ts). */
export const KM_SLUG = /^[a-z0-9-]+$/;
const GroupId = z.string().regex(GROUP_ID);
const IndicatorCode = z.string().regex(INDICATOR_CODE);
const AreaCode = z.string().regex(AREA_CODE);
/** A group's district and province: their codes are addresses too. */
const AreaPlaceSchema = PlaceSchema.extend({ code: AreaCode });

export const LevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type Level = z.infer<typeof LevelSchema>;

export const IndicatorStatusSchema = z.enum(['pass', 'partial', 'fail', 'missing', 'n/a']);
export type IndicatorStatus = z.infer<typeof IndicatorStatusSchema>;

export const IndicatorResultSchema = z.object({
  code: IndicatorCode,
  /** boolean for yes/no indicators, a fraction for ratios/percents, a count for counts; null when missing or n/a. */
  value: z.union([z.number(), z.boolean(), z.null()]),
  points: z.number(),
  max: z.number(),
  status: IndicatorStatusSchema,
});
export type IndicatorResult = z.infer<typeof IndicatorResultSchema>;

export const RedFlagSchema = z.object({ code: z.string(), th: z.string(), en: z.string() });
export type RedFlag = z.infer<typeof RedFlagSchema>;

// ---------------------------------------------------------------------------------------------------------
// Plan follow-through (schemaVersion 2, src/lib/followthrough). For a group audited in two consecutive fiscal
// years: what became, in the second year, of each indicator that lost points (partial or fail) in the first,
// and whether the first year's development plan named it. It describes what happened, not what caused it.

export const FOLLOW_THROUGH_STATUSES = ['fixed', 'better', 'same', 'worse', 'unknown'] as const;
/** fixed: full points; better: more points, not full; same; worse: fewer points; unknown: missing or n/a. */
export const FollowThroughStatusSchema = z.enum(FOLLOW_THROUGH_STATUSES);
export type FollowThroughStatus = z.infer<typeof FollowThroughStatusSchema>;

export const FollowThroughRowSchema = z.object({
  code: z.string(),
  /** Points in the first year (below max: the indicator lost points). */
  firstPoints: z.number(),
  /** Points in the second year; null when unknown (missing or n/a). */
  secondPoints: z.number().nullable(),
  /** The indicator's full points in the first year. */
  max: z.number(),
  status: FollowThroughStatusSchema,
  /** A row of the first year's development plan names the indicator (by code or by name). */
  planned: z.boolean(),
});
export type FollowThroughRow = z.infer<typeof FollowThroughRowSchema>;

/** On the second year's audit: the previous fiscal year's lost indicators, in that year's fix-first order. */
export const AuditFollowThroughSchema = z.object({
  fromFiscalYear: z.number().int(),
  rows: z.array(FollowThroughRowSchema),
});
export type AuditFollowThrough = z.infer<typeof AuditFollowThroughSchema>;

/** Counts of follow-through rows (issues) of some groups; fixed + better + same + worse + unknown = issues. */
export const FollowThroughCellSchema = z.object({
  /** Groups with at least one issue in the cell. */
  groups: z.number().int(),
  issues: z.number().int(),
  fixed: z.number().int(),
  better: z.number().int(),
  same: z.number().int(),
  worse: z.number().int(),
  unknown: z.number().int(),
  /** fixed ÷ (issues − unknown); null when fewer than 10 groups have an issue with a known outcome. */
  fixedShare: z.number().nullable(),
});
export type FollowThroughCell = z.infer<typeof FollowThroughCellSchema>;

/** An area's follow-through from fromFiscalYear's plans to the year it is attached to. */
export const FollowThroughSummarySchema = z.object({
  fromFiscalYear: z.number().int(),
  /** Groups audited in both fiscal years. */
  groups: z.number().int(),
  /** Issues the first year's plan named. */
  planned: FollowThroughCellSchema,
  /** Issues it did not name (including groups with no plan). */
  unplanned: FollowThroughCellSchema,
});
export type FollowThroughSummary = z.infer<typeof FollowThroughSummarySchema>;

/** The whole data's follow-through for one pair of consecutive fiscal years, with a row per indicator. */
export const DatasetFollowThroughSchema = z.object({
  fromFiscalYear: z.number().int(),
  fiscalYear: z.number().int(),
  groups: z.number().int(),
  planned: FollowThroughCellSchema,
  unplanned: FollowThroughCellSchema,
  /** Every indicator of the criteria, in criteria order: groups that planned for it against those that did not. */
  indicators: z.array(z.object({ code: z.string(), planned: FollowThroughCellSchema, unplanned: FollowThroughCellSchema })),
});
export type DatasetFollowThrough = z.infer<typeof DatasetFollowThroughSchema>;

// ---------------------------------------------------------------------------------------------------------

/** The KM articles that address one indicator (src/lib/km/lessons.ts): slugs of /km/{slug}/, newest first. */
export const LessonLinkSchema = z.object({ indicator: IndicatorCode, slugs: z.array(z.string().regex(KM_SLUG)) });
export type LessonLink = z.infer<typeof LessonLinkSchema>;

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
  /** Follow-through of the previous fiscal year's plan; absent when the group had no audit that year. */
  followThrough: AuditFollowThroughSchema.optional(),
});
export type ScoredAudit = z.infer<typeof ScoredAuditSchema>;

export const GroupSchema = z.object({
  id: GroupId,
  name: z.string(),
  village: z.string().optional(),
  moo: z.string().optional(),
  subdistrict: PlaceSchema,
  district: AreaPlaceSchema,
  province: AreaPlaceSchema,
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
  ranking: z.array(GroupId),
  /** Audited but incomplete: listed apart, never ranked. */
  incomplete: z.array(GroupId),
  /** Active groups with no audit this fiscal year. */
  notAudited: z.array(GroupId),
  /** Follow-through of last fiscal year's plans; absent when no group of the area was audited in both years. */
  followThrough: FollowThroughSummarySchema.optional(),
});
export type AreaYear = z.infer<typeof AreaYearSchema>;

export const AreaSchema = z.object({
  code: AreaCode,
  name: z.string(),
  /** Official English name ('' when the divisions have none). */
  nameEn: z.string(),
  /** For districts: the province code. Absent for provinces. */
  province: AreaCode.optional(),
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
  /** The whole data's follow-through, one entry per pair of consecutive fiscal years with groups audited in both. */
  followThrough: z.array(DatasetFollowThroughSchema),
  /** Per indicator some KM article addresses (criteria order): the articles' slugs. Made from the articles published with the dataset. */
  lessons: z.array(LessonLinkSchema),
});
export type Dataset = z.infer<typeof DatasetSchema>;
