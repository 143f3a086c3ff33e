import type { Group } from '../schema/dataset';
import { publishedFraction } from '../health/score';
import { auditFor } from './audit-year';

/**
 * How many audited groups fail each indicator (issue 13: the indicator and article pages), counted as the
 * most-failed list counts them (src/lib/aggregate/area.ts): every group audited in the fiscal year, incomplete
 * audits included, failing when its status is fail (missing and n/a are no failures, partial is not 0 points).
 */
export interface FailingTally {
  fiscalYear: number;
  /** Groups audited in the fiscal year. */
  audited: number;
  /** Indicator code → groups whose status is fail (codes no group fails are absent). */
  failing: Record<string, number>;
}

export function failingTally(groups: readonly Group[], fiscalYear: number): FailingTally {
  const failing: Record<string, number> = {};
  let audited = 0;
  for (const g of groups) {
    const a = auditFor(g, fiscalYear);
    if (!a) continue;
    audited += 1;
    for (const r of a.indicators) if (r.status === 'fail') failing[r.code] = (failing[r.code] ?? 0) + 1;
  }
  return { fiscalYear, audited, failing };
}

/** One indicator's count in a tally and its share of the audited groups (null when none was audited). */
export function failingOf(tally: FailingTally, code: string): { audited: number; failing: number; share: number | null } {
  const failing = tally.failing[code] ?? 0;
  return { audited: tally.audited, failing, share: tally.audited > 0 ? publishedFraction(failing / tally.audited) : null };
}

/** Audited and failing groups per area in one fiscal year: the whole data, each province, each district. */
export interface YearTallies {
  all: FailingTally;
  province: Map<string, FailingTally>;
  district: Map<string, FailingTally>;
}

/** Tallies of every area for a fiscal year, from the groups of each (one pass per area; pure). */
export function yearTallies(groups: readonly Group[], fiscalYear: number): YearTallies {
  const by = (key: 'province' | 'district') => {
    const members = new Map<string, Group[]>();
    for (const g of groups) {
      const list = members.get(g[key].code);
      if (list) list.push(g);
      else members.set(g[key].code, [g]);
    }
    return new Map([...members].map(([code, gs]) => [code, failingTally(gs, fiscalYear)]));
  };
  return { all: failingTally(groups, fiscalYear), province: by('province'), district: by('district') };
}
