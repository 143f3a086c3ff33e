/**
 * scoreChartHtml (group page, src/site/group-parts.ts): the score by year as an SVG drawn at build time. Geometry (src/site/score-chart.ts): a
 * 320 × 150 picture, the plot from x 96 to 298 and from y 18 to 124 (106 high), y = 18 + 106 × (1 − score / 100).
 */
import { describe, expect, it } from 'vitest';
import { scoreChartHtml } from '../../../src/site/group-parts';
import { groupScoreChart, scoreChart } from '../../../src/site/score-chart';
import { attr, read, text } from './render';

const LEVELS = { levels: { good: 80, fair: 60 } };
const TREND = [
  { fiscalYear: 2566, score: 38 },
  { fiscalYear: 2567, score: 31 },
];

describe('scoreChartHtml', () => {
  it('its documented example: one year in the middle, x (96 + 298) / 2 = 197, 42 at y 18 + 106 × 0.58 = 79.48 → 79.5', () => {
    const r = read(scoreChartHtml(scoreChart({ years: [{ year: '2566', score: 42, label: '42.0' }], bands: [] }), 'คะแนนรายปี'));
    const svg = r.one('svg');
    expect([attr(svg, 'role'), attr(svg, 'aria-label'), attr(svg, 'viewBox'), attr(svg, 'class')]).toEqual(['img', 'คะแนนรายปี', '0 0 320 150', 'score-chart no-print']);
    expect(r.all('circle').map((c) => [attr(c, 'cx'), attr(c, 'cy')])).toEqual([['197', '79.5']]);
    expect(r.texts('.score-chart__point text')).toEqual(['42.0']);
    expect(attr(r.one('path.score-chart__line'), 'd')).toBe('M197 79.5');
    expect(r.all('.score-chart__band')).toEqual([]);
  });

  it('in Thai: two years joined by a line, the thresholds as lines with their words', () => {
    const r = read(scoreChartHtml(groupScoreChart(TREND, LEVELS, 'th'), 'คะแนน'));
    // 38 → 18 + 106 × 0.62 = 83.72 → 83.7 at x 96; 31 → 18 + 106 × 0.69 = 91.14 → 91.1 at x 298.
    expect(attr(r.one('path.score-chart__line'), 'd')).toBe('M96 83.7 L298 91.1');
    expect(r.texts('.score-chart__point text')).toEqual(['38.0', '31.0']);
    expect(r.texts('.score-chart__year')).toEqual(['2566', '2567']);
    // good 80 → y 18 + 106 × 0.2 = 39.2; fair 60 → 18 + 106 × 0.4 = 60.4.
    expect(r.texts('.score-chart__band text')).toEqual(['ดี ≥ 80', 'ปานกลาง ≥ 60']);
    expect(r.all('.score-chart__band line').map((l) => [attr(l, 'x1'), attr(l, 'x2'), attr(l, 'y1')])).toEqual([
      ['96', '298', '39.2'],
      ['96', '298', '60.4'],
    ]);
  });

  it('in English: fiscal years as FY (CE), level words in English; a year with no score breaks the line', () => {
    // Three years at x 96, 197, 298; 2566 has no score (incomplete): no point, and the line starts again at 2567.
    const chart = groupScoreChart([{ fiscalYear: 2565, score: 50 }, { fiscalYear: 2566, score: null }, TREND[1]!], LEVELS, 'en');
    const r = read(scoreChartHtml(chart, 'Score by year'));
    expect(r.texts('.score-chart__year')).toEqual(['FY 2022', 'FY 2023', 'FY 2024']);
    expect(r.texts('.score-chart__band text')).toEqual(['good ≥ 80', 'fair ≥ 60']);
    // 50 → 18 + 53 = 71.
    expect(attr(r.one('path.score-chart__line'), 'd')).toBe('M96 71 M298 91.1');
    expect(r.texts('.score-chart__point text')).toEqual(['50.0', '31.0']);
    expect(text(r.one('.score-chart__year'))).toBe('FY 2022');
  });
});
