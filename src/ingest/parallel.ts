/**
 * Runs the per-file parse (ingestFile) over many files: each file's bytes are read once and hashed, the cache
 * answers the files it has seen, and the rest are parsed in worker threads (or in this thread for a handful).
 * Results come back in the order of `files`, whatever the workers' timing, so the output is deterministic.
 */
import { availableParallelism } from 'node:os';
import { deserialize, serialize } from 'node:v8';
import type { Criteria } from '../lib/schema/criteria';
import type { Divisions } from '../lib/thai/index';
import { IngestCache, storeParsed } from './cache';
import { cacheVersion, type EntryKey, entryKey, isCacheable } from './cache-key';
import type { FoundFile } from './discover';
import { MAX_FILE_BYTES } from './limits';
import { type ReadResult, readDataFile } from './read-file';
import { ParsePool } from './workers/pool';
import type { Task } from './workers/protocol';
import type { IngestFileFn, ParseOptions, ParseStats, ParsedFile } from './types';

const DATA_TYPES = new Set(['xlsx', 'xls', 'ods', 'csv', 'txt']);

/** A data file's bytes (bounded, never through a link), or undefined when the file system refused: ingestFile reports it. */
function tryRead(f: FoundFile): ReadResult | undefined {
  try {
    return readDataFile(f.abs);
  } catch {
    return undefined;
  }
}
export const MIN_PARALLEL = 20;

export async function parseFiles(
  files: readonly FoundFile[],
  shared: { criteria: Criteria; divisions: Divisions; divisionsDigest?: string },
  opts: ParseOptions,
  ingestFile: IngestFileFn,
): Promise<{ parsed: ParsedFile[]; stats: ParseStats }> {
  const cache = opts.cacheDir ? new IngestCache(opts.cacheDir) : undefined;
  const version = cache ? cacheVersion(shared.criteria, shared.divisionsDigest ?? '') : '';
  const size = Math.max(0, Math.floor(opts.workers ?? availableParallelism()));
  const minParallel = opts.minParallel ?? MIN_PARALLEL;
  const out: (ParsedFile | undefined)[] = new Array(files.length);
  const stats: ParseStats = { dataFiles: 0, reused: 0, parsed: 0, workers: 0, pruned: 0 };
  const keep = new Set<string>();
  const writer = cache?.writer('main');
  const emptyCache = cache !== undefined && cache.size === 0;
  const serialized: (Buffer | undefined)[] = new Array(files.length);
  let done = 0;
  const tick = () => opts.onProgress?.(++done, files.length);

  /** Parse in this thread (few files, a dead worker's tasks, or workers off). Only data files are ever read. */
  const local = async (t: Task, got?: ReadResult): Promise<void> => {
    const read = got ?? (DATA_TYPES.has(t.file.type) && t.file.size <= MAX_FILE_BYTES ? tryRead(t.file) : undefined);
    const pv = new Set<string>();
    const outcome = await ingestFile(t.file, { criteria: shared.criteria, divisions: shared.divisions, privateValues: pv, criteriaAllowed: false, read: () => read });
    // Kept serialised until the end, as workers' results are: tens of thousands of live outcomes on the heap
    // made every garbage collection of a single-thread national run slower.
    const data = serialize({ outcome, privateValues: [...pv] } satisfies ParsedFile);
    if (writer) storeParsed(writer, t, version, read?.ok ? read.bytes : undefined, outcome, data);
    serialized[t.i] = data;
    tick();
  };

  let pool: ParsePool | undefined;
  let orphans: Task[] = [];
  /** Misses held (with their bytes) until there are enough of them to start workers. */
  let held: { t: Task; read?: ReadResult }[] = [];

  for (let i = 0; i < files.length; i++) {
    const f = files[i]!;
    // Once workers run, let the event loop in now and then: this loop is synchronous (read, hash, look up), and
    // without a pause the workers' "ready" and results wait until it has seen every file (~2 s at 46,000 files
    // with the workers idle; DESIGN §12's parallel speed-up).
    if (pool && (i & 31) === 0) await new Promise<void>((r) => setImmediate(r));
    if (!DATA_TYPES.has(f.type)) {
      // Lock, system, other files, links and special files: never read, nothing worth caching.
      await local({ i, file: f });
      continue;
    }
    stats.dataFiles++;
    let read: ReadResult | undefined;
    let key: EntryKey | undefined;
    // An empty cache answers nothing: with workers, leave reading and hashing to them (the main thread's reads
    // took CPU from the two workers on two cores). Without workers the bytes are read here anyway.
    if (cache && f.size <= MAX_FILE_BYTES && (!emptyCache || size <= 1)) {
      read = tryRead(f);
      if (read?.ok) {
        key = entryKey(version, f.path, f.type, read.bytes);
        keep.add(key.name);
        const hit = cache.get<ParsedFile>(key);
        // An entry that records an internal failure (written by an older build) is parsed again, never replayed.
        if (hit && hit.outcome?.report?.path === f.path && isCacheable(hit.outcome)) {
          out[i] = hit;
          stats.reused++;
          tick();
          continue;
        }
      }
    }
    stats.parsed++;
    const t: Task = { i, file: f, ...(key ? { entry: { name: key.name, key: new Uint8Array(key.key) } } : {}) };
    if (pool) pool.push(t);
    else if (size <= 1) {
      // No workers will start: parse now. Holding every miss's bytes for later (as for the first misses of a
      // parallel run) kept all 733 MB of a national run's workbooks in memory and made the parse pay for it in GC.
      await local(t, read);
    } else {
      held.push({ t, ...(read ? { read } : {}) });
      if (held.length >= minParallel) {
        stats.workers = size;
        pool = new ParsePool(
          size,
          { ...shared, ...(opts.cacheDir ? { cacheDir: opts.cacheDir, version } : {}) },
          (k, data) => {
            out[k] = deserialize(data) as ParsedFile;
            tick();
          },
          (tasks) => {
            for (const t of tasks) orphans.push(t); // never push(...tasks): a dead worker may leave thousands
          },
        );
        for (const h of held) pool.push(h.t); // workers read the bytes again (page cache); drop ours
        held = [];
      }
    }
  }

  if (pool) {
    try {
      await pool.drain();
    } finally {
      await pool.close();
    }
    for (const t of orphans) await local(t);
    orphans = [];
  } else {
    for (const h of held) await local(h.t, h.read);
  }
  writer?.close();
  // Nothing can be stale when the cache started empty (and `keep` does not name the entries workers keyed).
  if (cache && !emptyCache) stats.pruned = cache.finish(keep);

  const parsed: ParsedFile[] = [];
  for (let i = 0; i < files.length; i++) {
    const raw = serialized[i];
    const p = out[i] ?? (raw ? (deserialize(raw) as ParsedFile) : undefined);
    serialized[i] = undefined;
    if (!p) throw new Error(`ingest: no result for ${files[i]!.path}`);
    parsed.push(p);
  }
  return { parsed, stats };
}
