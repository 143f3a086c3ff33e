/** Messages between the ingest pool (main thread) and its parse workers. Everything here is structured-clonable. */
import type { Criteria } from '../../lib/schema/criteria';
import type { Divisions } from '../../lib/thai/index';
import type { FoundFile } from '../discover';

export interface WorkerInit {
  criteria: Criteria;
  divisions: Divisions;
  /** Cache folder, when the worker should store what it parses. */
  cacheDir?: string;
  /** The cache's version (cacheVersion): a task without `entry` gets its key computed here from the bytes read. */
  version?: string;
}

export interface Task {
  /** Position in the caller's file list (results are put back in path order). */
  i: number;
  file: FoundFile;
  /** Cache entry to write after parsing (name and key computed by the main thread from the bytes it hashed);
   *  absent when the main thread did not read the file (an empty cache: nothing to look up). */
  entry?: { name: string; key: Uint8Array };
}

export type ToWorker = { type: 'tasks'; tasks: Task[] } | { type: 'close' };

export type FromWorker =
  | { type: 'ready' }
  /** `data` is v8.serialize(ParsedFile), transferred. */
  | { type: 'done'; results: { i: number; data: Uint8Array }[] };
