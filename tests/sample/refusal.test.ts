import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { outputRefusal, parseSampleArgs, UsageError } from '../../src/sample/options';
import { runSample } from '../../src/sample/write';

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'omsap-refuse-'));
  fs.mkdirSync(path.join(tmp, 'data'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

const small = (...extra: string[]) => parseSampleArgs(['--province', '60', '--groups', '20', ...extra]);

describe('sample refusal rules', () => {
  it('refuses data/ unless --out data is given explicitly; never a folder inside data/', () => {
    const data = path.join(tmp, 'data');
    expect(outputRefusal({ out: 'data', outGiven: false, force: false }, tmp, data, true)).toMatch(/refusing to write into/);
    expect(outputRefusal({ out: 'data/x', outGiven: true, force: false }, tmp, data, true)).toMatch(/refusing to write into/);
    expect(outputRefusal({ out: './data/', outGiven: true, force: false }, tmp, data, true)).toBeNull();
    expect(outputRefusal({ out: 'elsewhere', outGiven: true, force: false }, tmp, data, true)).toBeNull();
  });

  it('refuses a non-empty folder without --force, also data/', () => {
    const data = path.join(tmp, 'data');
    expect(outputRefusal({ out: 'out', outGiven: true, force: false }, tmp, data, false)).toMatch(/not empty.*--force/);
    expect(outputRefusal({ out: 'out', outGiven: true, force: true }, tmp, data, false)).toBeNull();
    expect(outputRefusal({ out: 'data', outGiven: true, force: false }, tmp, data, false)).toMatch(/not empty/);
  });

  it('runSample obeys the rules and leaves the refused folder untouched', async () => {
    const data = path.join(tmp, 'data');
    fs.writeFileSync(path.join(data, 'mine.xlsx'), 'officer file');
    const env = { cwd: tmp, dataDir: data };
    await expect(runSample({ ...small(), out: 'data/sample' , outGiven: true }, env)).rejects.toThrow(/refusing to write into/);
    await expect(runSample(small('--out', 'data'), env)).rejects.toThrow(/not empty/);
    expect(fs.readdirSync(data)).toEqual(['mine.xlsx']);

    const s = await runSample(small('--out', 'out'), env);
    expect(s.files).toBeGreaterThan(10);
    await expect(runSample(small('--out', 'out'), env)).rejects.toThrow(/not empty/);
    const again = await runSample(small('--out', 'out', '--force'), env);
    expect(again.files).toBe(s.files);

    // --out data --force replaces only the sample's own entries.
    await runSample(small('--out', 'data', '--force'), env);
    expect(fs.readdirSync(data).sort()).toEqual(['PLANTED.md', 'audits', 'mine.xlsx', 'registry']);
  });

  it('parses options and rejects bad ones', () => {
    const o = parseSampleArgs(['--groups', '30000', '--years', '2', '--layout', 'mixed', '--seed', 'x', '--out', '/tmp/o']);
    expect(o).toMatchObject({ groups: 30000, fiscalYears: [2566, 2567], layout: 'mixed', seed: 'x', out: '/tmp/o', outGiven: true });
    expect(parseSampleArgs(['--years', '2565,2567']).fiscalYears).toEqual([2565, 2567]);
    expect(parseSampleArgs([]).outGiven).toBe(false);
    expect(() => parseSampleArgs(['--groups', 'many'])).toThrow(UsageError);
    expect(() => parseSampleArgs(['--layout', 'pdf'])).toThrow(UsageError);
    expect(() => parseSampleArgs(['--preset', 'bundled', '--groups', '5'])).toThrow(/fixes --groups/);
    expect(() => parseSampleArgs(['--bogus'])).toThrow("cannot read the command line (Unknown option '--bogus') — the options are: --groups, --years, --out, --layout, --seed, --province, --preset, --force, --help");
  });
});
