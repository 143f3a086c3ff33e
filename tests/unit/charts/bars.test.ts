import { describe, expect, it } from 'vitest';
import { barWidth, CHART_WIDTH, segmentWidths, shareBarsSvg, stackedBarsSvg } from '../../../src/lib/charts/bars';

describe('shareBarsSvg: one row per bar, 100% is the whole width (360)', () => {
  it('a bar is its share of the width: 25% → 90, 100% → 360, beyond 0–1 clamped', () => {
    expect(CHART_WIDTH).toBe(360);
    expect([barWidth(0.25), barWidth(1), barWidth(1.5), barWidth(-0.1), barWidth(1 / 3)]).toEqual([90, 360, 360, 0, 120]);
  });

  it('draws label, figure, track and bar for each row, 38 units apart, as one named image', () => {
    const svg = shareBarsSvg(
      [
        { label: 'ชุมตาบง', share: 1, value: '100.0% (3 จาก 3)' },
        { label: 'A < B', share: 0.375, value: '37.5% (3 of 8)' },
      ],
      'Share failing S2',
    );
    expect(svg.startsWith('<svg class="chart-svg" viewBox="0,0,360,76" width="360" height="76" role="img" aria-label="Share failing S2" font-size="13">')).toBe(true);
    expect(svg).toContain('<text x="0" y="14">ชุมตาบง</text><text x="360" y="14" text-anchor="end">100.0% (3 จาก 3)</text>');
    expect(svg).toContain('<rect class="bar-share" x="0" y="20" width="360" height="12"/>');
    // Row 2 starts at y 38: its bar at 58, 0.375 × 360 = 135 wide; the label escaped.
    expect(svg).toContain('<text x="0" y="52">A &lt; B</text>');
    expect(svg).toContain('<rect class="bar-share" x="0" y="58" width="135" height="12"/>');
  });
});

describe('stackedBarsSvg: each row split by level', () => {
  it('segments are each count’s share of the row: 1, 2, 1, 0 of 4 → 90, 180, 90, 0', () => {
    expect(segmentWidths([1, 2, 1, 0])).toEqual([90, 180, 90, 0]);
    expect(segmentWidths([0, 0, 0, 0])).toEqual([0, 0, 0, 0]);
  });

  it('draws the segments side by side with their counts, incomplete hatched, and an outline', () => {
    const svg = stackedBarsSvg([{ label: 'Takhli (4 audited)', counts: [1, 2, 0, 1] }], 'Groups by level', 'levels-60');
    expect(svg).toContain('role="img" aria-label="Groups by level"');
    expect(svg).toContain('<text x="0" y="14">Takhli (4 audited)</text>');
    // Level 1: x 0, 90 wide, its count at the middle (45); level 2: x 90, 180 wide, count at 180; level 3 absent;
    // incomplete: x 270, 90 wide, hatched, no count.
    expect(svg).toContain('<rect x="0" y="19" width="90" height="14" fill="#fdd0a2"/><text x="45" y="30" text-anchor="middle" font-size="11" fill="#0b0c0c">1</text>');
    expect(svg).toContain('<rect x="90" y="19" width="180" height="14" fill="#f16913"/><text x="180" y="30" text-anchor="middle" font-size="11" fill="#0b0c0c">2</text>');
    expect(svg).toContain('<rect x="270" y="19" width="90" height="14" fill="url(#levels-60-incomplete)"/><rect class="outline"');
    expect(svg).not.toContain('#8c2d04"/>');
  });
});
