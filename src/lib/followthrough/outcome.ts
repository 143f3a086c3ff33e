import { EPSILON } from '../health/score';
import type { Criteria } from '../schema/criteria';
import type { AuditFollowThrough, FollowThroughRow, FollowThroughStatus, IndicatorResult, ScoredAudit } from '../schema/dataset';
import { plannedCodes } from './planned';

/**
 * One group's plan follow-through (issue 13): for an audit whose group was also audited the fiscal year
 * before, what became of each indicator that lost points that year.
 *
 * An indicator "lost points" in the first year when its status was partial or fail. A first-year `missing`
 * is left out: it lost points for want of an answer, so there is no measured weakness to follow and its
 * "fixed" would credit a plan with filling in a blank. An n/a indicator lost nothing.
 */

/** The second year's status of an indicator that lost points the year before. */
export function followThroughStatus(first: IndicatorResult, second: IndicatorResult | undefined): FollowThroughStatus {
  if (!second || second.status === 'missing' || second.status === 'n/a') return 'unknown';
  if (second.status === 'pass') return 'fixed';
  if (second.points > first.points + EPSILON) return 'better';
  if (second.points < first.points - EPSILON) return 'worse';
  return 'same';
}

const lostPoints = (r: IndicatorResult) => r.status === 'partial' || r.status === 'fail';

/** Rows for the indicators that lost points in `first`, in its fix-first order. */
export function followThroughRows(first: ScoredAudit, second: ScoredAudit, criteria: Criteria): FollowThroughRow[] {
  const planned = plannedCodes(first.plan, criteria);
  const firstBy = new Map(first.indicators.map((r) => [r.code, r]));
  const secondBy = new Map(second.indicators.map((r) => [r.code, r]));
  return first.priorities.flatMap((code) => {
    const r1 = firstBy.get(code);
    if (!r1 || !lostPoints(r1)) return [];
    const status = followThroughStatus(r1, secondBy.get(code));
    return [
      {
        code,
        firstPoints: r1.points,
        secondPoints: status === 'unknown' ? null : secondBy.get(code)!.points,
        max: r1.max,
        status,
        planned: planned.has(code),
      },
    ];
  });
}

/**
 * A group's audits (oldest first), each audit whose previous fiscal year was also audited carrying that
 * year's follow-through. Audits without a previous year come back unchanged.
 */
export function withFollowThrough(audits: readonly ScoredAudit[], criteria: Criteria): ScoredAudit[] {
  const byYear = new Map(audits.map((a) => [a.fiscalYear, a]));
  return audits.map((a) => {
    const prev = byYear.get(a.fiscalYear - 1);
    if (!prev) return a;
    const followThrough: AuditFollowThrough = { fromFiscalYear: prev.fiscalYear, rows: followThroughRows(prev, a, criteria) };
    return { ...a, followThrough };
  });
}

/** What a group page says of last year's plan: "แผนปีที่แล้ว 3 ประเด็น แก้ได้ 2". */
export function planOutcome(followThrough: AuditFollowThrough): { planned: number; fixed: number } {
  const planned = followThrough.rows.filter((r) => r.planned);
  return { planned: planned.length, fixed: planned.filter((r) => r.status === 'fixed').length };
}
