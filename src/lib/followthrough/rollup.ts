import { publishedFraction } from '../health/score';
import { auditFor } from '../aggregate/audit-year';
import type { Criteria } from '../schema/criteria';
import type {
  DatasetFollowThrough,
  FollowThroughCell,
  FollowThroughRow,
  FollowThroughSummary,
  Group,
} from '../schema/dataset';

/**
 * Follow-through roll-ups (issue 13) for an area or the whole data, per pair of consecutive fiscal years,
 * over the rows the second year's audits carry (see outcome.ts). Choices where the issue is silent:
 * - a share is fixed ÷ issues with a known outcome: an unknown (missing or n/a the second year) says
 *   nothing either way, so it is counted but left out of the share;
 * - below SHARE_MIN_GROUPS groups with a known outcome in a cell, the counts are published and the share is
 *   null: a share of a handful of groups reads as a finding and is not one;
 * - `groups` of a summary counts every group audited in both years, lost points or not.
 */

/** Fewest groups (with a known outcome) behind a published share. */
export const SHARE_MIN_GROUPS = 10;

interface Entry {
  groupId: string;
  row: FollowThroughRow;
}

/** Counts and the fixed share of some follow-through rows. */
export function followThroughCell(entries: readonly Entry[]): FollowThroughCell {
  const c = { fixed: 0, better: 0, same: 0, worse: 0, unknown: 0 };
  const groups = new Set<string>();
  const known = new Set<string>();
  for (const { groupId, row } of entries) {
    c[row.status] += 1;
    groups.add(groupId);
    if (row.status !== 'unknown') known.add(groupId);
  }
  const knownIssues = entries.length - c.unknown;
  const fixedShare = known.size >= SHARE_MIN_GROUPS && knownIssues > 0 ? publishedFraction(c.fixed / knownIssues) : null;
  return { groups: groups.size, issues: entries.length, ...c, fixedShare };
}

/** Every follow-through row of the given groups into `fiscalYear` (from the year before). */
function entriesInto(groups: readonly Group[], fiscalYear: number): { groupIds: string[]; entries: Entry[] } {
  const groupIds: string[] = [];
  const entries: Entry[] = [];
  for (const g of groups) {
    const ft = auditFor(g, fiscalYear)?.followThrough;
    if (!ft) continue;
    groupIds.push(g.id);
    for (const row of ft.rows) entries.push({ groupId: g.id, row });
  }
  return { groupIds, entries };
}

/** An area's follow-through into `fiscalYear`, or undefined when none of its groups was audited both years. */
export function followThroughSummary(groups: readonly Group[], fiscalYear: number): FollowThroughSummary | undefined {
  const { groupIds, entries } = entriesInto(groups, fiscalYear);
  if (groupIds.length === 0) return undefined;
  return {
    fromFiscalYear: fiscalYear - 1,
    groups: groupIds.length,
    planned: followThroughCell(entries.filter((e) => e.row.planned)),
    unplanned: followThroughCell(entries.filter((e) => !e.row.planned)),
  };
}

/** The whole data's follow-through: one entry per fiscal year that has groups audited the year before too. */
export function datasetFollowThrough(groups: readonly Group[], fiscalYears: readonly number[], criteria: Criteria): DatasetFollowThrough[] {
  return fiscalYears.flatMap((fiscalYear) => {
    const summary = followThroughSummary(groups, fiscalYear);
    if (!summary) return [];
    const { entries } = entriesInto(groups, fiscalYear);
    return [
      {
        fromFiscalYear: summary.fromFiscalYear,
        fiscalYear,
        groups: summary.groups,
        planned: summary.planned,
        unplanned: summary.unplanned,
        indicators: criteria.indicators.map(({ code }) => {
          const mine = entries.filter((e) => e.row.code === code);
          return {
            code,
            planned: followThroughCell(mine.filter((e) => e.row.planned)),
            unplanned: followThroughCell(mine.filter((e) => !e.row.planned)),
          };
        }),
      },
    ];
  });
}
