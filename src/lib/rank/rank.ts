import type { Criteria } from '../schema/criteria';
import type { ScoredAudit } from '../schema/dataset';
import { compareCodes } from '../thai/collate';

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



interface RankKey {
  level: number;
  score: number;
  redFlagLost: number;
  members: number;
  id: string;
}

function rankKey(e: RankEntry, flagged: ReadonlySet<string>): RankKey {
  let redFlagLost = 0;
  for (const r of e.audit.indicators) if (flagged.has(r.code) && r.status !== 'n/a') redFlagLost += r.max - r.points;
  return { level: e.audit.level ?? 0, score: e.audit.score ?? 0, redFlagLost, members: e.members ?? 0, id: e.id };
}

function compareKeys(a: RankKey, b: RankKey): number {
  if (a.level !== b.level) return b.level - a.level;
  // Equal points ÷ max can differ by float noise only; different ones differ far above 1e-9.
  if (Math.abs(a.score - b.score) > 1e-9) return a.score - b.score;
  if (a.redFlagLost !== b.redFlagLost) return b.redFlagLost - a.redFlagLost;
  if (a.members !== b.members) return b.members - a.members;
  return compareCodes(a.id, b.id);
}

const flaggedCodes = (criteria: Criteria) => new Set(criteria.indicators.filter((i) => i.redFlag).map((i) => i.code));

/**
 * Ranks the audited groups of one area and fiscal year (DESIGN §5.3): level 3 first, then 2, then 1; score
 * ascending; points lost on red-flag indicators descending; members descending; group id ascending. A total order.
 */
export function rankGroups(entries: readonly RankEntry[], criteria: Criteria): Ranking {
  const levelled = entries.filter((e) => e.audit.level !== null);
  const incomplete = entries
    .filter((e) => e.audit.level === null)
    .map((e) => e.id)
    .sort(compareCodes);
  const flagged = flaggedCodes(criteria);
  const ranked = levelled
    .map((e) => rankKey(e, flagged))
    .sort(compareKeys)
    .map((k) => k.id);
  return { ranked, incomplete };
}
