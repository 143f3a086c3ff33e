/** DESIGN §5.4 worked examples, exactly as the design computes them by hand. */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/lib/dataset/build';
import { DEFAULT_CRITERIA } from '../../src/lib/health/default-criteria';
import { scoreAudit } from '../../src/lib/health/score';
import { auditA, auditB, registryRow } from './fixtures';

const pts = (a: ReturnType<typeof scoreAudit>) => Object.fromEntries(a.indicators.map((i) => [i.code, i.points]));

describe('DESIGN §5.4 group A', () => {
  const a = scoreAudit(auditA(), DEFAULT_CRITERIA);

  it('scores 97.0, level 1 ดี, priorities [F4]', () => {
    expect(Math.abs(a.score! - 97)).toBeLessThan(1e-9);
    expect(a.level).toBe(1);
    expect(a.levelLabel).toBe('ดี');
    expect(a.incomplete).toBe(false);
    expect(a.redFlags).toEqual([]);
    expect(a.priorities).toEqual(['F4']);
    expect(a.criteria).toBe('omsap-2567');
  });

  it('gives the design\'s points per indicator and per dimension', () => {
    expect(pts(a)).toEqual({
      G1: 5, G2: 8, G3: 7, G4: 5, // G 25
      M1: 6, M2: 5, M3: 4, // M 15 (95/104 = 91.3 %, +4 %, 70 %)
      B1: 8, B2: 8, B3: 4, // B 20 (10,000/1,100,000 = 0.9 %)
      F1: 10, F2: 6, F3: 5, F4: 2, F5: 4, // F 27 (4.0 %, 74.1 %, 16 %, 7.3 %)
      S1: 5, S2: 5, // S 10
    });
    expect(a.dimensions).toEqual([
      { code: 'G', points: 25, max: 25 },
      { code: 'M', points: 15, max: 15 },
      { code: 'B', points: 20, max: 20 },
      { code: 'F', points: 27, max: 30 },
      { code: 'S', points: 10, max: 10 },
    ]);
  });

  it('stores values: fractions for ratios and percents, booleans, counts', () => {
    const v = Object.fromEntries(a.indicators.map((i) => [i.code, i.value]));
    expect(v.F1).toBeCloseTo(0.04, 5);
    expect(v.M1).toBeCloseTo(95 / 104, 5);
    expect(v.M2).toBeCloseTo(0.04, 5);
    expect(v.M3).toBe(0.7);
    expect(v.G1).toBe(true);
    expect(v.G2).toBe(12);
    expect(v.S1).toBe(true);
    expect(v.F5).toBe(true);
    expect(a.indicators.find((i) => i.code === 'F4')!.status).toBe('partial');
  });
});

describe('DESIGN §5.4 group B', () => {
  const b = scoreAudit(auditB(), DEFAULT_CRITERIA);

  it('scores 31.0, level 3 ต้องปรับปรุง, with no red flag (15.8 % ≤ 20 %)', () => {
    expect(Math.abs(b.score! - 31)).toBeLessThan(1e-9);
    expect(b.level).toBe(3);
    expect(b.levelLabel).toBe('ต้องปรับปรุง');
    expect(b.redFlags).toEqual([]);
  });

  it('gives the design\'s points and priorities', () => {
    expect(pts(b)).toEqual({
      G1: 5, G2: 4, G3: 0, G4: 5, // G 14
      M1: 0, M2: 0, M3: 0, // M 0 (72.7 %, −8.3 %, 45 %)
      B1: 8, B2: 0, B3: 0, // B 8 (7.3 %)
      F1: 0, F2: 3, F3: 2, F4: 0, F5: 4, // F 9 (15.8 %, 92.7 %, 12.5 %, 2.4 %)
      S1: 0, S2: 0, // S 0
    });
    expect(b.priorities).toEqual(['F1', 'B2', 'G3', 'M1', 'M2', 'F4', 'S1', 'S2', 'G2', 'M3', 'B3', 'F2', 'F3']);
  });
});

describe('DESIGN §5.4 district with A and B', () => {
  const { dataset } = buildDataset({
    registry: [registryRow('6001001'), registryRow('6001002')],
    audits: [auditA(), auditB()],
    criteria: DEFAULT_CRITERIA,
  });
  const year = dataset.districts[0]!.years[0]!;

  it('ranks B (1) then A (2); both count as audited', () => {
    expect(year.ranking).toEqual(['6001002', '6001001']);
    expect(year.active).toBe(2);
    expect(year.audited).toBe(2);
    expect(year.coverage).toBe(1);
    expect(year.levels).toEqual({ '1': 1, '2': 0, '3': 1, incomplete: 0 });
    // (97 + 31) / 2 = 64
    expect(year.meanScore).toBeCloseTo(64, 9);
    expect(year.medianScore).toBeCloseTo(64, 9);
  });
});
