/**
 * Keys of the ingest cache (DESIGN §12: "a second build with unchanged inputs re-parses nothing"); the store is
 * src/ingest/cache.ts, each entry sealed by src/ingest/cache-seal.ts.
 *
 *  - name = sha256(version ‖ relative path ‖ file type ‖ sha256(bytes)). The path is part of the key because a
 *    file's issues and records name it (a renamed or copied file is parsed again). `version` covers the parser
 *    code (a hash of the sources under src/ingest and src/lib), SheetJS and the divisions package versions,
 *    CACHE_VERSION, the criteria in force (their full JSON) and the divisions table in use (its digest), so any
 *    of those changing misses every entry.
 *  - An outcome that records an internal failure (E_READ_FAILED: our code threw, not the file) is never stored,
 *    and one found is not reused: a failure of the code or of its state is never replayed as data errors.
 *  - The AES key of an entry is derived from the data file's own bytes and never stored.
 */
import { createHash, createHmac, createSecretKey } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IssueCode } from '../lib/issues/messages';
import type { Criteria } from '../lib/schema/criteria';

/** Bump when the cached shape changes in a way the source hash would not notice. */
export const CACHE_VERSION = 'omsap-ingest-cache-2';

/** The src/ folder: its ingest and lib sources are the code fingerprint. */
export const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');
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

export interface EntryKey {
  /** File name of the entry (hex). */
  name: string;
  /** AES key, derived from the content hash (never stored). */
  key: Buffer;
}

export function entryKey(version: string, path: string, type: string, bytes: Uint8Array): EntryKey {
  return entryKeyOf(version, path, type, contentDigest(bytes));
}

/** sha256 of a file's bytes: what a key is made from. */
export function contentDigest(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(bytes).digest();
}

/** The key of a file whose bytes were already hashed (src/ingest/whole-cache.ts hashes every file first). */
export function entryKeyOf(version: string, path: string, type: string, content: Buffer): EntryKey {
  const name = createHash('sha256').update(`${version}\0${path}\0${type}\0`).update(content).digest('hex');
  // Keys as KeyObjects: Node 24 checks a raw Buffer key slowly (15 µs an HMAC against 5; 1.5 s of a 9 s warm national ingest).
  const key = createHmac('sha256', createSecretKey(content)).update('omsap ingest cache key').digest();
  return { name, key };
}
