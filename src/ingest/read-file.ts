/**
 * The one way ingest reads a data file's bytes (DESIGN §9: sizes are checked before reading; links and special
 * files are never followed or opened). discover() already classified the entry with lstat; this guards the time
 * between that and the read: the file is opened without following a link and without blocking (a FIFO put in
 * its place would block a plain open forever), then fstat decides before a single byte is read.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { type Refusal, specialRefusal, tooLargeRefusal } from './guard';
import { MAX_FILE_BYTES } from './limits';

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; refusal: Refusal };

// Absent on Windows: there, links and FIFOs are not what a data folder holds.
const FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** Bytes of a plain file of at most `max` bytes, or a refusal. Throws only what the file system throws (missing, no permission). */
export function readDataFile(abs: string, max = MAX_FILE_BYTES): ReadResult {
  let fd: number;
  try {
    fd = openSync(abs, FLAGS);
  } catch (e) {
    // O_NOFOLLOW on a link: ELOOP.
    if ((e as NodeJS.ErrnoException).code === 'ELOOP') return { ok: false, refusal: { code: 'E_LINK_SKIPPED' } };
    throw e;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, refusal: specialRefusal(undefined) };
    if (info.size > max) return { ok: false, refusal: tooLargeRefusal(info.size) };
    const bytes = Buffer.allocUnsafe(info.size);
    let at = 0;
    while (at < bytes.length) {
      const n = readSync(fd, bytes, at, bytes.length - at, at);
      if (n === 0) break; // shrank since fstat
      at += n;
    }
    return { ok: true, bytes: at === bytes.length ? bytes : bytes.subarray(0, at) };
  } finally {
    closeSync(fd);
  }
}
