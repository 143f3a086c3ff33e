/**
 * One record of an ingest cache segment (src/ingest/cache.ts): magic, entry name, length, then the value sealed with
 * AES-256-GCM under the entry's key (src/ingest/cache-key.ts), its name as associated data. The cache alone discloses
 * nothing: whoever can open an entry already holds the spreadsheet it came from. No I/O.
 */
import { createCipheriv, createDecipheriv, createSecretKey, randomBytes } from 'node:crypto';
import type { EntryKey } from './cache-key';

const RECORD = 0x324d4f43; // "COM2" little-endian: one record of a segment
const HEAD = 4 + 32 + 4; // magic, name (raw sha256), sealed length

/**
 * Random IVs, drawn 4,096 at a time: one randomBytes call each cost 16 µs, 0.7 s of a national ingest. Each IV is
 * still random and used once (two entries can share a key: one file's bytes under two names).
 */
const IVS_AT_ONCE = 4096;
let ivs = Buffer.alloc(0);
function nextIv(): Buffer {
  if (ivs.length === 0) ivs = randomBytes(12 * IVS_AT_ONCE);
  const iv = ivs.subarray(0, 12);
  ivs = ivs.subarray(12);
  return iv;
}

/** The value encrypted under the entry's key: IV (12 bytes), tag (16), ciphertext. */
export function seal(plain: Uint8Array, k: EntryKey): Buffer {
  const iv = nextIv();
  const c = createCipheriv('aes-256-gcm', createSecretKey(k.key), iv); // a KeyObject: see cache-key.ts entryKey
  c.setAAD(Buffer.from(k.name));
  const body = Buffer.concat([c.update(plain), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), body]);
}

/** The value of a sealed entry, or undefined when it is corrupt or not sealed under this key. */
export function open(sealed: Buffer, k: EntryKey): Buffer | undefined {
  if (sealed.length < 28) return undefined;
  try {
    const d = createDecipheriv('aes-256-gcm', createSecretKey(k.key), sealed.subarray(0, 12));
    d.setAAD(Buffer.from(k.name));
    d.setAuthTag(sealed.subarray(12, 28));
    return Buffer.concat([d.update(sealed.subarray(28)), d.final()]);
  } catch {
    return undefined; // corrupt or foreign entry: a miss
  }
}

/** One record of a segment: head (magic, name, length) and the sealed value. */
export function record(name: string, sealed: Buffer): Buffer {
  const head = Buffer.alloc(HEAD);
  head.writeUInt32LE(RECORD, 0);
  Buffer.from(name, 'hex').copy(head, 4);
  head.writeUInt32LE(sealed.length, 36);
  return Buffer.concat([head, sealed]);
}

/** Records of one segment file (a truncated tail, e.g. from a killed build, is ignored). */
export function* records(buf: Buffer): Generator<{ name: string; sealed: Buffer; raw: Buffer }> {
  let at = 0;
  while (at + HEAD <= buf.length && buf.readUInt32LE(at) === RECORD) {
    const len = buf.readUInt32LE(at + 36);
    if (at + HEAD + len > buf.length) return;
    yield { name: buf.toString('hex', at + 4, at + 36), sealed: buf.subarray(at + HEAD, at + HEAD + len), raw: buf.subarray(at, at + HEAD + len) };
    at += HEAD + len;
  }
}
