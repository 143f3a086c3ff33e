/**
 * The privacy gate over a large site in worker threads, one per part (src/publish/gate.ts decides when). Each
 * worker scans every n-th file (their sizes are mixed enough that this balances) and sends back its GateResult.
 * A worker that fails fails the gate: nothing is published unscanned.
 */
import { Worker } from 'node:worker_threads';
import type { GateResult } from './gate';

const BOOTSTRAP = new URL('./gate-worker-bootstrap.mjs', import.meta.url);

export interface GateTask {
  dir: string;
  files: string[];
  privateValues: readonly string[];
  origins: [string, string][];
}

export function scanInWorkers(dir: string, files: readonly string[], workers: number, privateValues: readonly string[], origins?: ReadonlyMap<string, string>): Promise<GateResult[]> {
  const originList = origins ? [...origins] : [];
  return Promise.all(
    Array.from({ length: workers }, (_, k) => {
      const task: GateTask = { dir, files: files.filter((_, i) => i % workers === k), privateValues, origins: originList };
      return new Promise<GateResult>((resolvePart, reject) => {
        const worker = new Worker(BOOTSTRAP, { workerData: task, execArgv: [] });
        let result: GateResult | undefined;
        worker.on('message', (m: GateResult) => (result = m));
        worker.on('error', reject);
        worker.on('exit', (code) => (result && code === 0 ? resolvePart(result) : reject(new Error(`privacy gate worker exited with code ${code}`))));
      });
    }),
  );
}
