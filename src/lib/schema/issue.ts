import { z } from 'zod';

/** One problem found in the input: the unit of the data-quality report (DESIGN §6). */
export const IssueSchema = z.object({
  severity: z.enum(['error', 'warning']),
  /** Stable machine code, e.g. E_DATE_INVALID, W_UNKNOWN_COLUMN. */
  code: z.string().regex(/^[EW]_[A-Z0-9_]+$/),
  /** Path relative to data/, with forward slashes. */
  file: z.string(),
  sheet: z.string().optional(),
  /** A1-style address, e.g. "E12". */
  cell: z.string().optional(),
  /** 1-based line of a text file (KM articles), instead of sheet and cell. */
  line: z.number().int().positive().optional(),
  field: z.string().optional(),
  /** What was found. Never a private value: those are referred to by cell address only. */
  found: z.string().optional(),
  expected: z.string().optional(),
  th: z.string(),
  en: z.string(),
  /** Audits kept out only because of this (a rejected registry row): named here instead of one error each. */
  folded: z.array(z.object({ file: z.string(), row: z.number().int().optional() })).optional(),
});
export type Issue = z.infer<typeof IssueSchema>;
