/** A worker thread running a TypeScript module (through src/util/ts-worker-entry.mjs, which registers tsx in the thread). */
import { Worker, type WorkerOptions } from 'node:worker_threads';

const ENTRY = new URL('./ts-worker-entry.mjs', import.meta.url);

/** `module`: the worker's TypeScript file, as a URL (new URL('./x.ts', import.meta.url)). */
export function tsWorker(module: URL, options: Omit<WorkerOptions, 'argv' | 'execArgv'> = {}): Worker {
  // execArgv: [] — the entry registers tsx itself; inheriting the parent's tsx flags would load it twice.
  return new Worker(ENTRY, { ...options, argv: [module.href], execArgv: [] });
}
