/**
 * Files a killed process must never leave half written (the published summary, the dataset, cache packs): written to
 * `<file>.<pid>.tmp` beside the file, then renamed over it, so a reader sees the old file or the new one. The next
 * build removes the temp files of dead processes (src/publish/stale-temps.ts reads their pid with TEMP_FILE).
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';

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
