import type { FileKind, FileRead, FileReport, FileStatus } from './types';
import { compareCodes } from '../lib/thai/collate';

export interface StatusFacts {
  kind: FileKind;
  read: FileRead;
  /** Records the file gave (registry rows, audits). */
  produced: number;
  /** Of those, left out by the rules across files (rejected, superseded, copies). */
  dropped: number;
  /** Every record repeats another file's: used once, from there. */
  copy: boolean;
  /** Rows or values left out while reading. */
  lost: boolean;
  errors: number;
}

/** A file's status (DESIGN §6), decided once, when every rule has spoken (src/ingest/settle.ts). */
export function fileStatus(f: StatusFacts): FileStatus {
  if (f.read === 'skipped' || f.copy) return 'skipped';
  if (f.read === 'refused') return 'rejected';
  if (f.kind === 'criteria' || f.kind === 'roles') return f.errors > 0 ? 'partial' : 'used';
  if (f.produced === 0 ? f.errors > 0 : f.dropped >= f.produced) return 'rejected';
  return f.lost || f.dropped > 0 || f.errors > 0 ? 'partial' : 'used';
}

/**
 * Root causes first (the report and the console): the registry (a bad row there keeps its audits out), then the
 * criteria, then audits, then everything else. A file that could not be recognised goes by its folder.
 */
export function rootCauseRank(f: Pick<FileReport, 'kind' | 'path'>): number {
  switch (f.kind) {
    case 'registry':
      return 0;
    case 'criteria':
    case 'roles':
      return 1;
    case 'audit':
    case 'batch':
      return 2;
    default:
      return f.path.startsWith('registry/') ? 0 : f.path.startsWith('criteria/') || f.path.startsWith('roles/') ? 1 : f.path.startsWith('audits/') ? 2 : 3;
  }
}

export const byRootCause = (a: Pick<FileReport, 'kind' | 'path'>, b: Pick<FileReport, 'kind' | 'path'>): number =>
  rootCauseRank(a) - rootCauseRank(b) || compareCodes(a.path, b.path);
