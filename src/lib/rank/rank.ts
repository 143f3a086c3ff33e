import type { Criteria } from '../schema/criteria';
import type { ScoredAudit } from '../schema/dataset';
import { redFlagPointsLost } from '../health/score';

/** One group's audit in a fiscal year, as the ranking sees it. */
export interface RankEntry {
  id: string;
  audit: ScoredAudit;
  /** Members for the fourth key: the audit's members_end, else the registry count; absent counts as 0. */
  members?: number;
}

export interface Ranking {
  /** Group ids with a level, first = develop first (ranks 1…n, no ties). */
  ranked: string[];
  /** Audited but incomplete (no level): listed apart by id, never ranked. */
  incomplete: string[];
}

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The members figure used by the ranking: the audit's members_end when present, else the registry figure. */
export function rankMembers(audit: ScoredAudit, registryMembers?: number): number {
  const m = audit.financials.members_end;
  return typeof m === 'number' ? m : registryMembers ?? 0;
}

/**
 * Compares two ranked entries (DESIGN §5.3): level 3 first, then 2, then 1; score ascending; points lost
 * on red-flag indicators descending; members descending; group id ascending. A total order.
 */
export function compareForRanking(criteria: Criteria) {
  return (a: RankEntry, b: RankEntry): number => {
    const la = a.audit.level ?? 0;
    const lb = b.audit.level ?? 0;
    if (la !== lb) return lb - la;
    // Scores are compared exactly: two scores that differ only by float noise come from the same
    // points ÷ max and are equal; different points ÷ max differ far above noise.
    const sa = a.audit.score ?? 0;
    const sb = b.audit.score ?? 0;
    if (Math.abs(sa - sb) > 1e-9) return sa - sb;
    const ra = redFlagPointsLost(a.audit, criteria);
    const rb = redFlagPointsLost(b.audit, criteria);
    if (ra !== rb) return rb - ra;
    const ma = a.members ?? 0;
    const mb = b.members ?? 0;
    if (ma !== mb) return mb - ma;
    return cmpStr(a.id, b.id);
  };
}

/** Ranks the audited groups of one area and fiscal year. */
export function rankGroups(entries: readonly RankEntry[], criteria: Criteria): Ranking {
  const levelled = entries.filter((e) => e.audit.level !== null);
  const incomplete = entries
    .filter((e) => e.audit.level === null)
    .map((e) => e.id)
    .sort(cmpStr);
  return { ranked: [...levelled].sort(compareForRanking(criteria)).map((e) => e.id), incomplete };
}
