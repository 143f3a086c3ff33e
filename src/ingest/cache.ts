/**
 * The ingest cache's store (DESIGN §12: "a second build with unchanged inputs re-parses nothing").
 *
 * One entry per data file, in append-only segment files `<dir>/ingest/seg-*.pack` (see IngestCache), named and keyed
 * by src/ingest/cache-key.ts:
 *  - value = the file's FileOutcome (records, issues, report, private values) in V8's serialisation format
 *    (what postMessage uses: undefined, NaN and Maps survive, unlike JSON).
 *
 * Private values: an outcome carries the personal values the parser saw (names, phone numbers) so that the
 * privacy gate can look for them in the site. Entries live outside dist/ (.omsap/ is gitignored), and each is
 * also encrypted (AES-256-GCM, src/ingest/cache-seal.ts) with a key derived from the data file's own bytes: the cache
 * alone discloses nothing; whoever can decrypt an entry already holds the spreadsheet it came from. Removing the
 * spreadsheet makes its entry unreadable, and the run that no longer sees it drops it.
 */
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Task } from './workers/protocol';
import { writeChunksAtomic } from '../util/atomic-write';
import { type EntryKey, entryKey, isCacheable } from './cache-key';
import { open, record, records, seal } from './cache-seal';

/**
 * Stores one parse (main thread or worker): under the key the main thread computed for the task, else one made
 * here from the bytes read; nothing without bytes, and nothing that records an internal failure.
 */
export function storeParsed(writer: SegmentWriter, t: Task, version: string | undefined, bytes: Uint8Array | undefined, outcome: { issues: readonly { code: string }[] }, data: Uint8Array): void {
  if (!isCacheable(outcome)) return;
  if (t.entry) writer.putRaw({ name: t.entry.name, key: Buffer.from(t.entry.key) }, data);
  else if (version && bytes) writer.putRaw(entryKey(version, t.file.path, t.file.type, bytes), data);
}

const SEGMENT = /^seg-.*\.pack$/;
/** More segments than this are merged into one at the end of a run, even with nothing stale. */
const MAX_SEGMENTS = 8;

/**
 * Entries of one cache folder, stored in append-only segment files (`<dir>/ingest/seg-*.pack`): creating a
 * small file costs ~1 ms on this machine's ext4 (45,000 entries would cost a minute), appending costs ~25 µs.
 * Each writer (the main thread, each worker) appends to its own segment; `finish` merges the live entries into
 * one segment and drops stale ones (removed, changed or renamed files) when there are any.
 */
export class IngestCache {
  readonly root: string;
  private readonly index = new Map<string, Buffer>();
  private readonly segments: string[] = [];
  /** `index: false` for a writer only (a worker): the segments are not read. */
  constructor(dir: string, opts: { index?: boolean } = {}) {
    this.root = join(resolve(dir), 'ingest');
    if (opts.index === false) return;
    let names: string[] = [];
    try {
      names = readdirSync(this.root).filter((n) => SEGMENT.test(n)).sort();
    } catch {
      /* no cache yet */
    }
    for (const n of names) {
      let buf: Buffer;
      try {
        buf = readFileSync(join(this.root, n));
      } catch {
        continue; // merged away by a concurrent run
      }
      this.segments.push(n);
      for (const r of records(buf)) this.index.set(r.name, r.sealed);
    }
  }
  get size(): number {
    return this.index.size;
  }
  /** The serialised value, or undefined on a miss (absent, corrupt, or not decryptable). */
  getRaw(k: EntryKey): Buffer | undefined {
    const sealed = this.index.get(k.name);
    return sealed ? open(sealed, k) : undefined;
  }
  get<T>(k: EntryKey): T | undefined {
    const raw = this.getRaw(k);
    if (!raw) return undefined;
    try {
      return deserialize(raw) as T;
    } catch {
      return undefined;
    }
  }
  /** A writer appending to a new segment of its own (opened on first put). */
  writer(tag: string): SegmentWriter {
    return new SegmentWriter(join(this.root, `seg-${Date.now().toString(36)}-${process.pid}-${tag}.pack`));
  }
  /**
   * End of a run: when some entries are not in `keep` (stale) or there are many segments, rewrites the live
   * entries of every segment (including those written during this run) into one. Returns entries dropped. No lookups
   * after it: the index is emptied.
   */
  finish(keep: ReadonlySet<string>): number {
    // The lookups are over: the index's buffers (the whole cache, ~600 MB at national scale) go before the segments
    // are read again, one at a time (holding both peaked a warm national ingest at 1.9 GB).
    this.index.clear();
    let names: string[];
    try {
      names = readdirSync(this.root).filter((n) => SEGMENT.test(n)).sort();
    } catch {
      return 0;
    }
    let stale = 0;
    for (const n of names) for (const r of records(this.segment(n))) if (!keep.has(r.name)) stale++;
    if (stale === 0 && names.length <= MAX_SEGMENTS) return 0;
    const merged = join(this.root, `seg-${Date.now().toString(36)}-${process.pid}-merged.pack`);
    try {
      writeChunksAtomic(merged, this.liveRecords(names, keep));
      for (const n of names) rmSync(join(this.root, n), { force: true });
    } catch {
      return 0;
    }
    return stale;
  }

  /** A segment's bytes; none when it is gone (merged away by a concurrent run) or unreadable. */
  private segment(name: string): Buffer {
    try {
      return readFileSync(join(this.root, name));
    } catch {
      return Buffer.alloc(0);
    }
  }

  /** The records of these segments that `keep` names, each name once, read one segment at a time. */
  private *liveRecords(names: readonly string[], keep: ReadonlySet<string>): Generator<Buffer> {
    const written = new Set<string>();
    for (const n of names) {
      for (const r of records(this.segment(n))) {
        if (!keep.has(r.name) || written.has(r.name)) continue;
        written.add(r.name);
        yield r.raw;
      }
    }
  }
}

/** Appends sealed records to one segment file; never throws (a cache that cannot be written is only slower). */
export class SegmentWriter {
  private fd: number | undefined;
  private broken = false;
  constructor(readonly file: string) {}
  /** Stores an already serialised value (v8.serialize). */
  putRaw(k: EntryKey, plain: Uint8Array): void {
    if (this.broken) return;
    try {
      if (this.fd === undefined) {
        mkdirSync(dirname(this.file), { recursive: true });
        this.fd = openSync(this.file, 'a');
      }
      writeSync(this.fd, record(k.name, seal(plain, k)));
    } catch {
      this.broken = true;
    }
  }
  put(k: EntryKey, value: unknown): void {
    this.putRaw(k, serialize(value));
  }
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
