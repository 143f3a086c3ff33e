/**
 * The privacy gate over a large site in worker threads, one per part (src/publish/gate.ts decides when). The files
 * wait in one queue, largest first, and each worker asks for the next batch when it has scanned its last: a national
 * site's few large files (omsap.json, groups.csv: a fifth of the work) never leave one worker scanning alone at the
 * end. A worker that fails fails the gate: nothing is published unscanned.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { GateResult } from './gate';

const BOOTSTRAP = new URL('./gate-worker-bootstrap.mjs', import.meta.url);
/**
 * Each thread's heap limit (MB). Without one a thread's heap grows with the largest file it has read (omsap.json is
 * ~150 MB at national scale) and stays there: two threads beside the build took its peak to 3 GB. The largest file's
 * text and one window's reading (src/lib/privacy/scan.ts WINDOW) fit in this.
 */
const WORKER_HEAP_MB = 640;
/** A batch ends at this many bytes or files: few enough messages, small enough that the queue stays even. */
const BATCH_BYTES = 1 << 20;
const BATCH_FILES = 100;

export interface GateTask {
  dir: string;
  privateValues: readonly string[];
  origins: [string, string][];
}

/** What a worker posts: "give me files" (with what it found in the last batch), or its end. */
export type GateWorkerMessage = { ask: true; part?: GateResult };

/** Files of this size or more are read one at a time: each takes hundreds of MB while it is read. */
const LARGE_FILE_BYTES = 16 << 20;

export interface Batch {
  files: string[];
  large: boolean;
}

/** The files in batches, largest files first (each large file a batch of its own). */
export function batchesBySize(dir: string, files: readonly string[]): Batch[] {
  const sized = files.map((file) => ({ file, bytes: statSync(join(dir, file)).size })).sort((a, b) => b.bytes - a.bytes);
  const batches: Batch[] = [];
  let batch: string[] = [];
  let bytes = 0;
  for (const f of sized) {
    batch.push(f.file);
    bytes += f.bytes;
    if (bytes >= BATCH_BYTES || batch.length >= BATCH_FILES) {
      batches.push({ files: batch, large: f.bytes >= LARGE_FILE_BYTES });
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length > 0) batches.push({ files: batch, large: false });
  return batches;
}

/**
 * Hands out batches, largest first, but never two large files at once: at national scale omsap.json and groups.csv
 * read side by side took the build's peak from 1.5 to 1.9 GB; the other thread meanwhile scans pages.
 */
export class GateQueue {
  private readonly batches: Batch[];
  private largeInFlight = false;
  private readonly waiting: ((batch: Batch | null) => void)[] = [];

  constructor(batches: Batch[]) {
    this.batches = [...batches].reverse(); // the end is the largest
  }

  /** The next batch for a thread (null: none left), when one it may take is there. */
  next(give: (batch: Batch | null) => void): void {
    for (let i = this.batches.length - 1; i >= 0; i--) {
      const batch = this.batches[i]!;
      if (batch.large && this.largeInFlight) continue;
      this.batches.splice(i, 1);
      this.largeInFlight ||= batch.large;
      return give(batch);
    }
    if (this.batches.length === 0) give(null);
    else this.waiting.push(give);
  }

  /** A thread has scanned this batch: a thread waiting for a large file may have it now. */
  done(batch: Batch): void {
    if (!batch.large) return;
    this.largeInFlight = false;
    const waiting = this.waiting.splice(0);
    for (const give of waiting) this.next(give);
  }

  get empty(): boolean {
    return this.batches.length === 0;
  }
}

export function scanInWorkers(dir: string, files: readonly string[], workers: number, privateValues: readonly string[], origins?: ReadonlyMap<string, string>): Promise<GateResult[]> {
  const task: GateTask = { dir, privateValues, origins: origins ? [...origins] : [] };
  const queue = new GateQueue(batchesBySize(dir, files));
  return Promise.all(
    Array.from({ length: workers }, () => {
      const parts: GateResult[] = [];
      let current: Batch | null = null;
      return new Promise<GateResult[]>((resolveParts, reject) => {
        const worker = new Worker(BOOTSTRAP, { workerData: task, execArgv: [], resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
        worker.on('message', (m: GateWorkerMessage) => {
          if (m.part) parts.push(m.part);
          if (current) queue.done(current);
          queue.next((batch) => worker.postMessage((current = batch)?.files ?? null));
        });
        worker.on('error', reject);
        worker.on('exit', (code) => (code === 0 && queue.empty ? resolveParts(parts) : reject(new Error(`privacy gate worker exited with code ${code}`))));
      });
    }),
  ).then((perWorker) => perWorker.flat());
}
