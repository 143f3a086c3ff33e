/**
 * Vitest global setup: the run's temp folder is .tmp/run-<pid> inside the checkout (vitest.config.ts sets TMPDIR),
 * made before the first test and removed after the last, so a run leaves nothing behind in the machine's /tmp and
 * never empties the folder of another run going on in the same checkout.
 */
import { mkdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { runTmpDir } from './run-tmp';

export default function setup(): () => void {
  const dir = runTmpDir();
  mkdirSync(dir, { recursive: true });
  return () => {
    rmSync(dir, { recursive: true, force: true });
    try {
      rmdirSync(dirname(dir)); // .tmp itself only when no other run is using it
    } catch {}
  };
}
