/**
 * The last run's whole result (src/ingest/whole-cache.ts): reused only when every entry under data/ is what that run
 * saw, sealed like the per-file entries, and never stored for files that changed while the run read them.
 */
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheVersion } from '../../src/ingest/cache-key';
import { discover } from '../../src/ingest/discover';
import { ingest } from '../../src/ingest/index';
import { loadWhole, storeWhole, wholeFile, wholeKey } from '../../src/ingest/whole-cache';
import { DEFAULT_CRITERIA } from '../../src/lib/health/default-criteria';
import { comparable, sampleData, tmpDir } from './helpers';

const SAMPLE = ['--groups', '12', '--years', '2', '--province', '60', '--layout', 'mixed', '--seed', 'whole-test'];

describe('the whole-result cache', () => {
  it('answers an unchanged data folder by itself, with the result of a run without cache', async () => {
    const data = await sampleData(SAMPLE);
    const cacheDir = tmpDir('omsap-whole-');
    const fresh = await ingest(data, { workers: 1 });
    await ingest(data, { cacheDir, workers: 1 });
    // Without the per-file entries, only the whole result can answer every file.
    rmSync(join(cacheDir, 'ingest'), { recursive: true, force: true });
    const warm = await ingest(data, { cacheDir, workers: 1 });
    expect([warm.stats.parsed, warm.stats.reused]).toEqual([0, warm.stats.dataFiles]);
    expect(warm.stats.dataFiles).toBeGreaterThan(10);
    expect(comparable(warm)).toEqual(comparable(fresh));
  });

  it('misses when a file is added, even one that is not data, and when one byte of a workbook changes', async () => {
    const data = await sampleData(SAMPLE);
    const cacheDir = tmpDir('omsap-whole-');
    await ingest(data, { cacheDir, workers: 1 });
    writeFileSync(join(data, 'notes.pdf'), 'not data');
    const added = await ingest(data, { cacheDir, workers: 1 });
    expect(added.files.some((f) => f.path === 'notes.pdf')).toBe(true);

    const book = (await discover(data)).find((f) => f.type === 'xlsx' && f.path.startsWith('audits/'))!;
    appendFileSync(book.abs, Buffer.from([0])); // a trailing byte: the bytes differ, the size too
    const changed = await ingest(data, { cacheDir, workers: 1 });
    expect(changed.stats.parsed).toBe(1);
    expect(comparable(changed)).toEqual(comparable(await ingest(data, { workers: 1 })));
  });

  it('holds no private value in plain text, and a damaged entry is only a miss', async () => {
    const data = await sampleData(SAMPLE);
    const cacheDir = tmpDir('omsap-whole-');
    const first = await ingest(data, { cacheDir, workers: 1 });
    const sealed = readFileSync(wholeFile(cacheDir));
    const names = first.privateValues.filter((v) => v.length >= 6);
    expect(names.length).toBeGreaterThan(5);
    for (const v of names) expect(sealed.includes(Buffer.from(v))).toBe(false);

    const mid = Math.floor(sealed.length / 2);
    sealed[mid] = sealed[mid]! ^ 0xff;
    writeFileSync(wholeFile(cacheDir), sealed);
    const files = await discover(data);
    expect(loadWhole(cacheDir, wholeKey(files, cacheVersion(DEFAULT_CRITERIA, 'any')))).toBeUndefined();
    const again = await ingest(data, { cacheDir, workers: 1 });
    expect(comparable(again)).toEqual(comparable(first));
  });

  it('is not stored when a file changed after it was hashed', async () => {
    const data = await sampleData(SAMPLE);
    const cacheDir = tmpDir('omsap-whole-');
    const result = await ingest(data, { workers: 1 });
    const files = await discover(data);
    const key = wholeKey(files, 'v');
    appendFileSync(files.find((f) => f.type === 'xlsx')!.abs, Buffer.from([0]));
    storeWhole(cacheDir, key, files, result);
    expect(() => readFileSync(wholeFile(cacheDir))).toThrow();
    // Unchanged since hashing: stored, and read back under the same key only.
    const now = await discover(data);
    const fresh = wholeKey(now, 'v');
    storeWhole(cacheDir, fresh, now, result);
    expect(comparable(loadWhole(cacheDir, fresh)!)).toEqual(comparable(result));
    expect(loadWhole(cacheDir, wholeKey(now, 'another version'))).toBeUndefined();
  });
});
