/**
 * How a synthetic group's second year answers its first year's plan (issue 13). For each indicator that lost
 * points the year before, the second year's outcome is drawn so that follow-through varies plausibly: most
 * planned issues improve (fixed or better), some stay the same, a few get worse; issues nobody planned for
 * mostly stay as they were, and some are fixed anyway. The drawn outcome replaces the indicator's usual draw
 * in the draft (generate.ts); B1 follows the red-flag draw and noLoans groups have no loan book to steer.
 */
import { followThroughRows } from '../lib/followthrough/outcome';
import { scoreAudit } from '../lib/health/score';
import type { Criteria } from '../lib/schema/criteria';
import type { FollowThroughRow, FollowThroughStatus, IndicatorResult } from '../lib/schema/dataset';
import type { SampleAudit } from './types';
import type { Rng } from './prng';

export type Outcome = 'pass' | 'partial' | 'fail';
/** Indicator code → the outcome the second year's draft must give it. */
export type Steer = Partial<Record<string, Outcome>>;

type Drawn = Exclude<FollowThroughStatus, 'unknown'>;

/** Weights of the second year's status: planned issues mostly improve; unplanned ones mostly stay. */
export const PLANNED_WEIGHTS: Record<Drawn, number> = { fixed: 45, better: 20, same: 25, worse: 10 };
export const UNPLANNED_WEIGHTS: Record<Drawn, number> = { fixed: 20, better: 10, same: 55, worse: 15 };

/** True when the criteria give the indicator some points short of full (a partial band). */
function hasPartial(criteria: Criteria, code: string): boolean {
  const ind = criteria.indicators.find((i) => i.code === code);
  return !!ind && ind.bands.some((b) => b.points > 0 && b.points < ind.max);
}

/**
 * The second year's outcomes for the indicators that lost points (partial or fail) in `previous`, given
 * which of them the previous year's plan named. Deterministic for the rng.
 */
export function followThroughSteer(rng: Rng, previous: readonly IndicatorResult[], planned: ReadonlySet<string>, criteria: Criteria): Steer {
  const steer: Steer = {};
  for (const r of previous) {
    if (r.status !== 'partial' && r.status !== 'fail') continue;
    const options: Drawn[] =
      r.status === 'partial' ? ['fixed', 'same', 'worse'] : hasPartial(criteria, r.code) ? ['fixed', 'better', 'same'] : ['fixed', 'same'];
    const weights = planned.has(r.code) ? PLANNED_WEIGHTS : UNPLANNED_WEIGHTS;
    const status = rng.weighted(options.map((s) => [s, weights[s]] as const));
    steer[r.code] = status === 'fixed' ? 'pass' : status === 'same' ? r.status : status === 'better' ? 'partial' : 'fail';
  }
  return steer;
}

/** A sample audit scored as the pipeline will score it, plan included (the plan's topics, as written). */
function scored(a: SampleAudit, criteria: Criteria) {
  const plan = a.plan.map((r) => ({ order: r.order, topic: r.topic }));
  return scoreAudit({ groupId: a.groupId, date: a.date, fiscalYear: a.fiscalYear, financials: a.financials, answers: a.answers, plan, source: { file: a.file, cells: {} } }, criteria);
}

/**
 * The follow-through the site will show for a province's published audits (faults left out by the caller):
 * one entry per audit whose group was audited the fiscal year before, read with the project's own rules.
 */
export function sampleFollowThrough(published: readonly SampleAudit[], criteria: Criteria): { groupId: string; fiscalYear: number; rows: FollowThroughRow[] }[] {
  const byKey = new Map(published.map((a) => [`${a.groupId}:${a.fiscalYear}`, a]));
  return published.flatMap((b) => {
    const a = byKey.get(`${b.groupId}:${b.fiscalYear - 1}`);
    return a ? [{ groupId: b.groupId, fiscalYear: b.fiscalYear, rows: followThroughRows(scored(a, criteria), scored(b, criteria), criteria) }] : [];
  });
}
