import { z } from 'zod';

/** Where a record came from, so later rules can name the file and cell. */
export const SourceSchema = z.object({
  file: z.string(),
  sheet: z.string().optional(),
  /** 1-based sheet row for row layouts (registry, batch). */
  row: z.number().int().optional(),
  /** field name → A1 address of the cell it was read from. */
  cells: z.record(z.string(), z.string()).default({}),
  /**
   * field → sheet, for fields read from another sheet than `sheet` (an audit book keeps its financial
   * position and indicators on their own sheets). Optional: absent means every cell is on `sheet`.
   */
  sheets: z.record(z.string(), z.string()).optional(),
  /**
   * private field → a short digest of its value: tells a copied row (every value equal) from a conflicting one
   * without keeping the value. Never published (the source never is), never shown.
   */
  privateDigests: z.record(z.string(), z.string()).optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/** A province, district or sub-district: official code, Thai name, official English name ('' when the divisions have none). */
export const PlaceSchema = z.object({ code: z.string(), name: z.string(), nameEn: z.string() });
export type Place = z.infer<typeof PlaceSchema>;

export const GroupStatusSchema = z.enum(['active', 'inactive', 'dissolved']);
export type GroupStatus = z.infer<typeof GroupStatusSchema>;

export const GROUP_ID = /^[0-9A-Za-z-]{3,32}$/;

/** One validated registry row (DESIGN §4.3). Public fields only: private columns never enter a record. */
export const RegistryRecordSchema = z.object({
  id: z.string().regex(GROUP_ID),
  name: z.string().min(1),
  village: z.string().optional(),
  moo: z.string().optional(),
  subdistrict: PlaceSchema,
  district: PlaceSchema,
  province: PlaceSchema,
  founded: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  status: GroupStatusSchema,
  members: z.number().int().nonnegative().optional(),
  savings: z.number().nonnegative().optional(),
  lat: z.number().optional(),
  lon: z.number().optional(),
  source: SourceSchema,
});
export type RegistryRecord = z.infer<typeof RegistryRecordSchema>;

/** The financial position sheet (งบการเงิน) — DESIGN §5.1. */
export const FINANCIAL_FIELDS = [
  'members_start',
  'members_end',
  'regular_savers',
  'savings',
  'reserve',
  'other_funds',
  'loans_outstanding',
  'overdue',
  'cash',
  'bank',
  'net_profit',
  'welfare_paid',
] as const;
export type FinancialField = (typeof FINANCIAL_FIELDS)[number];
export const COUNT_FIELDS: readonly FinancialField[] = ['members_start', 'members_end', 'regular_savers'];
/** Fields that may be negative: a loss is a real result. */
export const SIGNED_FIELDS: readonly FinancialField[] = ['net_profit'];

/** Missing (empty) fields are absent, never 0. */
export const FinancialsSchema = z.partialRecord(z.enum(FINANCIAL_FIELDS), z.number());
export type Financials = z.infer<typeof FinancialsSchema>;

/**
 * The answer to a book indicator (sheet ตัวชี้วัด or a batch column), parsed by the indicator's input kind:
 * yesno → boolean, count → whole number, percent → fraction 0–1. null = left empty.
 */
export const AnswerSchema = z.union([z.boolean(), z.number(), z.null()]);
export type Answer = z.infer<typeof AnswerSchema>;

/** What the group reports at a follow-up between audits (schemaVersion 3); it never changes a score. */
export const PlanProgressSchema = z.object({
  status: z.enum(['not-started', 'in-progress', 'done']),
  /** ISO date of the latest follow-up. */
  date: z.string().optional(),
  note: z.string().optional(),
});
export type PlanProgress = z.infer<typeof PlanProgressSchema>;

export const PlanItemSchema = z.object({
  order: z.number().int().optional(),
  /** Indicator code (e.g. "F1") or a free-text issue. */
  topic: z.string(),
  cause: z.string().optional(),
  approach: z.string().optional(),
  activity: z.string().optional(),
  /** A role, never a person's name. */
  owner: z.string().optional(),
  /** ISO date. */
  due: z.string().optional(),
  progress: PlanProgressSchema.optional(),
});
export type PlanItem = z.infer<typeof PlanItemSchema>;

/** One audit as read from a book or a batch row (DESIGN §4.4–4.5), before scoring. */
export const AuditRecordSchema = z.object({
  groupId: z.string().regex(GROUP_ID),
  /** Name written on the book, checked against the registry. */
  groupName: z.string().optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  fiscalYear: z.number().int(),
  statementDate: z.string().optional(),
  financials: FinancialsSchema,
  /** indicator code → answer, for the indicators measured from the book. */
  answers: z.record(z.string(), AnswerSchema),
  plan: z.array(PlanItemSchema).default([]),
  source: SourceSchema,
});
export type AuditRecord = z.infer<typeof AuditRecordSchema>;
