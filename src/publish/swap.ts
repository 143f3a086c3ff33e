/**
 * Atomic publication (DESIGN §9): the new site is built in a temp folder next to dist/ (same file system),
 * then swapped in with two renames. The old dist/ is removed only after the new one is in place; if the
 * second rename fails the old one is put back.
 */
import { existsSync, rmSync } from 'node:fs';
import { rename } from 'node:fs/promises';

export async function swapIntoPlace(tmp: string, dist: string): Promise<void> {
  const aside = `${dist}.old-${process.pid}`;
  const hadOld = existsSync(dist);
  if (hadOld) await rename(dist, aside);
  try {
    await rename(tmp, dist);
  } catch (e) {
    if (hadOld) await rename(aside, dist);
    throw e;
  }
  // Synchronous: Node's native removal, half the CPU of the promise `rm` for the same wall time (a national site's
  // 130,000 files: 3.9 s against 7.6), and nothing else runs in this process now.
  if (hadOld) rmSync(aside, { recursive: true, force: true });
}
