/**
 * The site fixture (tests/fixtures/site/dataset.json), which the site, browser and privacy tests build: what its
 * hand-made records (tests/fixtures/site/make-dataset.ts) must give, worked out by hand below, both in the committed
 * file and in a fresh run of its maker (so the file cannot drift from the code unnoticed).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/schema/dataset';

const base = mkdtempSync(join(tmpdir(), 'omsap-fixture-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const versions: [string, Dataset][] = [];
beforeAll(() => {
  const fresh = join(base, 'dataset.json');
  execFileSync(process.execPath, ['--import', 'tsx', 'tests/fixtures/site/make-dataset.ts', fresh], { stdio: 'pipe' });
  for (const [name, file] of [['committed', 'tests/fixtures/site/dataset.json'], ['made now', fresh]] as const) {
    versions.push([name, JSON.parse(readFileSync(file, 'utf8')) as Dataset]);
  }
});

const audit = (d: Dataset, id: string, fy: number) => d.groups.find((g) => g.id === id)!.audits.find((a) => a.fiscalYear === fy)!;
const year = (areas: Dataset['districts'], code: string, fy: number) => areas.find((a) => a.code === code)!.years.find((y) => y.fiscalYear === fy)!;

describe('tests/fixtures/site/dataset.json (if a case fails after a change to scoring: npx tsx tests/fixtures/site/make-dataset.ts)', () => {
  it('13 groups in 3 districts of 2 provinces, fiscal years 2566–2567, data as of the last audit (1801-0003, 30 Sep 2024)', () => {
    for (const [, d] of versions) {
      expect(d.groups).toHaveLength(13);
      expect(d.districts.map((a) => a.code).sort()).toEqual(['1801', '6007', '6010']);
      expect(d.provinces.map((a) => a.code).sort()).toEqual(['18', '60']);
      expect(d.fiscalYears).toEqual([2566, 2567]);
      expect(d.dataAsOf).toBe('2024-09-30');
    }
  });

  it('6010-0001 in 2567 is worked example A (97.0, level 1); 6010-0002 is B (31.0, level 3)', () => {
    for (const [, d] of versions) {
      expect([audit(d, '6010-0001', 2567).score, audit(d, '6010-0001', 2567).level]).toEqual([97, 1]);
      expect([audit(d, '6010-0002', 2567).score, audit(d, '6010-0002', 2567).level]).toEqual([31, 3]);
    }
  });

  it('6010-0004 in 2567: books not reconciled (B1 no), a red flag, level 3; 6007-0003: no financial statement, incomplete', () => {
    for (const [, d] of versions) {
      const red = audit(d, '6010-0004', 2567);
      expect([red.level, red.redFlags.map((f) => f.code)]).toEqual([3, ['B1']]);
      const gap = audit(d, '6007-0003', 2567);
      expect([gap.level, gap.incomplete]).toEqual([null, true]);
    }
  });

  it('district 6010 in 2567: 5 active, 4 audited (coverage 0.8), 6010-0005 not audited; members 104 + 55 + 212 + 78 + 40 (registry) = 489', () => {
    for (const [, d] of versions) {
      const y = year(d.districts, '6010', 2567);
      expect([y.active, y.audited, y.coverage, y.notAudited, y.members]).toEqual([5, 4, 0.8, ['6010-0005'], 489]);
    }
  });

  it('district 6007 in 2567: the inactive 6007-0004 (no audit that year) is not active; 3 of 3 audited, 6007-0003 listed apart', () => {
    for (const [, d] of versions) {
      const y = year(d.districts, '6007', 2567);
      expect([y.active, y.audited, y.coverage, y.incomplete]).toEqual([3, 3, 1, ['6007-0003']]);
    }
  });

  it('province 18 in 2567: 4 active, 3 audited (coverage 0.75), 1801-0004 audited in 2566 only', () => {
    for (const [, d] of versions) {
      const y = year(d.provinces, '18', 2567);
      expect([y.active, y.audited, y.coverage, y.notAudited]).toEqual([4, 3, 0.75, ['1801-0004']]);
    }
  });
});
