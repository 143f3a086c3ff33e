/**
 * The privacy gate over a large site in worker threads, one per part (src/publish/gate.ts decides when). The files
 * wait in one queue, largest first, and each worker asks for the next batch when it has scanned its last: a national
 * site's few large files (omsap.json, groups.csv: a fifth of the work) never leave one worker scanning alone at the
 * end. A worker that fails fails the gate: nothing is published unscanned.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { tsWorker } from '../util/ts-worker';
import type { GateResult } from './gate';

const GATE_WORKER = new URL('./gate-worker.ts', import.meta.url);
/**
 * Each thread's heap limit (MB): a thread holds one page, or one piece and one window's reading of a large file
 * (src/publish/gate.ts LARGE_FILE_BYTES), far less than this. Without a limit a thread's heap grew to the largest
 * file it had read and stayed there: two threads beside the build took its peak to 3 GB.
 */
const WORKER_HEAP_MB = 640;
/** A batch ends at this many bytes or files: few enough messages, small enough that the queue stays even. */
const BATCH_BYTES = 1 << 20;
const BATCH_FILES = 100;

export interface GateTask {
  dir: string;
  privateValues: readonly string[];
  origins: [string, string][];
  /** Whether each file's SHA-256 comes back with what was found in it (a scan ahead). */
  hashes: boolean;
  /** What a scan ahead found clean (src/publish/gate.ts ScanOptions). */
  cleanAhead: [string, string][];
}

/** What a worker posts when it wants files: with what it found in its last batch, if it had one. */
export type GateWorkerMessage = { ask: true; part?: GateResult };

/** The files in batches, largest files first (a file of BATCH_BYTES or more a batch of its own). */
export function batchesBySize(dir: string, files: readonly string[]): string[][] {
  const sized = files.map((file) => ({ file, bytes: statSync(join(dir, file)).size })).sort((a, b) => b.bytes - a.bytes);
  const batches: string[][] = [];
  let batch: string[] = [];
  let bytes = 0;
  for (const f of sized) {
    batch.push(f.file);
    bytes += f.bytes;
    if (bytes >= BATCH_BYTES || batch.length >= BATCH_FILES) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/**
 * `signal` ends the threads (their promise then rejects); `hashes` and `cleanAhead` are scanFiles' options (a file a
 * scan ahead found clean is hashed by the thread that takes it, not read twice); `heapMb` is each thread's heap limit.
 */
export function scanInWorkers(
  dir: string,
  files: readonly string[],
  workers: number,
  privateValues: readonly string[],
  origins?: ReadonlyMap<string, string>,
  { hashes = false, cleanAhead, signal, heapMb = WORKER_HEAP_MB }: { hashes?: boolean; cleanAhead?: ReadonlyMap<string, string>; signal?: AbortSignal; heapMb?: number } = {},
): Promise<GateResult[]> {
  if (signal?.aborted) return Promise.reject(signal.reason as Error);
  const task: GateTask = { dir, privateValues, origins: origins ? [...origins] : [], hashes, cleanAhead: cleanAhead ? [...cleanAhead] : [] };
  const queue = batchesBySize(dir, files).reverse(); // pop() takes the largest
  return Promise.all(
    Array.from({ length: workers }, () => {
      const parts: GateResult[] = [];
      return new Promise<GateResult[]>((resolveParts, reject) => {
        const worker = tsWorker(GATE_WORKER, { workerData: task, resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: Math.min(16, heapMb / 4) } });
        worker.on('message', (m: GateWorkerMessage) => {
          if (m.part) parts.push(m.part);
          worker.postMessage(queue.pop() ?? null);
        });
        worker.on('error', reject);
        signal?.addEventListener('abort', () => void worker.terminate(), { once: true });
        worker.on('exit', (code) => (code === 0 && queue.length === 0 ? resolveParts(parts) : reject(new Error(`privacy gate worker exited with code ${code}`))));
      });
    }),
  ).then((perWorker) => perWorker.flat());
}
