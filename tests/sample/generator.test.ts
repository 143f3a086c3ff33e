import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CRITERIA } from '../../src/lib/health/default-criteria';
import { scoreAudit } from '../../src/lib/health/score';
import { GROUP_ID } from '../../src/lib/schema/records';
import { apportion } from '../../src/sample/apportion';
import type { ProvinceSample } from '../../src/sample/types';
import { parseSampleArgs } from '../../src/sample/options';
import { isValidNationalId, nationalIdCheckDigit } from '../../src/sample/people';
import { Rng } from '../../src/sample/prng';
import { beDateText } from '../../src/sample/thai-text';
import { fiscalYearOf } from '../../src/lib/thai/fiscal-year';
import { bookWorkbook, officerStyle, xlsxBytes } from '../../src/sample/workbooks';
import { generateAll } from '../../src/sample/write';

const sha = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex');
const bundled = () => generateAll(parseSampleArgs(['--preset', 'bundled']));
const allAudits = (ps: ProvinceSample[]) => ps.flatMap((p) => p.audits);
const allGroups = (ps: ProvinceSample[]) => ps.flatMap((p) => p.groups);

describe('prng', () => {
  it('is deterministic for a string seed and differs between seeds', () => {
    const a = new Rng('omsap');
    const b = new Rng('omsap');
    const c = new Rng('omsap2');
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('determinism', () => {
  it('same seed → identical records (hash of the records JSON)', async () => {
    const [a, b] = [await bundled(), await bundled()];
    expect(sha(a)).toBe(sha(b));
  });

  it('another seed → other records', async () => {
    const a = await generateAll(parseSampleArgs(['--province', '60', '--groups', '40', '--seed', 'one']));
    const b = await generateAll(parseSampleArgs(['--province', '60', '--groups', '40', '--seed', 'two']));
    expect(sha(a)).not.toBe(sha(b));
  });

  it('xlsx writes are byte-identical (SheetJS embeds no timestamp)', async () => {
    const a = allAudits(await bundled())[0]!;
    const style = officerStyle(new Rng('s'));
    // The clock moves a year and a half between the writes (far past the 2-second resolution of zip timestamps).
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2024-01-01T00:00:00Z'));
      const x = xlsxBytes(bookWorkbook(a, style, 'seed'));
      vi.setSystemTime(new Date('2025-06-30T13:47:11Z'));
      const y = xlsxBytes(bookWorkbook(a, style, 'seed'));
      expect(Buffer.compare(x, y)).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('national ids', () => {
  it('check digit by hand: 1 2 3 4 5 6 7 8 9 0 1 2 → Σ d×(13−i) = 352, 352 mod 11 = 0, (11 − 0) mod 10 = 1', () => {
    expect(nationalIdCheckDigit('123456789012')).toBe(1);
    expect(isValidNationalId('1234567890121')).toBe(true);
    expect(isValidNationalId('1-2345-67890-12-1')).toBe(true);
    expect(isValidNationalId('1234567890122')).toBe(false);
    expect(isValidNationalId('123456789012')).toBe(false);
  });

  it('every generated national id has 13 digits and a valid checksum; private columns are all filled', async () => {
    const groups = allGroups(await bundled());
    expect(groups.length).toBe(165);
    for (const g of groups) {
      expect(isValidNationalId(g.nationalId), g.nationalId).toBe(true);
      expect(g.nationalId.replace(/-/g, '')).toMatch(/^\d{13}$/);
      expect(g.chair).toMatch(/^(นาย|นาง|นางสาว)\S+ \S+$/);
      expect(g.phone).toMatch(/^0[689]\d-?\d{3}-?\d{4}$/);
      expect(g.address).toContain(`ต.${g.subdistrict.name}`);
    }
  });
});

describe('shape of the data', () => {
  it('group ids are unique, valid and province (2) + district (2) + running (3)', async () => {
    const groups = allGroups(await generateAll(parseSampleArgs(['--groups', '2000'])));
    expect(new Set(groups.map((g) => g.id)).size).toBe(groups.length);
    for (const g of groups) {
      expect(g.id).toMatch(GROUP_ID);
      expect(g.id).toMatch(/^\d{7,}$/);
      expect(g.id.slice(0, 2)).toBe(g.province.code);
      expect(g.name.startsWith('กลุ่มออมทรัพย์เพื่อการผลิตบ้าน')).toBe(true);
    }
    // Bangkok has no CDD savings groups; all other 76 provinces get some.
    expect(new Set(groups.map((g) => g.province.code)).size).toBe(76);
    expect(groups.some((g) => g.province.code === '10')).toBe(false);
  });

  it('apportions by weight with a minimum each', () => {
    expect(apportion([1, 1, 2], 8, 1)).toEqual([2, 2, 4]);
    expect(apportion([5, 1], 3, 1)).toEqual([2, 1]);
    expect(apportion([1, 1, 1], 2, 1)).toEqual([1, 1, 0]);
  });

  it('bundled: all 15 districts of นครสวรรค์, every level, both red flags, incomplete, no-loan, inactive, dissolved, plans', async () => {
    const ps = await bundled();
    const groups = allGroups(ps);
    const audits = allAudits(ps).filter((a) => !a.fault);
    expect(new Set(groups.map((g) => g.district.code)).size).toBe(15);
    expect(groups.every((g) => g.province.name === 'นครสวรรค์')).toBe(true);
    const levels = new Set(audits.map((a) => a.expected.level));
    expect([...levels].sort()).toEqual([1, 2, 3, null].sort());
    expect(audits.some((a) => a.expected.redFlags.includes('B1'))).toBe(true);
    expect(audits.some((a) => a.expected.redFlags.includes('F1'))).toBe(true);
    expect(audits.some((a) => a.expected.noLoans)).toBe(true);
    expect(groups.some((g) => g.status === 'inactive')).toBe(true);
    expect(groups.some((g) => g.status === 'dissolved')).toBe(true);
    for (const fy of [2566, 2567]) {
      const active = groups.filter((g) => g.status === 'active').length;
      const n = audits.filter((a) => a.fiscalYear === fy).length;
      expect(n / active).toBeGreaterThan(0.78);
      expect(n / active).toBeLessThan(0.95);
    }
    expect(new Set(audits.filter((a) => a.layout === 'batch' && a.fiscalYear === 2567).map((a) => a.file)).size).toBe(2);
    // Plans: level 2–3 books carry 2–3 rows, owners are roles, due dates after the audit.
    const planned = audits.filter((a) => a.layout === 'book' && (a.expected.level === 2 || a.expected.level === 3));
    expect(planned.length).toBeGreaterThan(50);
    for (const a of planned) {
      expect(a.plan.length).toBeGreaterThanOrEqual(2);
      expect(a.plan.length).toBeLessThanOrEqual(3);
      for (const p of a.plan) {
        expect(p.owner).not.toMatch(/^(นาย|นาง)/);
        expect(p.due > a.date).toBe(true);
      }
    }
  });

  it('audit dates fall in their fiscal year; expected results are the scorer’s', async () => {
    for (const a of allAudits(await bundled())) {
      expect(fiscalYearOf(a.date)).toBe(a.fiscalYear);
      expect(a.statementDate <= a.date).toBe(true);
      const s = scoreAudit({ groupId: a.groupId, date: a.date, fiscalYear: a.fiscalYear, financials: a.financials, answers: a.answers, plan: [], source: { file: a.file, cells: {} } }, DEFAULT_CRITERIA);
      expect(s.level).toBe(a.expected.level);
      const f = a.financials;
      expect(f.overdue!).toBeLessThanOrEqual(f.loans_outstanding!);
      expect(f.regular_savers!).toBeLessThanOrEqual(f.members_end!);
    }
  });

  it('national level spread is realistic: about 35 % level 1, 40 % level 2, 25 % level 3', async () => {
    const audits = allAudits(await generateAll(parseSampleArgs(['--groups', '3000']))).filter((a) => !a.fault);
    const share = (l: number | null) => audits.filter((a) => a.expected.level === l).length / audits.length;
    const spread = { 1: share(1), 2: share(2), 3: share(3), incomplete: share(null) };
    console.log('level spread (3000 groups × 2 years):', Object.entries(spread).map(([k, v]) => `${k} ${(100 * v).toFixed(1)}%`).join(', '));
    expect(spread[1]).toBeGreaterThan(0.28);
    expect(spread[1]).toBeLessThan(0.42);
    expect(spread[2]).toBeGreaterThan(0.33);
    expect(spread[2]).toBeLessThan(0.47);
    expect(spread[3]).toBeGreaterThan(0.18);
    expect(spread[3]).toBeLessThan(0.32);
    expect(spread.incomplete).toBeLessThan(0.05);
  });

  it('writes BE dates the way officers do', () => {
    expect(beDateText('2024-07-15', 'abbr')).toBe('15 ก.ค. 2567');
    expect(beDateText('2024-06-28', 'slash')).toBe('28/6/2567');
    expect(beDateText('2016-06-28', 'thaiDigitsAbbr')).toBe('๒๘ มิ.ย. ๒๕๕๙');
    expect(beDateText('2016-06-28', 'long')).toBe('28 มิถุนายน พ.ศ. 2559');
    expect(fiscalYearOf('2023-10-01')).toBe(2567);
    expect(fiscalYearOf('2024-09-30')).toBe(2567);
  });
});
