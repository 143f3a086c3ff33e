/**
 * What a killed build leaves behind (DESIGN §9): `.dist-tmp-<pid>` beside dist/ (the site being built) and
 * `.dist-tmp-<pid>-astro-cache` (Astro's caches for it, src/publish/astro-child.ts), `dist.old-<pid>` (the
 * previous site, set aside during the swap) and `<name>.<pid>.tmp` files in the state and
 * cache folders. The next build removes them once process <pid> is gone; a previous site set aside by a swap that
 * was interrupted before the new site arrived is put back in place of a missing dist/.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { TEMP_FILE } from '../util/atomic-write';

/** Whether process `pid` still runs (a zombie, killed and not yet reaped, does not). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // /proc/<pid>/stat: "pid (name) S …"; the name may hold spaces and parentheses, the state follows the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc (not Linux): kill(0) said it exists
  }
}

function names(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}


/**
 * Removes the leftovers of dead builds: beside `outDir`, and `<name>.<pid>.tmp` files directly in each of
 * `tempDirs`. Returns what it removed or restored (relative names, for the log).
 */
export function removeStaleTemps(outDir: string, tempDirs: readonly string[]): string[] {
  const done: string[] = [];
  const parent = dirname(outDir);
  const site = basename(outDir);
  const tmpSite = /^\.dist-tmp-(\d+)(?:-astro-cache)?$/;
  const asideSite = new RegExp(`^${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.old-(\\d+)$`);
  for (const n of names(parent)) {
    const tmp = tmpSite.exec(n);
    const aside = asideSite.exec(n);
    const pid = Number((tmp ?? aside)?.[1]);
    if (!pid || pid === process.pid || processAlive(pid)) continue;
    const path = join(parent, n);
    if (aside && !existsSync(outDir)) {
      renameSync(path, outDir);
      done.push(`${n} → ${site}`);
    } else {
      rmSync(path, { recursive: true, force: true });
      done.push(n);
    }
  }
  for (const dir of tempDirs) {
    for (const n of names(dir)) {
      const pid = Number(TEMP_FILE.exec(n)?.[1]);
      if (!pid || pid === process.pid || processAlive(pid)) continue;
      rmSync(join(dir, n), { force: true });
      done.push(n);
    }
  }
  return done;
}
