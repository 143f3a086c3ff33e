/**
 * The shapes ingest hands around (DESIGN §4): a file's report and outcome, the options and the result of a run.
 * Types only, imported by every ingest module and by the build, so that no module needs src/ingest/index.ts for
 * a type (which made two import circles: index ↔ file-status, index ↔ parallel).
 */
import type { Criteria } from '../lib/schema/criteria';
import type { Issue } from '../lib/schema/issue';
import type { AuditRecord, RegistryRecord } from '../lib/schema/records';
import type { Divisions } from '../lib/thai/index';
import type { FoundFile } from './discover';
import type { ReadResult } from './read-file';

export type FileKind = 'registry' | 'audit' | 'batch' | 'criteria' | 'km' | 'roles' | 'unknown' | 'lock';
export type FileStatus = 'used' | 'partial' | 'rejected' | 'skipped';

/**
 * What reading a file gave, before the rules across files: skipped on purpose (a lock file, a file that is not data,
 * a second criteria workbook), refused (could not be used at all: unreadable, unrecognised, no cover), or read.
 */
export type FileRead = 'skipped' | 'refused' | 'read';

export interface FileReport {
  /** Relative to the data folder, forward slashes. */
  path: string;
  kind: FileKind;
  status: FileStatus;
  /** Data rows read (registry/batch rows; label, indicator and plan rows of a book). */
  rows: number;
  errors: number;
  warnings: number;
  /** A copy (status skipped): the files whose records it repeats, used instead. */
  copyOf?: string[];
  /** Records kept out only because their group's registry row was rejected: that registry file. */
  blockedBy?: string;
}

export interface ParseOptions {
  /** Cache folder (e.g. .omsap/cache); absent: every file is parsed and nothing is stored. */
  cacheDir?: string;
  /** Worker threads (default: os.availableParallelism()); 1 or 0 parses in this thread. */
  workers?: number;
  /** Fewer files to parse than this stay in this thread: a worker's start-up (~0.3 s) would cost more. */
  minParallel?: number;
  /** Each worker thread's heap limit in MB (default src/ingest/workers/pool.ts WORKER_HEAP_MB); a thread that runs out dies and its files are parsed in this thread. */
  workerHeapMb?: number;
  /** Called as each file is done (reused, parsed here or by a worker): files read n of N (src/util/progress.ts). */
  onProgress?: (done: number, total: number) => void;
}

export interface ParseStats {
  /** Data files (workbooks and CSV) looked at. */
  dataFiles: number;
  reused: number;
  parsed: number;
  /** Worker threads used (0: parsed in this thread). */
  workers: number;
  /** Stale cache entries removed. */
  pruned: number;
}

export interface IngestResult {
  registry: RegistryRecord[];
  audits: AuditRecord[];
  criteria: Criteria;
  /** Root causes first: registry, criteria, audits, other files (src/ingest/file-status.ts). */
  files: FileReport[];
  /** Every problem, in the order of `files`, each file's in the order found. */
  issues: Issue[];
  /** Every private value read (sorted, unique; placeholders and place names are not): for the privacy gate only. */
  privateValues: string[];
  /** Where each private value and each masked number was read (privateKey or digits → "file, sheet, cell"): for the gate's message only. */
  origins: Map<string, string>;
  /** Files reused from the cache and parsed, worker threads used (src/ingest/parallel.ts). */
  stats: ParseStats;
}

export interface IngestOptions extends ParseOptions {
  /** Criteria used when data/ holds no criteria workbook (default: omsap-2567). */
  criteria?: Criteria;
  /** Progress lines (files reused from the cache / parsed). */
  log?: (line: string) => void;
  /** Where the divisions table is cached with a cacheDir (default: node_modules/.cache/omsap; tests use their own). */
  divisionsCacheDir?: string;
}

/** One file's outcome before the rules across files; its status is decided once, by ingest() (fileStatus). */
export interface FileOutcome {
  report: Pick<FileReport, 'path' | 'kind' | 'rows'>;
  read: FileRead;
  issues: Issue[];
  registry: RegistryRecord[];
  audits: AuditRecord[];
  /** Registry rows rejected for their own errors: id, and the index in `issues` of the row's first error. */
  rejectedRows: { id: string; issue: number }[];
  criteria?: Criteria;
  /** Something was left out (rows or values). */
  lost: boolean;
  /** Where this file's private values and masked numbers were read (FileContext.origins); none when absent. */
  origins?: [string, string][];
}

/** One file's outcome and the private values its parse saw (for the privacy gate). */
export interface ParsedFile {
  outcome: FileOutcome;
  privateValues: string[];
}

export interface Shared {
  criteria: Criteria;
  divisions: Divisions;
  privateValues: Set<string>;
  /** Only the first criteria workbook under data/criteria/ is used. */
  criteriaAllowed: boolean;
  /** The file's read when the caller already made it (parallel.ts hashes the bytes for the cache). */
  read?: (f: FoundFile) => ReadResult | undefined;
}

/** The per-file parse (src/ingest/ingest-file.ts), passed to parseFiles so that parallel.ts need not import it. */
export type IngestFileFn = (f: FoundFile, shared: Shared) => Promise<FileOutcome>;
