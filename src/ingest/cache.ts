/**
 * The ingest cache (DESIGN §12: "a second build with unchanged inputs re-parses nothing").
 *
 * One entry per data file, in append-only segment files `<dir>/ingest/seg-*.pack` (see IngestCache):
 *  - name = sha256(version ‖ relative path ‖ file type ‖ sha256(bytes)). The path is part of the key because a
 *    file's issues and records name it (a renamed or copied file is parsed again). `version` covers the parser
 *    code (a hash of the sources under src/ingest and src/lib), SheetJS and the divisions package versions,
 *    CACHE_VERSION, the criteria in force (their full JSON) and the divisions table in use (its digest), so any
 *    of those changing misses every entry.
 *  - An outcome that records an internal failure (E_READ_FAILED: our code threw, not the file) is never stored,
 *    and one found is not reused: a failure of the code or of its state is never replayed as data errors.
 *  - value = the file's FileOutcome (records, issues, report, private values) in V8's serialisation format
 *    (what postMessage uses: undefined, NaN and Maps survive, unlike JSON).
 *
 * Private values: an outcome carries the personal values the parser saw (names, phone numbers) so that the
 * privacy gate can look for them in the site. Entries live outside dist/ (.omsap/ is gitignored), and each is
 * also encrypted (AES-256-GCM) with a key derived from the data file's own bytes: the cache alone discloses
 * nothing; whoever can decrypt an entry already holds the spreadsheet it came from. Removing the spreadsheet
 * makes its entry unreadable, and the run that no longer sees it drops it.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { z } from 'zod';
import type { IssueCode } from '../lib/issues/messages';
import type { Criteria } from '../lib/schema/criteria';
import type { Divisions } from '../lib/thai/index';
import type { Task } from './workers/protocol';
import { writeFileAtomic } from '../util/atomic-write';

/** Bump when the cached shape changes in a way the source hash would not notice. */
export const CACHE_VERSION = 'omsap-ingest-cache-2';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function packageVersion(name: string): string {
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    return '?';
  }
}

const codeHashes = new Map<string, string>();
/**
 * sha256 over the sources ingest runs (src/ingest, src/lib under `src`) and the versions of the packages it reads
 * with: any edit of the parser's code misses every cache entry and the divisions cache.
 */
export function codeFingerprint(src = SRC): string {
  const known = codeHashes.get(src);
  if (known) return known;
  const h = createHash('sha256');
  h.update(`${CACHE_VERSION}\0xlsx ${packageVersion('xlsx')}\0thai-address-universal ${packageVersion('thai-address-universal')}\0`);
  for (const dir of ['ingest', 'lib']) {
    const files = readdirSync(join(src, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(ts|mts|mjs|js|json)$/.test(e.name))
      .map((e) => join(e.parentPath, e.name))
      .sort();
    for (const f of files) h.update(`${relative(src, f)}\0`).update(readFileSync(f)).update('\0');
  }
  const hex = h.digest('hex');
  codeHashes.set(src, hex);
  return hex;
}

/** The version part of every key: code fingerprint, the criteria in force and the divisions table's digest. */
export function cacheVersion(criteria: Criteria, divisionsDigest: string, code = codeFingerprint()): string {
  return createHash('sha256').update(code).update('\0').update(JSON.stringify(criteria)).update('\0').update(divisionsDigest).digest('hex');
}

/** Codes that say our code failed on a file, not that the file is wrong. */
const INTERNAL_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>(['E_READ_FAILED']);

/** Whether an outcome may be stored or reused: never one that records an internal failure. */
export function isCacheable(outcome: { issues: readonly { code: string }[] }): boolean {
  return !outcome.issues.some((i) => INTERNAL_CODES.has(i.code as IssueCode));
}

/**
 * Stores one parse (main thread or worker): under the key the main thread computed for the task, else one made
 * here from the bytes read; nothing without bytes, and nothing that records an internal failure.
 */
export function storeParsed(writer: SegmentWriter, t: Task, version: string | undefined, bytes: Uint8Array | undefined, outcome: { issues: readonly { code: string }[] }, data: Uint8Array): void {
  if (!isCacheable(outcome)) return;
  if (t.entry) writer.putRaw({ name: t.entry.name, key: Buffer.from(t.entry.key) }, data);
  else if (version && bytes) writer.putRaw(entryKey(version, t.file.path, t.file.type, bytes), data);
}

export interface EntryKey {
  /** File name of the entry (hex). */
  name: string;
  /** AES key, derived from the content hash (never stored). */
  key: Buffer;
}

export function entryKey(version: string, path: string, type: string, bytes: Uint8Array): EntryKey {
  const content = createHash('sha256').update(bytes).digest();
  const name = createHash('sha256').update(`${version}\0${path}\0${type}\0`).update(content).digest('hex');
  const key = createHmac('sha256', content).update('omsap ingest cache key').digest();
  return { name, key };
}

const RECORD = 0x324d4f43; // "COM2" little-endian: one record of a segment
const HEAD = 4 + 32 + 4; // magic, name (raw sha256), sealed length

function seal(plain: Uint8Array, k: EntryKey): Buffer {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', k.key, iv);
  c.setAAD(Buffer.from(k.name));
  const body = Buffer.concat([c.update(plain), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), body]);
}

function open(sealed: Buffer, k: EntryKey): Buffer | undefined {
  if (sealed.length < 28) return undefined;
  try {
    const d = createDecipheriv('aes-256-gcm', k.key, sealed.subarray(0, 12));
    d.setAAD(Buffer.from(k.name));
    d.setAuthTag(sealed.subarray(12, 28));
    return Buffer.concat([d.update(sealed.subarray(28)), d.final()]);
  } catch {
    return undefined; // corrupt or foreign entry: a miss
  }
}

function record(name: string, sealed: Buffer): Buffer {
  const head = Buffer.alloc(HEAD);
  head.writeUInt32LE(RECORD, 0);
  Buffer.from(name, 'hex').copy(head, 4);
  head.writeUInt32LE(sealed.length, 36);
  return Buffer.concat([head, sealed]);
}

/** Records of one segment file (a truncated tail, e.g. from a killed build, is ignored). */
function* records(buf: Buffer): Generator<{ name: string; sealed: Buffer; raw: Buffer }> {
  let at = 0;
  while (at + HEAD <= buf.length && buf.readUInt32LE(at) === RECORD) {
    const len = buf.readUInt32LE(at + 36);
    if (at + HEAD + len > buf.length) return;
    yield { name: buf.toString('hex', at + 4, at + 36), sealed: buf.subarray(at + HEAD, at + HEAD + len), raw: buf.subarray(at, at + HEAD + len) };
    at += HEAD + len;
  }
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
   * entries of every segment (including those written during this run) into one. Returns entries dropped.
   */
  finish(keep: ReadonlySet<string>): number {
    let names: string[];
    try {
      names = readdirSync(this.root).filter((n) => SEGMENT.test(n)).sort();
    } catch {
      return 0;
    }
    const live = new Map<string, Buffer>();
    let stale = 0;
    const bufs: Buffer[] = [];
    for (const n of names) {
      try {
        bufs.push(readFileSync(join(this.root, n)));
      } catch {
        continue;
      }
      for (const r of records(bufs[bufs.length - 1]!)) {
        if (keep.has(r.name)) live.set(r.name, r.raw);
        else stale++;
      }
    }
    if (stale === 0 && names.length <= MAX_SEGMENTS) return 0;
    const merged = join(this.root, `seg-${Date.now().toString(36)}-${process.pid}-merged.pack`);
    try {
      writeFileAtomic(merged, Buffer.concat([...live.values()]));
      for (const n of names) rmSync(join(this.root, n), { force: true });
    } catch {
      return 0;
    }
    return stale;
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

/**
 * Where the divisions are cached: with the installed packages (node_modules/.cache/omsap), not in a build's
 * cache folder. They come from an npm package and our code only, never from data/, so every build of this
 * installation can share them and a build with a fresh cache folder does not pay ~1 s to derive them again.
 */
export const DIVISIONS_CACHE_DIR = resolve(SRC, '..', 'node_modules', '.cache', 'omsap');

const NamedSchema = { code: z.string().min(1), name: z.string().min(1), nameEn: z.string() };
/** The shape of a divisions table: what a cache file must hold to be used (else it is rebuilt). */
const DivisionsSchema = z.object({
  provinces: z.array(z.object(NamedSchema)).min(1),
  districts: z.array(z.object({ ...NamedSchema, provinceCode: z.string().min(1) })).min(1),
  subdistricts: z.array(z.object({ ...NamedSchema, districtCode: z.string().min(1) })).min(1),
});

/** First line of a divisions cache file; the JSON table follows on the next line (3: the department's codes). */
const DIVISIONS_FORMAT = 'omsap-divisions-3';

export interface LoadedDivisions {
  divisions: Divisions;
  /** sha256 of the table's JSON: part of the ingest cache's version. */
  digest: string;
}

/** The table of a divisions cache file, or undefined when it is not exactly what cachedDivisions wrote. */
function readDivisionsFile(file: string): LoadedDivisions | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const nl = text.indexOf('\n');
  if (nl < 0) return undefined;
  let head: { format?: unknown; sha256?: unknown };
  try {
    head = JSON.parse(text.slice(0, nl)) as typeof head;
  } catch {
    return undefined;
  }
  const body = text.slice(nl + 1);
  const digest = createHash('sha256').update(body).digest('hex');
  if (head?.format !== DIVISIONS_FORMAT || head.sha256 !== digest) return undefined; // truncated, edited or foreign
  try {
    const parsed = DivisionsSchema.safeParse(JSON.parse(body));
    return parsed.success ? { divisions: parsed.data, digest } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Thailand's divisions as loaded by loadDivisions (~1 s of work in thai-address-universal), kept as JSON in
 * `dir`; keyed by the code fingerprint, which covers the loader's source and the package version. A file that is
 * truncated, garbage, edited or of the wrong shape fails its digest or shape check and is rebuilt: a damaged
 * table must never reach the parser (it once turned every registry row into an internal error).
 */
export async function cachedDivisions(dir: string, load: () => Promise<Divisions>): Promise<LoadedDivisions> {
  const file = join(resolve(dir), `divisions-${codeFingerprint().slice(0, 16)}.json`);
  const hit = readDivisionsFile(file);
  if (hit) return hit;
  const divisions = await load();
  const body = JSON.stringify(divisions);
  const digest = createHash('sha256').update(body).digest('hex');
  try {
    mkdirSync(dirname(file), { recursive: true });
    for (const old of readdirSync(dirname(file))) if (old.startsWith('divisions-') && old.endsWith('.json')) rmSync(join(dirname(file), old), { force: true });
    writeFileAtomic(file, `${JSON.stringify({ format: DIVISIONS_FORMAT, sha256: digest })}\n${body}`);
  } catch {
    /* only slower next time */
  }
  return { divisions, digest };
}
