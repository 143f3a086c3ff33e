import { type Stats, lstatSync, readlinkSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { compareCodes } from '../lib/thai/collate';

/**
 * `link`: a symbolic link (to a file or a folder, inside data/ or not), listed and never followed.
 * `special`: a named pipe, device or socket, listed and never opened (opening a FIFO blocks until a writer comes).
 * `txt`: read when it is a table recognised by its header row (Excel's "Unicode text" export), else not data.
 */
export type FileType = 'xlsx' | 'xls' | 'ods' | 'csv' | 'txt' | 'lock' | 'system' | 'other' | 'link' | 'special';

/** The types ingest reads as data (a `txt` only when its header row is recognised). */
export const DATA_TYPES: ReadonlySet<FileType> = new Set<FileType>(['xlsx', 'xls', 'ods', 'csv', 'txt']);

/** What a special file is, for its report line. */
export type SpecialKind = 'fifo' | 'char-device' | 'block-device' | 'socket';

export interface FoundFile {
  /** Relative to the data folder, forward slashes. */
  path: string;
  abs: string;
  type: FileType;
  /** Bytes on disk from lstat, before any read (a link's own size, 0 for a special file). */
  size: number;
  /** A link's target as written in the link (never resolved). */
  target?: string;
  special?: SpecialKind;
}

const BY_EXTENSION: ReadonlyMap<string, FileType> = new Map([
  ['xlsx', 'xlsx'],
  ['xlsm', 'xlsx'],
  ['xls', 'xls'],
  ['ods', 'ods'],
  ['csv', 'csv'],
  ['txt', 'txt'],
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

function specialKind(info: Stats): SpecialKind {
  if (info.isFIFO()) return 'fifo';
  if (info.isCharacterDevice()) return 'char-device';
  if (info.isBlockDevice()) return 'block-device';
  return 'socket';
}

function linkTarget(abs: string): string {
  try {
    return readlinkSync(abs);
  } catch {
    return '';
  }
}

/**
 * Every entry under dataDir (recursively), sorted by relative path. Only real folders are entered; links and
 * special files are listed as they are, with their lstat size, and nothing here opens a file.
 */
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
      let info: Stats;
      try {
        info = lstatSync(abs);
      } catch {
        continue; // removed since the folder was listed
      }
      if (info.isFile()) out.push({ path: relPath, abs, type: fileTypeOf(e.name), size: info.size });
      else if (info.isSymbolicLink()) out.push({ path: relPath, abs, type: 'link', size: info.size, target: linkTarget(abs) });
      else if (!info.isDirectory()) out.push({ path: relPath, abs, type: 'special', size: 0, special: specialKind(info) });
    }
  }
  await walk(dataDir, '');
  out.sort((a, b) => compareCodes(a.path, b.path));
  return out;
}
