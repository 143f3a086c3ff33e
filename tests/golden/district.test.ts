/**
 * A district with unaudited, inactive and not-yet-founded groups, FY 2567 (2023-10-01 … 2024-09-30), by hand:
 *
 *   6001001 A, active, audited (97, level 1)          members 104, savings 1,000,000, loans 800,000, overdue 32,000
 *   6001002 B, active, audited (31, level 3)          members 55,  savings 400,000,   loans 380,000, overdue 60,000
 *   6001003 active, not audited; registry: 30 members, savings 200,000
 *   6001004 inactive, not audited                     → not counted at all
 *   6001005 dissolved now, audited in 2567 with A's figures but G1, G2 empty (13 points missing) → incomplete
 *           (the audit shows it was operating that year, so it counts as active and audited)
 *   6001006 active, founded 2024-11-01 (FY 2568)      → did not exist in FY 2567: not counted
 *
 *   active = 4 (001, 002, 003, 005); audited = 3; coverage = 3/4 = 0.75; notAudited = [6001003]
 *   levels {1: 1, 2: 0, 3: 1, incomplete: 1}; ranking [6001002, 6001001]; incomplete [6001005]
 *   mean = median = (97 + 31) / 2 = 64 (levelled audits only)
 *   members = 104 + 55 + 30 + 104 = 293; savings = 1,000,000 + 400,000 + 200,000 + 1,000,000 = 2,600,000
 *   loans = 800,000 + 380,000 + 800,000 = 1,980,000; overdue ratio = 124,000 / 1,980,000 = 0.062626…
 *   fails (status fail) are all B's: B2 B3 F1 F4 G3 M1 M2 M3 S1 S2, each 1 of 3 audited → top 5 by code:
 *   B2 B3 F1 F4 G3, share 1/3
 *   medians: F1 of 0.04, 0.157894…, 0.04 → 0.04; G3 yes, no, yes → share yes 2/3; G1 yes, yes (005 empty) → 1
 */
import { describe, expect, it } from 'vitest';
import { areaYear } from '../../src/lib/aggregate/area';
import { buildDataset } from '../../src/lib/dataset/build';
import { DEFAULT_CRITERIA } from '../../src/lib/health/default-criteria';
import { auditA, auditB, registryRow, without } from './fixtures';

const registry = [
  registryRow('6001001', { members: 104, savings: 1_000_000 }),
  registryRow('6001002', { members: 55, savings: 400_000 }),
  registryRow('6001003', { members: 30, savings: 200_000 }),
  registryRow('6001004', { status: 'inactive', members: 20, savings: 50_000 }),
  registryRow('6001005', { status: 'dissolved' }),
  registryRow('6001006', { founded: '2024-11-01', members: 12 }),
];
const audits = [auditA(), auditB(), without(auditA({}, '6001005'), 'G1', 'G2')];

describe('district roll-up with unaudited, inactive and incomplete groups', () => {
  const { dataset } = buildDataset({ registry, audits, criteria: DEFAULT_CRITERIA });
  const y = dataset.districts[0]!.years[0]!;

  it('counts coverage over groups active that year', () => {
    expect(y).toMatchObject({ fiscalYear: 2567, active: 4, audited: 3, coverage: 0.75, notAudited: ['6001003'] });
  });
  it('counts levels, ranks the levelled, lists incomplete apart', () => {
    expect(y.levels).toEqual({ '1': 1, '2': 0, '3': 1, incomplete: 1 });
    expect(y.ranking).toEqual(['6001002', '6001001']);
    expect(y.incomplete).toEqual(['6001005']);
    expect(y.meanScore).toBeCloseTo(64, 9);
    expect(y.medianScore).toBeCloseTo(64, 9);
  });
  it('sums members, savings and loans; pools the overdue ratio', () => {
    expect(y.members).toBe(293);
    expect(y.savings).toBe(2_600_000);
    expect(y.loans).toBe(1_980_000);
    expect(y.overdueRatio).toBeCloseTo(124_000 / 1_980_000, 5);
  });
  it('lists the most-failed indicators and the medians', () => {
    expect(y.mostFailed.map((m) => m.code)).toEqual(['B2', 'B3', 'F1', 'F4', 'G3']);
    for (const m of y.mostFailed) expect(m.share).toBeCloseTo(1 / 3, 5);
    expect(y.indicatorMedians.F1).toBeCloseTo(0.04, 5);
    expect(y.indicatorMedians.G3).toBeCloseTo(2 / 3, 5);
    expect(y.indicatorMedians.G1).toBe(1);
    expect(y.indicatorMedians.G2).toBe(10); // 12 (A) and 8 (B); 005 left it empty → (12 + 8) / 2
  });
  it('the province roll-up of a one-district province equals the district roll-up', () => {
    expect(dataset.provinces[0]!.years).toEqual(dataset.districts[0]!.years);
  });
  it('FY 2568 (in which 6001006 exists) has it among the not audited', () => {
    const groups = dataset.groups;
    const y2568 = areaYear(groups, 2568, DEFAULT_CRITERIA);
    expect(y2568.notAudited).toEqual(['6001001', '6001002', '6001003', '6001006']);
    expect(y2568.active).toBe(4);
    expect(y2568.audited).toBe(0);
    expect(y2568.coverage).toBe(0);
    expect(y2568.meanScore).toBeNull();
    // no audits: members and savings come from the registry (104 + 55 + 30 + 12; 1,000,000 + 400,000 + 200,000)
    expect(y2568.members).toBe(201);
    expect(y2568.savings).toBe(1_600_000);
    expect(y2568.overdueRatio).toBeNull();
  });
});
