/**
 * The files under a folder, in one synchronous walk: a national site has 65,000 folders (a page each), and Node's
 * asynchronous recursive readdir took 3–4 s over them against 1.1 s for this one (each folder a round trip through
 * libuv's threads). Links and special files are not files here. Used where the build has nothing else to do meanwhile.
 */
import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir`, each with `parentPath` and `name`, in no particular order. */
export function filesUnder(dir: string): Dirent[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile());
}

/** A file's path relative to `dir`, with forward slashes (as in the site's addresses). */
export const sitePath = (dir: string, e: Dirent): string => relative(dir, join(e.parentPath, e.name)).split('\\').join('/');

/** Total bytes of the files under a folder. */
export function folderBytes(dir: string): number {
  let n = 0;
  for (const e of filesUnder(dir)) n += statSync(join(e.parentPath, e.name)).size;
  return n;
}
