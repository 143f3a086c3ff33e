/**
 * A group's score over the years as a small line chart drawn at build time (issue 20): where each year's point sits
 * in an SVG of fixed size, the level thresholds as lines across, and the labels. Pure geometry; the page draws it
 * and puts the same numbers in a table beside it. A year with no score (incomplete) has no point and breaks the line.
 */
import type { Lang } from '../lib/i18n/lang';
import { words } from '../lib/i18n/words';
import { formatter } from '../lib/i18n/format';
import type { Criteria } from '../lib/schema/criteria';

/** The level thresholds' labels sit in the left margin, clear of the points and their labels. */
export const CHART = { width: 320, height: 150, left: 96, right: 22, top: 18, bottom: 26 } as const;

export interface ScoreChartInput {
  /** Oldest first: the label under the point ("2566"), the score (0–100) or null, and its label ("52.0"). */
  years: { year: string; score: number | null; label: string }[];
  /** Level thresholds on the score, with their labels ("ดี 80"). */
  bands: { at: number; label: string }[];
}

export interface ScoreChart {
  width: number;
  height: number;
  /** The line through the scored years: "M x y L x y …", a new "M" after a year with no score. */
  path: string;
  points: { x: number; y: number; label: string }[];
  /** The x of every year's label, scored or not. */
  years: { x: number; label: string }[];
  bands: { y: number; label: string }[];
  /** The plot's left and right ends, for the threshold lines. */
  x0: number;
  x1: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function scoreChart(input: ScoreChartInput): ScoreChart {
  const { width, height, left, right, top, bottom } = CHART;
  const x0 = left;
  const x1 = width - right;
  const plotHeight = height - top - bottom;
  const n = input.years.length;
  const xOf = (i: number) => round1(n === 1 ? (x0 + x1) / 2 : x0 + ((x1 - x0) * i) / (n - 1));
  const yOf = (score: number) => round1(top + plotHeight * (1 - Math.min(100, Math.max(0, score)) / 100));
  const points: ScoreChart['points'] = [];
  let path = '';
  let broken = true;
  input.years.forEach((y, i) => {
    if (y.score === null) {
      broken = true;
      return;
    }
    const p = { x: xOf(i), y: yOf(y.score), label: y.label };
    points.push(p);
    path += `${path ? ' ' : ''}${broken ? 'M' : 'L'}${p.x} ${p.y}`;
    broken = false;
  });
  return {
    width,
    height,
    path,
    points,
    years: input.years.map((y, i) => ({ x: xOf(i), label: y.year })),
    bands: input.bands.map((b) => ({ y: yOf(b.at), label: b.label })),
    x0,
    x1,
  };
}

/** A group page's chart: its trend rows (groupView()'s), the criteria's level thresholds, labels in the page's language. */
export function groupScoreChart(
  trend: readonly { fiscalYear: number; score: number | null }[],
  criteria: Pick<Criteria, 'levels'>,
  lang: Lang,
): ScoreChart {
  const f = formatter(lang);
  const w = words(lang);
  return scoreChart({
    years: trend.map((t) => ({ year: f.fy(t.fiscalYear, 'short'), score: t.score, label: f.score(t.score) })),
    bands: [
      { at: criteria.levels.good, label: w.group.chartBand(w.level.good, f.int(criteria.levels.good)) },
      { at: criteria.levels.fair, label: w.group.chartBand(w.level.fair, f.int(criteria.levels.fair)) },
    ],
  });
}
