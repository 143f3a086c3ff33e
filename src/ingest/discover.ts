import { lstatSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export type FileType = 'xlsx' | 'xls' | 'ods' | 'csv' | 'lock' | 'system' | 'other';

export interface FoundFile {
  /** Relative to the data folder, forward slashes. */
  path: string;
  abs: string;
  type: FileType;
  size: number;
}

const BY_EXTENSION: ReadonlyMap<string, FileType> = new Map([
  ['xlsx', 'xlsx'],
  ['xlsm', 'xlsx'],
  ['xls', 'xls'],
  ['ods', 'ods'],
  ['csv', 'csv'],
]);
/** Files operating systems and version control leave behind: listed as skipped, without a warning. */
const SYSTEM_FILES = new Set(['.gitkeep', '.ds_store', 'thumbs.db', 'desktop.ini', '.gitignore']);

export function fileTypeOf(name: string): FileType {
  // Office lock files: Excel "~$book.xlsx", LibreOffice ".~lock.book.xlsx#".
  if (name.startsWith('~$') || (name.startsWith('.~lock.') && name.endsWith('#'))) return 'lock';
  const lower = name.toLowerCase();
  if (SYSTEM_FILES.has(lower)) return 'system';
  const dot = lower.lastIndexOf('.');
  return (dot > 0 && BY_EXTENSION.get(lower.slice(dot + 1))) || 'other';
}

/** Every file under dataDir (recursively), sorted by relative path. Directory symlinks are not followed (no loops). */
export async function discover(dataDir: string): Promise<FoundFile[]> {
  const out: FoundFile[] = [];
  async function walk(dir: string, rel: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      const abs = join(dir, e.name);
      const relPath = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        await walk(abs, relPath);
        continue;
      }
      // Sync stats: ~46,000 files at national scale; an awaited stat each cost ~1 s of round trips (DESIGN §12).
      let info = lstatSync(abs);
      if (info.isSymbolicLink()) {
        try {
          info = statSync(abs);
        } catch {
          continue; // dangling link: nothing to read
        }
        if (info.isDirectory()) continue;
      }
      if (!info.isFile()) continue;
      out.push({ path: relPath, abs, type: fileTypeOf(e.name), size: info.size });
    }
  }
  await walk(dataDir, '');
  out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return out;
}
