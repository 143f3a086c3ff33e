/**
 * Parallel ingest and the content-hash cache (DESIGN §12, issue #7): same result as a single-thread,
 * no-cache run, whatever the worker timing, the cache state, or which files changed. No timing is asserted.
 */
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byRootCause } from '../../src/ingest/file-status';
import { ingest } from '../../src/ingest/index';
import { wholeFile } from '../../src/ingest/whole-cache';
import { DEFAULT_CRITERIA } from '../../src/lib/health/default-criteria';
import { runPipeline } from '../../src/pipeline';
import { comparable, sampleData, tmpDir } from './helpers';

// One province, books and batches: ~60 workbooks, enough to start the worker pool (minParallel 20).
const SAMPLE = ['--groups', '40', '--years', '2', '--province', '60', '--layout', 'mixed', '--seed', 'scale-test'];

function workbooks(dir: string, sub: string): string[] {
  return readdirSync(join(dir, sub)).filter((n) => n.endsWith('.xlsx')).sort();
}

describe('parallel ingest', () => {
  it('gives exactly the single-thread result, in path order, with private values collected', async () => {
    const data = await sampleData(SAMPLE);
    const single = await ingest(data, { workers: 1 });
    const parallel = await ingest(data, { workers: 2, minParallel: 1 });
    expect(single.stats.workers).toBe(0);
    expect(parallel.stats.workers).toBe(2);
    expect(parallel.stats.parsed).toBe(single.stats.dataFiles);
    expect(single.files.length).toBeGreaterThan(40);
    expect(comparable(parallel)).toEqual(comparable(single));
    // Root causes first: the registry, then audits by path, then the rest.
    expect(parallel.files.map((f) => f.path)).toEqual([...parallel.files].sort(byRootCause).map((f) => f.path));
    expect(parallel.files[0]!.kind).toBe('registry');
    expect(parallel.privateValues.length).toBeGreaterThan(0);
  });

  it('runs workers from a child process started like npm run check (tsx), and says what it parsed', async () => {
    const data = await sampleData(SAMPLE);
    const state = tmpDir('omsap-scale-state-');
    const { spawnSync } = await import('node:child_process');
    const run = () =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', '--data', data, '--reports', join(state, 'reports'), '--state', state], {
        encoding: 'utf8',
        timeout: 300_000,
      });
    const cold = run();
    expect(cold.stderr).not.toMatch(/Error/);
    expect(cold.stdout).toMatch(/ingest: \d+ files \(0 reused from cache, \d+ parsed in \d+ worker threads\)/);
    const warm = run();
    expect(warm.stdout).toMatch(/ingest: (\d+) files \(\1 reused from cache, 0 parsed in one thread\)/);
  });
});

describe('content-hash cache', () => {
  it('reuses every unchanged file and gives the no-cache result', async () => {
    const data = await sampleData(SAMPLE);
    const cacheDir = tmpDir('omsap-scale-cache-');
    const fresh = await ingest(data, { workers: 1 });
    const cold = await ingest(data, { cacheDir, workers: 2, minParallel: 1 });
    expect(cold.stats.reused).toBe(0);
    const warm = await ingest(data, { cacheDir, workers: 2, minParallel: 1 });
    expect(warm.stats.parsed).toBe(0);
    expect(warm.stats.reused).toBe(warm.stats.dataFiles);
    // The cold run started empty, so the workers keyed the entries themselves: each is found again, none is stale.
    expect(warm.stats.pruned).toBe(0);
    expect(comparable(cold)).toEqual(comparable(fresh));
    expect(comparable(warm)).toEqual(comparable(fresh));
  });

  it('picks up a changed, an added and a removed file (compared with a from-scratch run)', async () => {
    const data = await sampleData(SAMPLE);
    const cacheDir = tmpDir('omsap-scale-cache-');
    await ingest(data, { cacheDir });
    const books = workbooks(data, 'audits/2567');
    expect(books.length).toBeGreaterThan(3);

    // Changed: another group's book copied over this one (its bytes, and so its records, differ).
    copyFileSync(join(data, 'audits/2567', books[1]!), join(data, 'audits/2567', books[0]!));
    let again = await ingest(data, { cacheDir });
    expect(again.stats.parsed).toBe(1);
    expect(comparable(again)).toEqual(comparable(await ingest(data, {})));

    // Added: a copy under a new name (a duplicate audit: the cross-file rules must see both).
    copyFileSync(join(data, 'audits/2567', books[2]!), join(data, 'audits/2567', 'copy of book.xlsx'));
    again = await ingest(data, { cacheDir });
    expect(again.stats.parsed).toBe(1);
    expect(again.files.some((f) => f.path === 'audits/2567/copy of book.xlsx')).toBe(true);
    expect(comparable(again)).toEqual(comparable(await ingest(data, {})));

    // Removed.
    rmSync(join(data, 'audits/2567', books[3]!));
    again = await ingest(data, { cacheDir });
    expect(again.stats.parsed).toBe(0);
    expect(again.stats.pruned).toBeGreaterThan(0);
    expect(again.files.some((f) => f.path === `audits/2567/${books[3]!}`)).toBe(false);
    expect(comparable(again)).toEqual(comparable(await ingest(data, {})));
    // The prune merged the live entries into one segment, read one segment at a time: nothing lost, nothing stale.
    expect(readdirSync(join(cacheDir, 'ingest')).filter((n) => n.endsWith('.pack'))).toHaveLength(1);
    const unchanged = await ingest(data, { cacheDir });
    expect([unchanged.stats.parsed, unchanged.stats.pruned, unchanged.stats.reused]).toEqual([0, 0, unchanged.stats.dataFiles]);

    // And the dataset built from the cached run is the dataset built from scratch.
    const cached = await runPipeline(data, { cacheDir });
    const scratch = await runPipeline(data, {});
    expect(cached.dataset).toEqual(scratch.dataset);
    expect(cached.issues).toEqual(scratch.issues);
  });

  it('misses when the criteria change (the version covers the criteria)', async () => {
    const data = await sampleData(SAMPLE);
    const cacheDir = tmpDir('omsap-scale-cache-');
    await ingest(data, { cacheDir, workers: 1 });
    const other = { ...DEFAULT_CRITERIA, incompleteAbovePoints: DEFAULT_CRITERIA.incompleteAbovePoints + 1 };
    const r = await ingest(data, { cacheDir, workers: 1, criteria: other });
    expect(r.stats.reused).toBe(0);
    expect(r.stats.parsed).toBe(r.stats.dataFiles);
  });

  it('a corrupt cache is only a miss, and entries hold no private value in plain text', async () => {
    const data = await sampleData(SAMPLE);
    const cacheDir = tmpDir('omsap-scale-cache-');
    const first = await ingest(data, { cacheDir, workers: 1 });
    const segs = readdirSync(join(cacheDir, 'ingest')).map((n) => join(cacheDir, 'ingest', n));
    expect(segs.length).toBeGreaterThan(0);
    const all = Buffer.concat(segs.map((s) => readFileSync(s)));
    for (const v of first.privateValues.filter((v) => v.length >= 6).slice(0, 50)) expect(all.includes(Buffer.from(v))).toBe(false);
    // Flip bytes in the middle of every segment: the damaged entries are parsed again, the result is unchanged.
    for (const s of segs) {
      const b = readFileSync(s);
      for (let i = Math.floor(b.length / 3); i < b.length; i += 997) b[i] = b[i]! ^ 0xff;
      writeFileSync(s, b);
    }
    rmSync(wholeFile(cacheDir)); // else the last run's whole result answers (tests/scale/ingest-whole-cache.test.ts)
    const r = await ingest(data, { cacheDir, workers: 1 });
    expect(r.stats.parsed).toBeGreaterThan(0);
    expect(comparable(r)).toEqual(comparable(first));
  });
});
