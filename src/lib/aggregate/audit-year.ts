/**
 * A group in one fiscal year, read one way everywhere (roll-ups, ranking, follow-through, lists and pages): its audit
 * of the year, and its members and savings that year — the audit's figure, else the registry's.
 */
import type { Group, ScoredAudit } from '../schema/dataset';

/** The group's audit of a fiscal year (ingest keeps one per group and year); none for a year of null. */
export function auditFor(group: Pick<Group, 'audits'>, fiscalYear: number | null): ScoredAudit | undefined {
  return fiscalYear === null ? undefined : group.audits.find((a) => a.fiscalYear === fiscalYear);
}

const figure = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Members in a year: the audit's members_end, else the registry's figure; undefined when neither has one. */
export function membersIn(group: Pick<Group, 'members'>, audit: Pick<ScoredAudit, 'financials'> | undefined): number | undefined {
  const m = audit?.financials.members_end;
  return figure(m) ? m : group.members;
}

/** Savings in a year: the audit's, else the registry's figure; undefined when neither has one. */
export function savingsIn(group: Pick<Group, 'savings'>, audit: Pick<ScoredAudit, 'financials'> | undefined): number | undefined {
  const s = audit?.financials.savings;
  return figure(s) ? s : group.savings;
}
