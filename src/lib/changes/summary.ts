import { z } from 'zod';
import type { Dataset } from '../schema/dataset';
import type { Issue } from '../schema/issue';
import { compareCodes } from '../thai/collate';

/**
 * What the last published build held, kept in the state folder (`.omsap/published.json`) after each swap into
 * dist/, so that the next build can say what changed and refuse to shrink the site silently (DESIGN §9).
 * Small on purpose: ids, levels, file statuses and issue identities, never records or sentences.
 */
export const SUMMARY_VERSION = 1;

/** A level as the summary keeps it: 1–3, or incomplete (no level). */
export const LevelWordSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal('incomplete')]);
export type LevelWord = z.infer<typeof LevelWordSchema>;

/** An issue's identity: what it is and where (two issues with one identity are one problem). */
export const IssueKeySchema = z.object({ code: z.string(), file: z.string(), sheet: z.string().optional(), cell: z.string().optional() });
export type IssueKey = z.infer<typeof IssueKeySchema>;

export const PublishedSummarySchema = z.object({
  schemaVersion: z.literal(SUMMARY_VERSION),
  dataAsOf: z.string().nullable(),
  /** Group id → fiscal year → the level of that year's audit. The (group, year) pairs are the audit keys. */
  groups: z.record(z.string(), z.record(z.string(), LevelWordSchema)),
  /** Data file (relative to data/) → its status; null when the site was built from a prebuilt dataset. */
  files: z.record(z.string(), z.string()).nullable(),
  /** Identities of every issue; null for a prebuilt dataset (no ingest, no issues). */
  issues: z.array(IssueKeySchema).nullable(),
});
export type PublishedSummary = z.infer<typeof PublishedSummarySchema>;

export function issueKey(i: Pick<Issue, 'code' | 'file' | 'sheet' | 'cell'>): IssueKey {
  const k: IssueKey = { code: i.code, file: i.file };
  if (i.sheet !== undefined) k.sheet = i.sheet;
  if (i.cell !== undefined) k.cell = i.cell;
  return k;
}

/** One string per identity, for sets. */
export function issueKeyText(k: IssueKey): string {
  return `${k.code}\u0000${k.file}\u0000${k.sheet ?? ''}\u0000${k.cell ?? ''}`;
}

/** The summary of a dataset about to be published; `ingest` is absent for a prebuilt dataset. */
export function summarise(dataset: Dataset, ingest?: { files: readonly { path: string; status: string }[]; issues: readonly Issue[] }): PublishedSummary {
  // fromEntries defines own properties: an id such as "__proto__" in a prebuilt dataset stays a key.
  const groups: PublishedSummary['groups'] = Object.fromEntries(
    [...dataset.groups]
      .sort((a, b) => compareCodes(a.id, b.id))
      .map((g) => [g.id, Object.fromEntries(g.audits.map((a) => [String(a.fiscalYear), a.level ?? 'incomplete'] as const))]),
  );
  let issues: IssueKey[] | null = null;
  if (ingest) {
    const seen = new Map<string, IssueKey>();
    for (const i of ingest.issues) {
      const k = issueKey(i);
      seen.set(issueKeyText(k), k);
    }
    issues = [...seen.values()];
  }
  return {
    schemaVersion: SUMMARY_VERSION,
    dataAsOf: dataset.dataAsOf ?? null,
    groups,
    files: ingest ? Object.fromEntries(ingest.files.map((f) => [f.path, f.status])) : null,
    issues,
  };
}

/** Groups and audits a summary holds. */
export function counts(s: PublishedSummary): { groups: number; audits: number } {
  let audits = 0;
  for (const years of Object.values(s.groups)) audits += Object.keys(years).length;
  return { groups: Object.keys(s.groups).length, audits };
}
