/** Plan follow-through (issue 13): the district worked by hand in ./followthrough-district.ts, its figures checked. */
import { describe, expect, it } from 'vitest';
import { followThroughCell, planOutcome, SHARE_MIN_GROUPS } from '../../src/lib/followthrough';
import { DEFAULT_CRITERIA } from '../../src/lib/health/default-criteria';
import { DatasetSchema, type FollowThroughCell, type FollowThroughRow, type Group } from '../../src/lib/schema/dataset';
import { build, fillerAudits, fillers, storyAudits, storyIds } from './followthrough-district';

const row = (code: string, firstPoints: number, secondPoints: number | null, max: number, status: FollowThroughRow['status'], planned: boolean): FollowThroughRow =>
  ({ code, firstPoints, secondPoints, max, status, planned });
const cell = (groups: number, issues: number, fixed: number, better: number, same: number, worse: number, unknown: number, fixedShare: number | null): FollowThroughCell =>
  ({ groups, issues, fixed, better, same, worse, unknown, fixedShare });
const EMPTY = cell(0, 0, 0, 0, 0, 0, 0, null);

describe('plan follow-through of a district, FY 2566 → 2567 (worked by hand in ./followthrough-district.ts)', () => {
  const dataset = build([...storyIds, ...fillers], [...storyAudits, ...fillerAudits]);
  const group = (id: string): Group => dataset.groups.find((g) => g.id === id)!;
  const followThrough = (id: string, fy: number) => group(id).audits.find((a) => a.fiscalYear === fy)!.followThrough;

  it('validates (follow-through and English place names came with schemaVersion 2)', () => {
    expect(DatasetSchema.safeParse(dataset).success).toBe(true);
    expect(dataset.schemaVersion).toBe(3);
  });

  it('each group’s rows: every status, planned and unplanned, in the first year’s fix-first order', () => {
    expect(followThrough('6001001', 2567)).toEqual({
      fromFiscalYear: 2566,
      rows: [row('F1', 5, 10, 10, 'fixed', true), row('G1', 0, 0, 5, 'same', true), row('F4', 2, 5, 5, 'fixed', false)],
    });
    expect(followThrough('6001002', 2567)!.rows).toEqual([
      row('G2', 0, 4, 8, 'better', true),
      row('F4', 0, 2, 5, 'better', true),
      row('M3', 0, null, 4, 'unknown', false),
    ]);
    expect(followThrough('6001003', 2567)!.rows).toEqual([
      row('F1', 5, 0, 10, 'worse', true),
      row('S2', 0, 5, 5, 'fixed', false),
      row('F4', 2, 2, 5, 'same', false),
    ]);
    expect(followThrough('6001004', 2567)!.rows).toEqual([
      row('B2', 0, 8, 8, 'fixed', false),
      row('G3', 0, 0, 7, 'same', false),
      row('F4', 2, 0, 5, 'worse', false),
    ]);
    expect(followThrough('6001011', 2567)!.rows).toEqual([row('F1', 5, 5, 10, 'same', false), row('F4', 2, 5, 5, 'fixed', true)]);
  });

  it('only consecutive fiscal years: no follow-through on a first audit, after a gap, or without a second year', () => {
    for (const [id, fy] of [['6001001', 2566], ['6001005', 2566], ['6001006', 2565], ['6001006', 2567]] as const) {
      expect(group(id).audits.find((a) => a.fiscalYear === fy)).not.toHaveProperty('followThrough');
    }
  });

  it('the group page’s sentence: ก planned 2 issues (M3 left out) and fixed 1; ง had no plan', () => {
    expect(planOutcome(followThrough('6001001', 2567)!)).toEqual({ planned: 2, fixed: 1 });
    expect(planOutcome(followThrough('6001002', 2567)!)).toEqual({ planned: 2, fixed: 0 });
    expect(planOutcome(followThrough('6001004', 2567)!)).toEqual({ planned: 0, fixed: 0 });
  });

  const district = {
    fromFiscalYear: 2566,
    groups: 14,
    planned: cell(13, 15, 6, 2, 3, 4, 0, 0.4),
    unplanned: cell(14, 17, 5, 0, 7, 4, 1, 0.3125),
  };

  it('rolls the district up: planned issues and their fixed share against the unplanned', () => {
    const years = dataset.districts[0]!.years;
    expect(years.map((y) => y.fiscalYear)).toEqual([2565, 2566, 2567]);
    expect(years[0]).not.toHaveProperty('followThrough');
    expect(years[1]).not.toHaveProperty('followThrough'); // nobody audited in both 2565 and 2566
    expect(years[2]!.followThrough).toEqual(district);
    expect(dataset.provinces[0]!.years[2]!.followThrough).toEqual(district);
  });

  it('rolls the whole data up per indicator: planned against unplanned, with counts; shares from 10 groups', () => {
    expect(dataset.followThrough).toHaveLength(1);
    const whole = dataset.followThrough[0]!;
    expect({ fromFiscalYear: whole.fromFiscalYear, groups: whole.groups, planned: whole.planned, unplanned: whole.unplanned }).toEqual(district);
    expect(whole.fiscalYear).toBe(2567);
    const by = new Map(whole.indicators.map((i) => [i.code, i]));
    expect([...by.keys()]).toEqual(DEFAULT_CRITERIA.indicators.map((i) => i.code));
    expect(by.get('F4')).toEqual({ code: 'F4', planned: cell(11, 11, 5, 1, 2, 3, 0, 0.454545), unplanned: cell(3, 3, 1, 0, 1, 1, 0, null) });
    expect(by.get('F1')).toEqual({ code: 'F1', planned: cell(2, 2, 1, 0, 0, 1, 0, null), unplanned: cell(10, 10, 2, 0, 5, 3, 0, 0.2) });
    expect(by.get('G1')).toEqual({ code: 'G1', planned: cell(1, 1, 0, 0, 1, 0, 0, null), unplanned: EMPTY });
    expect(by.get('G2')).toEqual({ code: 'G2', planned: cell(1, 1, 0, 1, 0, 0, 0, null), unplanned: EMPTY });
    expect(by.get('M3')).toEqual({ code: 'M3', planned: EMPTY, unplanned: cell(1, 1, 0, 0, 0, 0, 1, null) });
    for (const code of ['S2', 'B2']) expect(by.get(code)).toEqual({ code, planned: EMPTY, unplanned: cell(1, 1, 1, 0, 0, 0, 0, null) });
    expect(by.get('G3')).toEqual({ code: 'G3', planned: EMPTY, unplanned: cell(1, 1, 0, 0, 1, 0, 0, null) });
    for (const code of ['G4', 'M1', 'M2', 'B1', 'B3', 'F2', 'F3', 'F5', 'S1']) {
      expect(by.get(code)).toEqual({ code, planned: EMPTY, unplanned: EMPTY });
    }
  });
});

describe('below 10 groups: counts, no share', () => {
  it('the four story groups alone: every count as worked above, both shares null', () => {
    // planned ก F1 fixed, ก G1 same, ข G2 better, ข F4 better, ค F1 worse → 3 groups, 5 issues;
    // unplanned ก F4 fixed, ข M3 unknown, ค S2 fixed, ค F4 same, ง B2 fixed, ง G3 same, ง F4 worse → 4 groups, 7 issues
    const dataset = build(storyIds, storyAudits);
    expect(dataset.districts[0]!.years.at(-1)!.followThrough).toEqual({
      fromFiscalYear: 2566,
      groups: 4,
      planned: cell(3, 5, 1, 2, 1, 1, 0, null),
      unplanned: cell(4, 7, 3, 0, 2, 1, 1, null),
    });
  });

  const entry = (groupId: string, status: FollowThroughRow['status']) => ({ groupId, row: row('F1', 5, status === 'unknown' ? null : 10, 10, status, true) });

  it('10 groups with a known outcome publish a share; 9 do not', () => {
    expect(SHARE_MIN_GROUPS).toBe(10);
    const ten = Array.from({ length: 10 }, (_, i) => entry(`g${i}`, i < 3 ? 'fixed' : 'same'));
    expect(followThroughCell(ten)).toEqual(cell(10, 10, 3, 0, 7, 0, 0, 0.3));
    expect(followThroughCell(ten.slice(1))).toEqual(cell(9, 9, 2, 0, 7, 0, 0, null));
  });

  it('groups whose only outcome is unknown do not count towards the 10; many issues of few groups do not either', () => {
    // 10 groups, one of them unknown: 9 with a known outcome → null, though `groups` says 10
    const tenOneUnknown = Array.from({ length: 10 }, (_, i) => entry(`g${i}`, i === 0 ? 'unknown' : 'fixed'));
    expect(followThroughCell(tenOneUnknown)).toEqual(cell(10, 10, 9, 0, 0, 0, 1, null));
    // 12 issues of 4 groups: still 4 groups → null
    const fewGroups = Array.from({ length: 12 }, (_, i) => entry(`g${i % 4}`, 'fixed'));
    expect(followThroughCell(fewGroups)).toEqual(cell(4, 12, 12, 0, 0, 0, 0, null));
  });
});
