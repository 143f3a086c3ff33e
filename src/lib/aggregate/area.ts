import type { Criteria } from '../schema/criteria';
import type { AreaYear, Group, ScoredAudit } from '../schema/dataset';
import { rankGroups } from '../rank/rank';
import { auditFor, membersIn, savingsIn } from './audit-year';
import { publishedFraction } from '../health/score';
import { failingTally } from './failing';
import { mean, median } from './stats';
import { fiscalYearRange } from '../thai/fiscal-year';
import { compareCodes } from '../thai/collate';

/**
 * District and province roll-ups per fiscal year (DESIGN §5.3). Choices where the design is silent:
 * - active in a year: registry status active (and founded by the year's end), or audited that year
 *   whatever the status now — an audit proves the group was operating, so coverage never exceeds 1;
 * - mean / median score: levelled audits only (an incomplete audit's score counts its gaps as 0);
 * - members / savings: Σ over the year's active groups of the audit's members_end / savings, else the
 *   registry figure; loans and the pooled overdue ratio: audits only (the registry has no loans);
 * - mostFailed: share of audited groups (incomplete included) whose status is fail — missing and n/a
 *   are not failures; top 5 with share > 0, share descending then code;
 * - indicatorMedians: numeric values → median; yes/no values → share answering yes (a fraction);
 *   null when no audited group has a value.
 */

/** How many indicators the most-failed list keeps. */
export const MOST_FAILED_TOP = 5;

const nonNeg = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * Whether a group counts as active in a fiscal year. The registry status is today's; an audit that year
 * proves the group was operating then, so an audited group counts whatever its status now (and coverage
 * never exceeds 1). A registry-active group founded after the year ended did not exist yet.
 */
export function activeIn(group: Group, fiscalYear: number): boolean {
  if (auditFor(group, fiscalYear)) return true;
  if (group.status !== 'active') return false;
  return group.founded === undefined || group.founded <= fiscalYearRange(fiscalYear).end;
}

/**
 * Members and savings of the groups audited in a fiscal year (what a figure labelled "of audited groups" sums; the
 * roll-up's members and savings cover every active group). Same reading of each group as areaYear().
 */
export function auditedTotals(groups: readonly Group[], fiscalYear: number): { audited: number; members: number; savings: number } {
  let audited = 0;
  let members = 0;
  let savings = 0;
  for (const g of groups) {
    const audit = auditFor(g, fiscalYear);
    if (!audit) continue;
    audited += 1;
    members += membersIn(g, audit) ?? 0;
    savings += savingsIn(g, audit) ?? 0;
  }
  return { audited, members, savings };
}

/** One area's roll-up for one fiscal year (DESIGN §5.3, §11). `groups` = every registry group of the area. */
export function areaYear(groups: readonly Group[], fiscalYear: number, criteria: Criteria): AreaYear {
  const active = groups.filter((g) => activeIn(g, fiscalYear));
  const audited = active.flatMap((g) => {
    const audit = auditFor(g, fiscalYear);
    return audit ? [{ group: g, audit }] : [];
  });
  const levelled = audited.filter((x) => x.audit.level !== null);

  const levels = { '1': 0, '2': 0, '3': 0, incomplete: 0 };
  for (const { audit } of audited) {
    if (audit.level === null) levels.incomplete += 1;
    else levels[String(audit.level) as '1' | '2' | '3'] += 1;
  }
  // An incomplete audit's score counts its missing indicators as 0: it would pull the area down for a
  // reason that is not the group's health, so mean and median use levelled audits only.
  const scores = levelled.map((x) => x.audit.score).filter((s): s is number => s !== null);

  const money = moneyOf(active, fiscalYear);
  const mostFailed = mostFailedOf(active, fiscalYear, audited.length, criteria);
  const indicatorMedians = indicatorMediansOf(audited.map((x) => x.audit), criteria);

  const ranking = rankGroups(
    audited.map(({ group, audit }) => ({ id: group.id, audit, members: membersIn(group, audit) ?? 0 })),
    criteria,
  );

  return {
    fiscalYear,
    active: active.length,
    audited: audited.length,
    coverage: active.length ? publishedFraction(audited.length / active.length) : null,
    levels,
    meanScore: published(mean(scores)),
    medianScore: published(median(scores)),
    ...money,
    mostFailed,
    indicatorMedians,
    ranking: ranking.ranked,
    incomplete: ranking.incomplete,
    notAudited: groups
      .filter((g) => g.status === 'active' && activeIn(g, fiscalYear) && !auditFor(g, fiscalYear))
      .map((g) => g.id)
      .sort(compareCodes),
  };
}

const published = (x: number | null): number | null => (x === null ? null : publishedFraction(x));

/** Members and savings of the active groups (audit, else registry); loans and the pooled overdue ratio from audits. */
function moneyOf(active: readonly Group[], fiscalYear: number): Pick<AreaYear, 'members' | 'savings' | 'loans' | 'overdueRatio'> {
  let members = 0;
  let savings = 0;
  let loans = 0;
  let pooledOverdue = 0;
  let pooledLoans = 0;
  for (const g of active) {
    const audit = auditFor(g, fiscalYear);
    const f = audit?.financials;
    members += membersIn(g, audit) ?? 0;
    savings += savingsIn(g, audit) ?? 0;
    if (f && nonNeg(f.loans_outstanding)) {
      loans += f.loans_outstanding;
      if (nonNeg(f.overdue)) {
        pooledOverdue += f.overdue;
        pooledLoans += f.loans_outstanding;
      }
    }
  }
  return { members, savings, loans, overdueRatio: pooledLoans > 0 ? publishedFraction(pooledOverdue / pooledLoans) : null };
}

/** The indicators most failed, as shares of the audited groups: top MOST_FAILED_TOP with a share above 0. */
function mostFailedOf(active: readonly Group[], fiscalYear: number, audited: number, criteria: Criteria): AreaYear['mostFailed'] {
  const failing = failingTally(active, fiscalYear).failing;
  return criteria.indicators
    .map((ind) => ({ code: ind.code, count: failing[ind.code] ?? 0 }))
    .filter((x) => x.count > 0)
    .sort((a, b) => b.count - a.count || compareCodes(a.code, b.code))
    .slice(0, MOST_FAILED_TOP)
    .map((x) => ({ code: x.code, share: publishedFraction(x.count / audited) }));
}

/** Each indicator's typical value among the audits: the median of numbers, the share of yes for yes/no answers. */
function indicatorMediansOf(audits: readonly ScoredAudit[], criteria: Criteria): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const ind of criteria.indicators) {
    const values = audits.flatMap((a) => {
      const r = a.indicators.find((i) => i.code === ind.code);
      return r && r.value !== null ? [r.value] : [];
    });
    const numbers = values.filter((v): v is number => typeof v === 'number');
    const booleans = values.filter((v): v is boolean => typeof v === 'boolean');
    // Yes/no indicators have no median: their "typical value" is the share of groups answering yes.
    const typical = numbers.length ? median(numbers) : booleans.length ? booleans.filter(Boolean).length / booleans.length : null;
    out[ind.code] = typical === null ? null : publishedFraction(typical);
  }
  return out;
}
