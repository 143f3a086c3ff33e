/**
 * Files a killed process must never leave half written (the published summary, the dataset, cache packs): written to
 * `<file>.<pid>.tmp` beside the file, then renamed over it, so a reader sees the old file or the new one. The next
 * build removes the temp files of dead processes (src/publish/stale-temps.ts reads their pid with TEMP_FILE).
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';

/** A temp file of this naming: its process id is group 1. */
export const TEMP_FILE = /\.(\d+)\.tmp$/;

/** Writes `data` to `file` atomically; on any failure the temp file is removed and the error thrown. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Writes the pieces one after the other to `file`, atomically as writeFileAtomic: a long text never held whole.
 * Returns the SHA-256 (hex) of the bytes written.
 */
export function writeChunksAtomic(file: string, chunks: Iterable<string | Uint8Array>): string {
  const tmp = `${file}.${process.pid}.tmp`;
  const hash = createHash('sha256');
  const write = (fd: number, piece: string | Uint8Array) => {
    hash.update(piece); // a text as UTF-8, as writeSync writes it
    if (typeof piece === 'string') writeSync(fd, piece);
    else writeSync(fd, piece);
  };
  try {
    const fd = openSync(tmp, 'w');
    try {
      let buf = '';
      for (const c of chunks) {
        if (typeof c !== 'string') {
          if (buf) write(fd, buf);
          buf = '';
          write(fd, c);
          continue;
        }
        buf += c;
        if (buf.length >= 1 << 16) {
          write(fd, buf);
          buf = '';
        }
      }
      if (buf) write(fd, buf);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
    return hash.digest('hex');
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
