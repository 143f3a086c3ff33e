/**
 * Trend over fiscal years (DESIGN §5.3): an arrow only when two consecutive fiscal years exist, both scored and both
 * complete. The one rule every page uses (src/site/group-view.ts).
 */

export type TrendDirection = 'up' | 'down' | 'same';
export const TREND_ARROWS: Record<TrendDirection, string> = { up: '↑', down: '↓', same: '→' };

export interface TrendChange {
  /** The previous fiscal year's score. */
  from: number;
  /** This year's score minus last year's (unrounded). */
  delta: number;
  /** The difference a reader sees: of the two scores as shown, with one decimal (80.04 → 80.06 is +0.1). */
  shown: number;
  direction: TrendDirection;
  arrow: string;
}

/**
 * Why a year has no change: the first year or a gap before it (no year to compare with), or a year with no score, or
 * either year incomplete (an incomplete audit's score counts its unanswered items as 0: the difference would be made
 * of gaps in the data, not of the group's health).
 */
export type NoChange = 'noPrevious' | 'noScore' | 'incomplete';

export interface TrendPoint<T> {
  fiscalYear: number;
  score: number | null;
  /** The input item, passed through (a scored audit, an AreaYear…). */
  item: T;
  /** null unless the year before (fiscalYear − 1) is present and both years have a score and are complete. */
  change: TrendChange | null;
  /** Why change is null (null when there is a change). */
  noChange: NoChange | null;
}

/**
 * Orders items by fiscal year and attaches a change to each one whose previous fiscal year is present.
 * Scores are shown with one decimal, so two scores that show the same are "same" (no arrow up or down
 * for a difference the reader cannot see). An item is incomplete when it says so (`incomplete: true`, as a
 * scored audit does).
 */
export function trend<T extends { fiscalYear: number }>(
  items: readonly T[],
  scoreOf: (item: T) => number | null = (item) => (item as unknown as { score?: number | null }).score ?? null,
): TrendPoint<T>[] {
  const sorted = [...items].sort((a, b) => a.fiscalYear - b.fiscalYear);
  const byYear = new Map(sorted.map((i) => [i.fiscalYear, i]));
  const incomplete = (item: T) => (item as unknown as { incomplete?: boolean }).incomplete === true;
  return sorted.map((item) => {
    const score = scoreOf(item);
    const prev = byYear.get(item.fiscalYear - 1);
    const from = prev === undefined ? null : scoreOf(prev);
    const none = (noChange: NoChange): TrendPoint<T> => ({ fiscalYear: item.fiscalYear, score, item, change: null, noChange });
    if (prev === undefined) return none('noPrevious');
    if (incomplete(item) || incomplete(prev)) return none('incomplete');
    if (score === null || from === null) return none('noScore');
    const shownDelta = Math.round(score * 10) - Math.round(from * 10); // tenths of a point
    const direction: TrendDirection = shownDelta > 0 ? 'up' : shownDelta < 0 ? 'down' : 'same';
    return {
      fiscalYear: item.fiscalYear,
      score,
      item,
      change: { from, delta: score - from, shown: shownDelta / 10, direction, arrow: TREND_ARROWS[direction] },
      noChange: null,
    };
  });
}
