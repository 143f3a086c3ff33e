/**
 * Plan rows due for follow-up (issue 21): of each active group's latest plan, the rows not reported done whose due
 * date has passed (overdue) or falls within the next DUE_SOON_DAYS days, counted from the data's as-of date (the
 * latest audit date in the data), never from today's clock: the same data always gives the same lists. Progress is
 * what the group reports; it never changes a score. Pure.
 */
import type { Group } from '../schema/dataset';
import type { PlanProgress } from '../schema/records';
import { addDays } from '../thai/date';

export const DUE_SOON_DAYS = 60;

export interface DuePlanRow {
  groupId: string;
  groupName: string;
  /** Fiscal year of the audit whose plan this is. */
  fiscalYear: number;
  order?: number;
  topic: string;
  activity?: string;
  /** ISO date. */
  due: string;
  status: PlanProgress['status'] | null;
  when: 'overdue' | 'soon';
}

/**
 * Overdue rows first, then those due soon; each by due date, then group id and row order. A row due on the as-of
 * date itself is due soon, not overdue; a row due exactly DUE_SOON_DAYS later is still due soon.
 */
export function duePlanRows(groups: readonly Group[], asOf: string | null, days = DUE_SOON_DAYS): DuePlanRow[] {
  if (asOf === null) return [];
  const until = addDays(asOf, days);
  const rows: DuePlanRow[] = [];
  for (const g of groups) {
    if (g.status !== 'active') continue;
    const latest = g.audits[g.audits.length - 1];
    if (!latest) continue;
    for (const p of latest.plan) {
      if (!p.due || p.progress?.status === 'done' || p.due > until) continue;
      rows.push({
        groupId: g.id,
        groupName: g.name,
        fiscalYear: latest.fiscalYear,
        ...(p.order !== undefined ? { order: p.order } : {}),
        topic: p.topic,
        ...(p.activity !== undefined ? { activity: p.activity } : {}),
        due: p.due,
        status: p.progress?.status ?? null,
        when: p.due < asOf ? 'overdue' : 'soon',
      });
    }
  }
  const rank = (r: DuePlanRow) => (r.when === 'overdue' ? 0 : 1);
  return rows.sort((a, b) => rank(a) - rank(b) || a.due.localeCompare(b.due) || a.groupId.localeCompare(b.groupId) || (a.order ?? 0) - (b.order ?? 0));
}

export function dueCounts(rows: readonly DuePlanRow[]): { overdue: number; soon: number } {
  const overdue = rows.filter((r) => r.when === 'overdue').length;
  return { overdue, soon: rows.length - overdue };
}
