/**
 * The order of a district's visit pack (issue 21): its active groups in the district ranking's fix-first order for a
 * fiscal year (src/lib/rank, the order the district page shows), then its incomplete audits, then the active groups
 * not yet audited that year. Groups no longer active (inactive, dissolved) are not visited. Pure.
 */
import { activeIn } from '../aggregate/area';
import { auditFor, membersIn } from '../aggregate/audit-year';
import { rankGroups } from '../rank/rank';
import type { Criteria } from '../schema/criteria';
import type { Group } from '../schema/dataset';
import { compareCodes } from '../thai/collate';

export interface VisitOrder {
  /** Fix-first: ranks 1…n of the district ranking, active groups only. */
  ranked: string[];
  /** Audited that year but incomplete (no level), by id. */
  incomplete: string[];
  /** Active, with no audit that year, by id. */
  notAudited: string[];
}

export function visitOrder(groups: readonly Group[], fiscalYear: number, criteria: Criteria): VisitOrder {
  const active = groups.filter((g) => g.status === 'active');
  const { ranked, incomplete } = rankGroups(
    active.flatMap((g) => {
      const audit = auditFor(g, fiscalYear);
      return audit ? [{ id: g.id, audit, members: membersIn(g, audit) ?? 0 }] : [];
    }),
    criteria,
  );
  const notAudited = active.filter((g) => !auditFor(g, fiscalYear) && activeIn(g, fiscalYear)).map((g) => g.id).sort(compareCodes);
  return { ranked, incomplete, notAudited };
}
