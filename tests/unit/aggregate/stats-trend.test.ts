import { describe, expect, it } from 'vitest';
import { mean, median } from '../../../src/lib/aggregate/stats';
import { trend } from '../../../src/lib/aggregate/trend';

const last = <T extends { fiscalYear: number }>(items: T[], scoreOf?: (t: T) => number | null) => trend(items, scoreOf).at(-1)?.change ?? null;

describe('mean / median', () => {
  it('empty → null', () => {
    expect(mean([])).toBeNull();
    expect(median([])).toBeNull();
  });
  it('odd and even counts; input order does not matter', () => {
    expect(median([97, 31, 50])).toBe(50);
    expect(median([97, 31])).toBe(64);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(mean([97, 31, 50])).toBeCloseTo(59.333333333, 8);
  });
});

describe('trend', () => {
  it('gives an arrow only when the previous fiscal year is present', () => {
    const t = trend([
      { fiscalYear: 2567, score: 97 },
      { fiscalYear: 2564, score: 50 },
      { fiscalYear: 2566, score: 87 },
    ]);
    expect(t.map((p) => [p.fiscalYear, p.change?.arrow ?? null])).toEqual([
      [2564, null], // first year
      [2566, null], // 2565 missing: no arrow across a gap
      [2567, '↑'],
    ]);
    expect(t[2]!.change).toEqual({ from: 87, delta: 10, shown: 10, direction: 'up', arrow: '↑' });
  });
  it('down, and "same" when the scores show the same with one decimal', () => {
    expect(last([{ fiscalYear: 2566, score: 80 }, { fiscalYear: 2567, score: 79.9 }])!.direction).toBe('down');
    expect(last([{ fiscalYear: 2566, score: 80.01 }, { fiscalYear: 2567, score: 79.98 }])!.arrow).toBe('→');
    // 80.04 shows 80.0 and 80.06 shows 80.1: the reader sees a rise of 0.1, so it is "up 0.1", never "same".
    expect(last([{ fiscalYear: 2566, score: 80.04 }, { fiscalYear: 2567, score: 80.06 }])).toMatchObject({ direction: 'up', shown: 0.1 });
  });
  it('no arrow when either year has no score, or with one year', () => {
    expect(last([{ fiscalYear: 2566, score: null }, { fiscalYear: 2567, score: 70 }])).toBeNull();
    expect(last([{ fiscalYear: 2567, score: 70 }])).toBeNull();
    expect(last([])).toBeNull();
  });
  it('no arrow and no difference when either year is incomplete, and says why', () => {
    // 6001004 in the bundled sample: 100 in FY 2566, an incomplete 67 in FY 2567 (G2, G3, M3 unanswered, scored 0).
    const t = trend([{ fiscalYear: 2566, score: 100, incomplete: false }, { fiscalYear: 2567, score: 67, incomplete: true }]);
    expect(t.map((p) => [p.change, p.noChange])).toEqual([[null, 'noPrevious'], [null, 'incomplete']]);
    // The year after an incomplete one is not compared with it either.
    const after = trend([{ fiscalYear: 2566, score: 40, incomplete: true }, { fiscalYear: 2567, score: 90, incomplete: false }]);
    expect(after[1]).toMatchObject({ change: null, noChange: 'incomplete' });
    // Why, in the other cases: a gap before the year, a year with no score.
    expect(trend([{ fiscalYear: 2564, score: 50 }, { fiscalYear: 2566, score: 60 }])[1]!.noChange).toBe('noPrevious');
    expect(trend([{ fiscalYear: 2566, score: null }, { fiscalYear: 2567, score: 70 }])[1]!.noChange).toBe('noScore');
    expect(trend([{ fiscalYear: 2566, score: 60 }, { fiscalYear: 2567, score: 70 }])[1]!.noChange).toBeNull();
  });
  it('works on AreaYear-like items with a score accessor', () => {
    const years = [{ fiscalYear: 2566, meanScore: 60 }, { fiscalYear: 2567, meanScore: 55 }];
    expect(last(years, (y) => y.meanScore)!.arrow).toBe('↓');
  });
});
