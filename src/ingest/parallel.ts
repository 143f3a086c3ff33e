/**
 * Runs the per-file parse (ingestFile) over many files: each file's bytes are read once and hashed, the cache
 * answers the files it has seen, and the rest are parsed in worker threads (or in this thread for a handful).
 * Results come back in the order of `files`, whatever the workers' timing, so the output is deterministic.
 */
import { availableParallelism } from 'node:os';
import { deserialize, serialize } from 'node:v8';
import type { Criteria } from '../lib/schema/criteria';
import type { Divisions } from '../lib/thai/index';
import { IngestCache, type SegmentWriter, storeParsed } from './cache';
import { cacheVersion, type EntryKey, entryKey, entryKeyOf, isCacheable } from './cache-key';
import { DATA_TYPES, type FoundFile } from './discover';
import { MAX_FILE_BYTES } from './limits';
import { type ReadResult, readDataFile } from './read-file';
import { ParsePool } from './workers/pool';
import type { Task } from './workers/protocol';
import type { IngestFileFn, ParseOptions, ParseStats, ParsedFile } from './types';

/** A data file's bytes (bounded, never through a link), or undefined when the file system refused: ingestFile reports it. */
function tryRead(f: FoundFile): ReadResult | undefined {
  try {
    return readDataFile(f.abs);
  } catch {
    return undefined;
  }
}
export const MIN_PARALLEL = 20;

/**
 * What every parse shares: the criteria in force and the divisions table (its digest keys the cache), and the content
 * hashes of the files already hashed (src/ingest/whole-cache.ts): those are keyed without being read here.
 */
export type ParseShared = { criteria: Criteria; divisions: Divisions; divisionsDigest?: string; digests?: ReadonlyMap<string, Buffer> };

export async function parseFiles(
  files: readonly FoundFile[],
  shared: ParseShared,
  opts: ParseOptions,
  ingestFile: IngestFileFn,
): Promise<{ parsed: ParsedFile[]; stats: ParseStats }> {
  const run = new ParseRun(files, shared, opts, ingestFile);
  for (let i = 0; i < files.length; i++) {
    // Once workers run, let the event loop in now and then: this loop is synchronous (read, hash, look up), and
    // without a pause the workers' "ready" and results wait until it has seen every file (~2 s at 46,000 files
    // with the workers idle; DESIGN §12's parallel speed-up).
    if (run.pool && (i & 31) === 0) await new Promise<void>((r) => setImmediate(r));
    await run.take(i);
  }
  await run.finish();
  return { parsed: run.results(), stats: run.stats };
}

/** One parseFiles run: the cache, the results in file order, the pool once there are enough misses to start it. */
class ParseRun {
  readonly stats: ParseStats = { dataFiles: 0, reused: 0, parsed: 0, workers: 0, pruned: 0 };
  pool: ParsePool | undefined;
  private readonly cache: IngestCache | undefined;
  private readonly version: string;
  private readonly size: number;
  private readonly minParallel: number;
  private readonly out: (ParsedFile | undefined)[];
  private readonly keep = new Set<string>();
  private readonly writer: SegmentWriter | undefined;
  private readonly emptyCache: boolean;
  private readonly serialized: (Buffer | undefined)[];
  private done = 0;
  private orphans: Task[] = [];
  /** Misses held (with their bytes) until there are enough of them to start workers. */
  private held: { t: Task; read?: ReadResult }[] = [];

  constructor(
    private readonly files: readonly FoundFile[],
    private readonly shared: ParseShared,
    private readonly opts: ParseOptions,
    private readonly ingestFile: IngestFileFn,
  ) {
    this.cache = opts.cacheDir ? new IngestCache(opts.cacheDir) : undefined;
    this.version = this.cache ? cacheVersion(shared.criteria, shared.divisionsDigest ?? '') : '';
    this.size = Math.max(0, Math.floor(opts.workers ?? availableParallelism()));
    this.minParallel = opts.minParallel ?? MIN_PARALLEL;
    this.out = new Array(files.length);
    this.writer = this.cache?.writer('main');
    this.emptyCache = this.cache !== undefined && this.cache.size === 0;
    this.serialized = new Array(files.length);
  }

  private tick(): void {
    this.opts.onProgress?.(++this.done, this.files.length);
  }

  /** Parse in this thread (few files, a dead worker's tasks, or workers off). Only data files are ever read. */
  private async local(t: Task, got?: ReadResult): Promise<void> {
    const { criteria, divisions } = this.shared;
    const read = got ?? (DATA_TYPES.has(t.file.type) && t.file.size <= MAX_FILE_BYTES ? tryRead(t.file) : undefined);
    const pv = new Set<string>();
    const outcome = await this.ingestFile(t.file, { criteria, divisions, privateValues: pv, criteriaAllowed: false, read: () => read });
    // Kept serialised until the end, as workers' results are: tens of thousands of live outcomes on the heap
    // made every garbage collection of a single-thread national run slower.
    const data = serialize({ outcome, privateValues: [...pv] } satisfies ParsedFile);
    if (this.writer) storeParsed(this.writer, t, this.version, read?.ok ? read.bytes : undefined, outcome, data);
    this.serialized[t.i] = data;
    this.tick();
  }

  /** File i: reused from the cache, or parsed (here, or queued for the workers). */
  async take(i: number): Promise<void> {
    const f = this.files[i]!;
    if (!DATA_TYPES.has(f.type)) {
      // Lock, system, other files, links and special files: never read, nothing worth caching.
      await this.local({ i, file: f });
      return;
    }
    this.stats.dataFiles++;
    const { read, key, hit } = this.lookUp(f);
    if (hit) {
      this.out[i] = hit;
      this.stats.reused++;
      this.tick();
      return;
    }
    this.stats.parsed++;
    const t: Task = { i, file: f, ...(key ? { entry: { name: key.name, key: new Uint8Array(key.key) } } : {}) };
    if (this.pool) this.pool.push(t);
    else if (this.size <= 1) {
      // No workers will start: parse now. Holding every miss's bytes for later (as for the first misses of a
      // parallel run) kept all 733 MB of a national run's workbooks in memory and made the parse pay for it in GC.
      await this.local(t, read);
    } else {
      this.held.push({ t, ...(read ? { read } : {}) });
      if (this.held.length >= this.minParallel) this.startPool();
    }
  }

  /** A data file's bytes, key and cached result, when the cache is worth asking. */
  private lookUp(f: FoundFile): { read?: ReadResult; key?: EntryKey; hit?: ParsedFile } {
    if (!this.cache || f.size > MAX_FILE_BYTES) return {};
    const digest = this.shared.digests?.get(f.path);
    if (digest) {
      // Hashed already: a hit needs no bytes, a miss is read where it is parsed.
      const key = entryKeyOf(this.version, f.path, f.type, digest);
      const hit = this.reusable(f, key);
      return hit ? { key, hit } : { key };
    }
    // An empty cache answers nothing: with workers, leave reading and hashing to them (the main thread's reads
    // took CPU from the two workers on two cores). Without workers the bytes are read here anyway.
    if (this.emptyCache && this.size > 1) return {};
    const read = tryRead(f);
    if (!read?.ok) return read ? { read } : {};
    const key = entryKey(this.version, f.path, f.type, read.bytes);
    const hit = this.reusable(f, key);
    return hit ? { read, key, hit } : { read, key };
  }

  /** The cached result under this key, kept; never one that records an internal failure (an older build's). */
  private reusable(f: FoundFile, key: EntryKey): ParsedFile | undefined {
    this.keep.add(key.name);
    if (this.emptyCache) return undefined;
    const hit = this.cache!.get<ParsedFile>(key);
    return hit && hit.outcome?.report?.path === f.path && isCacheable(hit.outcome) ? hit : undefined;
  }

  private startPool(): void {
    this.stats.workers = this.size;
    this.pool = new ParsePool(
      this.size,
      { criteria: this.shared.criteria, divisions: this.shared.divisions, ...(this.opts.cacheDir ? { cacheDir: this.opts.cacheDir, version: this.version } : {}) },
      (k, data) => {
        this.out[k] = deserialize(data) as ParsedFile;
        this.tick();
      },
      (tasks) => {
        for (const t of tasks) this.orphans.push(t); // never push(...tasks): a dead worker may leave thousands
      },
      this.opts.workerHeapMb,
    );
    for (const h of this.held) this.pool.push(h.t); // workers read the bytes again (page cache); drop ours
    this.held = [];
  }

  /** Waits for the workers (a dead worker's tasks are parsed here), or parses what was held; closes the cache. */
  async finish(): Promise<void> {
    if (this.pool) {
      try {
        await this.pool.drain();
      } finally {
        await this.pool.close();
      }
      for (const t of this.orphans) await this.local(t);
      this.orphans = [];
    } else {
      for (const h of this.held) await this.local(h.t, h.read);
    }
    this.writer?.close();
    // Nothing can be stale when the cache started empty (and `keep` does not name the entries workers keyed).
    if (this.cache && !this.emptyCache) this.stats.pruned = this.cache.finish(this.keep);
  }

  /** Every file's result, in the order of the files. */
  results(): ParsedFile[] {
    const parsed: ParsedFile[] = [];
    for (let i = 0; i < this.files.length; i++) {
      const raw = this.serialized[i];
      const p = this.out[i] ?? (raw ? (deserialize(raw) as ParsedFile) : undefined);
      this.serialized[i] = undefined;
      if (!p) throw new Error(`ingest: no result for ${this.files[i]!.path}`);
      parsed.push(p);
    }
    return parsed;
  }
}
