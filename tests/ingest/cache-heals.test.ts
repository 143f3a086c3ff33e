/**
 * State that heals (issue 10, item 8): a damaged divisions cache or cache entry is detected and rebuilt, an
 * internal failure is never stored nor replayed, and the cache key covers the code and the divisions table.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestCache } from '../../src/ingest/cache';
import { cacheVersion, codeFingerprint, entryKey } from '../../src/ingest/cache-key';
import { cachedDivisions } from '../../src/ingest/divisions-cache';
import { discover } from '../../src/ingest/discover';
import { loadDivisions } from '../../src/ingest/divisions';
import { ingest } from '../../src/ingest/index';
import { ingestFile } from '../../src/ingest/ingest-file';
import type { FileOutcome } from '../../src/ingest/types';
import { parseFiles } from '../../src/ingest/parallel';
import { DEFAULT_CRITERIA } from '../../src/lib/health/default-criteria';
import { makeIssue } from '../../src/lib/issues/make-issue';
import { dataDir, fx } from './helpers';

const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));
const REGISTRY = { 'registry/registry.xlsx': fx('registry.xlsx') };

/** loadDivisions, counting its calls (the cache must call it only when it has nothing valid). */
function countingLoad() {
  const load = async () => {
    load.calls++;
    return loadDivisions();
  };
  load.calls = 0;
  return load;
}

const divisionsFile = (dir: string) => join(dir, readdirSync(dir).find((n) => n.startsWith('divisions-') && n.endsWith('.json'))!);

describe('the divisions cache', () => {
  const corruptions: [string, (text: string) => string][] = [
    ['truncated', (t) => t.slice(0, Math.floor(t.length / 2))],
    ['garbage', () => '\u0000\u00ff not json at all {{{'],
    ['valid JSON of the wrong shape', () => JSON.stringify({ provinces: [], districts: 'x' })],
    ['the right header over an edited table', (t) => t.replace('"กรุงเทพมหานคร"', '"กรุงเทพ"')],
    ['a table with a matching digest but the wrong shape', () => {
      const body = JSON.stringify({ provinces: [{ code: '10' }], districts: [], subdistricts: [] });
      const sha = createHash('sha256').update(body).digest('hex');
      return `${JSON.stringify({ format: 'omsap-divisions-3', sha256: sha })}\n${body}`;
    }],
    // Format 2 held the package's codes (Bueng Kan 97, its districts "97-…"): a cache of it is rebuilt, never read.
    ['a valid table of the previous format (the package’s codes)', (t) => {
      const body = t.slice(t.indexOf('\n') + 1).replace('"code":"38","name":"บึงกาฬ"', '"code":"97","name":"บึงกาฬ"');
      const sha = createHash('sha256').update(body).digest('hex');
      return `${JSON.stringify({ format: 'omsap-divisions-2', sha256: sha })}\n${body}`;
    }],
  ];

  it.each(corruptions)('%s: detected, rebuilt from the package, and valid again afterwards', async (_name, corrupt) => {
    const dir = tmp('omsap-divisions-');
    const real = await loadDivisions();
    const first = countingLoad();
    const made = await cachedDivisions(dir, first);
    expect(first.calls).toBe(1);
    const file = divisionsFile(dir);
    writeFileSync(file, corrupt(readFileSync(file, 'utf8')));

    const again = countingLoad();
    const healed = await cachedDivisions(dir, again);
    expect(again.calls).toBe(1);
    expect(healed.divisions).toEqual(real);
    expect(healed.digest).toBe(made.digest);
    const third = countingLoad();
    expect((await cachedDivisions(dir, third)).divisions).toEqual(real);
    expect(third.calls).toBe(0);
  });

  it('a corrupt divisions cache never turns rows into internal errors, in a fresh or a warm ingest cache', async () => {
    const data = dataDir(REGISTRY);
    const divisionsCacheDir = tmp('omsap-divisions-');
    const cacheDir = tmp('omsap-cache-');
    const clean = await ingest(data, { workers: 1 });
    expect(clean.registry.map((g) => g.id)).toEqual(['6001001', '6001002', '6003003']);
    await ingest(data, { workers: 1, cacheDir, divisionsCacheDir });
    // As in the field: valid JSON of the wrong shape left by an interrupted or older build.
    writeFileSync(divisionsFile(divisionsCacheDir), JSON.stringify({ provinces: {}, districts: {}, subdistricts: {} }));
    for (const c of [cacheDir, tmp('omsap-cache-')]) {
      const r = await ingest(data, { workers: 1, cacheDir: c, divisionsCacheDir });
      expect(r.issues.filter((i) => i.code === 'E_READ_FAILED')).toEqual([]);
      expect(r.registry).toEqual(clean.registry);
      expect(r.issues).toEqual(clean.issues);
    }
  });
});

describe('the ingest cache', () => {
  const failed = (f: { path: string }): FileOutcome => ({
    report: { path: f.path, kind: 'unknown', rows: 0 },
    read: 'refused',
    issues: [makeIssue('E_READ_FAILED', { file: f.path, found: 'Cannot read properties of undefined' })],
    registry: [],
    audits: [],
    rejectedRows: [],
    lost: true,
  });

  it('never stores an outcome that records an internal failure: the next run parses the file again', async () => {
    const data = dataDir(REGISTRY);
    const cacheDir = tmp('omsap-cache-');
    const files = await discover(data);
    const shared = { criteria: DEFAULT_CRITERIA, divisions: await loadDivisions(), divisionsDigest: 'd' };
    const broken = await parseFiles(files, shared, { cacheDir, workers: 1 }, async (f) => failed(f));
    expect(broken.parsed[0]!.outcome.issues.map((i) => i.code)).toEqual(['E_READ_FAILED']);
    expect(new IngestCache(cacheDir).size).toBe(0);
    const fixed = await parseFiles(files, shared, { cacheDir, workers: 1 }, ingestFile);
    expect(fixed.stats).toMatchObject({ dataFiles: 1, reused: 0, parsed: 1 });
    expect(fixed.parsed[0]!.outcome.registry.map((g) => g.id)).toEqual(['6001001', '6001002', '6003003']);
    // A good outcome is stored and reused (the control).
    const warm = await parseFiles(files, shared, { cacheDir, workers: 1 }, ingestFile);
    expect(warm.stats).toMatchObject({ reused: 1, parsed: 0 });
  });

  it('an internal failure stored by an older build is parsed again, never replayed', async () => {
    const data = dataDir(REGISTRY);
    const cacheDir = tmp('omsap-cache-');
    const divisionsCacheDir = tmp('omsap-divisions-');
    const { digest } = await cachedDivisions(divisionsCacheDir, loadDivisions);
    const [file] = await discover(data);
    const key = entryKey(cacheVersion(DEFAULT_CRITERIA, digest), file!.path, file!.type, readFileSync(file!.abs));
    const w = new IngestCache(cacheDir).writer('older-build');
    w.put(key, { outcome: failed(file!), privateValues: [] });
    w.close();
    const r = await ingest(data, { workers: 1, cacheDir, divisionsCacheDir });
    expect(r.stats).toMatchObject({ reused: 0, parsed: 1 });
    expect(r.issues.map((i) => i.code)).toEqual(['W_UNKNOWN_COLUMN']);
  });

  it('the key covers the divisions table and the code: either changing misses every entry', () => {
    const code = codeFingerprint();
    expect(cacheVersion(DEFAULT_CRITERIA, 'digest-a', code)).not.toBe(cacheVersion(DEFAULT_CRITERIA, 'digest-b', code));
    expect(cacheVersion(DEFAULT_CRITERIA, 'digest-a', code)).toBe(cacheVersion(DEFAULT_CRITERIA, 'digest-a', code));
    // A copy of src/ingest and src/lib with one comment added has another fingerprint.
    const src = tmp('omsap-src-');
    for (const d of ['ingest', 'lib']) cpSync(resolve('src', d), join(src, d), { recursive: true });
    const before = codeFingerprint(src);
    expect(before).toBe(code);
    const copy = tmp('omsap-src-');
    cpSync(src, copy, { recursive: true });
    writeFileSync(join(copy, 'lib/thai/digits.ts'), `${readFileSync(join(copy, 'lib/thai/digits.ts'), 'utf8')}\n// changed\n`);
    expect(codeFingerprint(copy)).not.toBe(before);
  });
});
