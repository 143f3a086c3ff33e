/**
 * Vitest global setup: the run's temp folder is .tmp/ inside the checkout (vitest.config.ts sets TMPDIR), made
 * before the first test and emptied after the last, so a run leaves nothing behind in the machine's /tmp.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

export default function setup(): () => void {
  const dir = resolve(import.meta.dirname, '../../.tmp');
  mkdirSync(dir, { recursive: true });
  return () => rmSync(dir, { recursive: true, force: true });
}
