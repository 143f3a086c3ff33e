/**
 * Reliability (DESIGN §9): same input → byte-identical dist; a failed build leaves the previous dist
 * byte-identical; data/ and content/ are never written. Builds run once per scenario, from the bundled
 * sample data through the real pipeline.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffTrees, hashTree, runBuild, type Run } from './helpers';

const base = mkdtempSync(join(tmpdir(), 'omsap-build-'));
const distA = join(base, 'a', 'dist');
const distB = join(base, 'b', 'dist');
const common = (n: string) => ['--state', join(base, n, 'state'), '--reports', join(base, n, 'reports')];
let first: Run;
let second: Run;
let inputBefore: Map<string, string>;
let inputAfter: Map<string, string>;

const inputs = (): Map<string, string> => {
  const out = new Map<string, string>();
  for (const dir of ['data', 'content']) for (const [k, v] of hashTree(dir)) out.set(`${dir}/${k}`, v);
  return out;
};

beforeAll(async () => {
  inputBefore = inputs();
  first = await runBuild(['--out', distA, ...common('a')]);
  second = await runBuild(['--out', distB, ...common('b')]);
  inputAfter = inputs();
}, 300_000);

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('build', () => {
  it('builds the sample data, printing a line per phase and a summary', () => {
    expect(first.code, first.stderr).toBe(0);
    for (const phase of ['[1/7]', '[2/7]', '[3/7]', '[4/7]', '[5/7]', '[6/7]', '[7/7]']) expect(first.stdout).toContain(phase);
    expect(first.stdout).toMatch(/files: \d+ \(ใช้ได้ used \d+, บางส่วน partly used \d+, ปฏิเสธ rejected \d+/);
    expect(first.stdout).toMatch(/pages written: \d+/);
    expect(first.stdout).toContain('data-quality.html');
  });

  it('same input → byte-identical dist (every file hashed)', () => {
    expect(second.code, second.stderr).toBe(0);
    const a = hashTree(distA);
    const b = hashTree(distB);
    expect(a.size).toBeGreaterThan(100);
    expect(diffTrees(a, b)).toEqual([]);
  });

  it('never writes into data/ or content/', () => {
    expect(inputAfter.size).toBeGreaterThan(0);
    expect(diffTrees(inputBefore, inputAfter)).toEqual([]);
  });

  it('--strict exits 1 on data errors (the sample data has planted ones) and still builds the site', async () => {
    const out = join(base, 's', 'dist');
    const r = await runBuild(['--strict', '--out', out, ...common('s')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--strict');
    expect(readdirSync(out)).toContain('index.html');
  }, 120_000);

  it.each(['astro', 'pagefind', 'gate', 'swap'])('a failure at %s leaves the previous dist byte-identical', async (phase) => {
    const before = hashTree(distA);
    const r = await runBuild(['--out', distA, ...common('a')], { OMSAP_FAIL_AT: phase });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`phase "${phase}"`);
    expect(diffTrees(before, hashTree(distA))).toEqual([]);
    expect(readdirSync(join(base, 'a')).filter((n) => n.startsWith('.dist-tmp-'))).toEqual([]);
  }, 120_000);

  it('a corrupt dataset fails before any page, leaving dist untouched', async () => {
    const before = hashTree(distA);
    const bad = join(base, 'corrupt.json');
    writeFileSync(bad, '{"schemaVersion": 1, "groups": [');
    const r = await runBuild(['--dataset', bad, '--out', distA, ...common('a')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/phase "ingest"|JSON/);
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, criteria: 'omsap-2567', groups: 'no' }));
    const r2 = await runBuild(['--dataset', bad, '--out', distA, ...common('a')]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('DatasetSchema');
    expect(diffTrees(before, hashTree(distA))).toEqual([]);
  }, 120_000);
});
