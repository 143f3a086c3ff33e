/**
 * The last run's whole ingest result, cached as one sealed entry (DESIGN §12): when every entry under data/ is what
 * that run saw (the same paths and types, every data file's bytes the same) and the code, the criteria given and the
 * divisions table are the same, its result is the answer, without opening the per-file entries or applying the rules
 * across files again. A national warm ingest spent 5–6 s of its 8–10 there; reading and hashing every file is ~1 s.
 *
 * One entry, `<cache>/whole/ingest.sealed`, replaced by each run that had to parse: magic, name, IV, the result's
 * fields in V8's serialisation (arrays in slices) sealed with AES-256-GCM, tag. Its key is derived from the bytes of
 * every data file, so, as with the per-file entries (src/ingest/cache.ts), only whoever holds the spreadsheets can
 * open it. Storing it adds 1–2 s and about 0.1 GB at the end of a cold national ingest.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, createSecretKey, randomBytes } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { contentDigest } from './cache-key';
import { DATA_TYPES, type FoundFile } from './discover';
import { MAX_FILE_BYTES } from './limits';
import { readDataFile } from './read-file';
import type { IngestResult } from './types';
import { collectYoungGarbage } from '../util/gc';

const MAGIC = Buffer.from('OMW1');
const NAME = 32;
const IV = 12;
const TAG = 16;
/** Array items serialised at a time: the national result (~180 MB serialised) is never held serialised whole. */
const SLICE = 500;
/** The parts and their sealed copies are Buffers V8 would collect only hundreds of MB later (0.1–0.2 GB at peak). */
const YOUNG_GC_EVERY = 16 << 20;

export interface WholeKey {
  /** sha256 of the version and of every entry's path, type and content hash. */
  name: Buffer;
  /** AES key, derived from every data file's content hash (never stored). */
  key: Buffer;
  /** Each file's lstat when it was hashed: a file changed while the run read it must not be stored under this key. */
  stamps: string;
  /** Each data file's content hash by path: the per-file cache is keyed from these without hashing again. */
  digests: Map<string, Buffer>;
}

export function wholeFile(cacheDir: string): string {
  return join(resolve(cacheDir), 'whole', 'ingest.sealed');
}

function stampOf(f: FoundFile): string {
  try {
    const s = lstatSync(f.abs, { bigint: true });
    return `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch {
    return 'gone';
  }
}

/** Every entry's stamp, one line each, in the order found. */
function stampsOf(found: readonly FoundFile[]): string {
  return found.map(stampOf).join('\n');
}

/**
 * The key of a run over `found`: data files are read (as ingest reads them: bounded, never through a link) and
 * hashed; the other entries count by their path, type, size and link target, which is all ingest looks at.
 */
export function wholeKey(found: readonly FoundFile[], version: string): WholeKey {
  const stamps = stampsOf(found);
  const name = createHash('sha256').update(`omsap-whole-ingest-1\0${version}\0`);
  const contents = createHash('sha256');
  const digests = new Map<string, Buffer>();
  for (const f of found) {
    name.update(`${f.path}\0${f.type}\0${f.size}\0${f.target ?? ''}\0${f.special ?? ''}\0`);
    if (!DATA_TYPES.has(f.type) || f.size > MAX_FILE_BYTES) continue;
    let content: string;
    try {
      const read = readDataFile(f.abs);
      if (read.ok) {
        const digest = contentDigest(read.bytes);
        digests.set(f.path, digest);
        content = digest.toString('hex');
      } else content = `refused ${read.refusal.code}`;
    } catch (e) {
      content = `unreadable ${(e as NodeJS.ErrnoException).code ?? ''}`;
    }
    name.update(`${content}\n`);
    contents.update(`${content}\n`);
  }
  const key = createHmac('sha256', createSecretKey(contents.digest())).update('omsap whole ingest key').digest();
  return { name: name.digest(), key, stamps, digests };
}

/** The last run's result when it was stored under this key; undefined on a miss (absent, other inputs, damaged). */
export function loadWhole(cacheDir: string, k: WholeKey): IngestResult | undefined {
  let buf: Buffer;
  try {
    buf = readFileSync(wholeFile(cacheDir));
  } catch {
    return undefined;
  }
  const head = MAGIC.length + NAME + IV;
  if (buf.length < head + TAG || !buf.subarray(0, MAGIC.length).equals(MAGIC) || !buf.subarray(MAGIC.length, MAGIC.length + NAME).equals(k.name)) return undefined;
  try {
    const d = createDecipheriv('aes-256-gcm', createSecretKey(k.key), buf.subarray(MAGIC.length + NAME, head));
    d.setAAD(k.name);
    d.setAuthTag(buf.subarray(buf.length - TAG));
    const plain = d.update(buf.subarray(head, buf.length - TAG));
    d.final(); // throws unless the tag checks: nothing is deserialised before that
    const r = fromParts(plain);
    return Array.isArray(r.registry) && Array.isArray(r.audits) && Array.isArray(r.files) ? (r as unknown as IngestResult) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Stores `result` under `k` (replacing the last entry), unless a file changed since it was hashed. Never throws:
 * a cache that cannot be written is only slower.
 */
export function storeWhole(cacheDir: string, k: WholeKey, found: readonly FoundFile[], result: IngestResult): void {
  if (stampsOf(found) !== k.stamps) return;
  const file = wholeFile(cacheDir);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const iv = randomBytes(IV);
    const c = createCipheriv('aes-256-gcm', createSecretKey(k.key), iv);
    c.setAAD(k.name);
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, Buffer.concat([MAGIC, k.name, iv]));
      let since = 0;
      for (const part of toParts(result)) {
        writeSync(fd, c.update(part));
        since += part.length;
        if (since < YOUNG_GC_EVERY) continue;
        collectYoungGarbage();
        since = 0;
      }
      writeSync(fd, c.final());
      writeSync(fd, c.getAuthTag());
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
}

/** The result as length-prefixed parts, each `[field, value, isSlice]` in V8's serialisation: arrays in slices. */
function* toParts(result: IngestResult): Generator<Buffer> {
  function* part(v: unknown): Generator<Buffer> {
    const body = serialize(v);
    const len = Buffer.alloc(4);
    len.writeUInt32LE(body.length);
    yield len;
    yield body;
  }
  for (const [field, value] of Object.entries(result)) {
    if (!Array.isArray(value)) yield* part([field, value, false]);
    else if (value.length === 0) yield* part([field, [], false]);
    else for (let at = 0; at < value.length; at += SLICE) yield* part([field, value.slice(at, at + SLICE), true]);
  }
}

/** The fields toParts wrote, arrays put together again (throws on a damaged part). */
function fromParts(plain: Buffer): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let at = 0; at < plain.length; ) {
    const len = plain.readUInt32LE(at);
    const [field, value, isSlice] = deserialize(plain.subarray(at + 4, at + 4 + len)) as [string, unknown, boolean];
    at += 4 + len;
    if (!isSlice) out[field] = value;
    else {
      const list = (out[field] ??= []) as unknown[];
      for (const v of value as unknown[]) list.push(v); // never push(...slice) on a long list
    }
  }
  return out;
}
