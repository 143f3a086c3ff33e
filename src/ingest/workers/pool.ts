/**
 * A small pool of parse workers (node:worker_threads). Tasks are handed out in chunks to whichever worker is
 * free (pull model, two chunks in flight per worker so none waits on the main thread); results come back in
 * any order and the caller puts them in place by index. A worker that dies has its unfinished tasks returned
 * to the caller through `orphaned` so that they are still parsed (in the main thread).
 */
import type { Worker } from 'node:worker_threads';
import { tsWorker } from '../../util/ts-worker';
import type { FromWorker, Task, ToWorker, WorkerInit } from './protocol';

const PARSE_WORKER = new URL('./parse-worker.ts', import.meta.url);
const CHUNK = 8;
/**
 * Each parse thread's heap limit (MB). A workbook's parse leaves garbage that V8, without a limit, let grow for
 * hundreds of MB in each thread: at national scale the ingest process peaked at 1.36 GB. A thread that runs out
 * dies and its files are parsed in the main thread, as for any dead worker.
 */
export const WORKER_HEAP_MB = 256;
const IN_FLIGHT = 2;

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Chunks sent and not yet answered, oldest first. */
  sent: Task[][];
  dead: boolean;
}

export class ParsePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private sealed = false;
  private pending = 0;
  private finish?: () => void;
  private fail?: (e: Error) => void;

  constructor(
    size: number,
    init: WorkerInit,
    private readonly onResult: (i: number, data: Uint8Array) => void,
    private readonly orphaned: (tasks: Task[]) => void,
    heapMb = WORKER_HEAP_MB,
  ) {
    for (let n = 0; n < size; n++) {
      const worker = tsWorker(PARSE_WORKER, { workerData: init, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
      const slot: Slot = { worker, ready: false, sent: [], dead: false };
      worker.on('message', (m: FromWorker) => this.onMessage(slot, m));
      worker.on('error', (e) => this.onDeath(slot, e));
      worker.on('exit', (code) => {
        if (!slot.dead && (code !== 0 || slot.sent.length > 0)) this.onDeath(slot, new Error(`parse worker exited with code ${code}`));
      });
      this.slots.push(slot);
    }
  }

  push(t: Task): void {
    this.queue.push(t);
    this.pending++;
    this.pump();
  }

  /** Resolves when every pushed task has a result (or was orphaned); no more pushes after this. */
  drain(): Promise<void> {
    this.sealed = true;
    return new Promise((resolve, reject) => {
      this.finish = resolve;
      this.fail = reject;
      this.pump();
      this.check();
    });
  }

  async close(): Promise<void> {
    await Promise.all(
      this.slots.map(async (s) => {
        if (s.dead) return;
        s.dead = true;
        // Let the worker close its cache segment and exit by itself; terminate only if it hangs.
        const exited = new Promise<void>((r) => s.worker.once('exit', () => r()));
        s.worker.postMessage({ type: 'close' } satisfies ToWorker);
        const timer = setTimeout(() => void s.worker.terminate(), 5000);
        await exited;
        clearTimeout(timer);
      }),
    );
  }

  private pump(): void {
    for (const s of this.slots) {
      while (s.ready && !s.dead && s.sent.length < IN_FLIGHT && this.queue.length > 0) {
        // Hold back a partial chunk while more tasks may still come, unless this worker has nothing to do.
        if (this.queue.length < CHUNK && !this.sealed && s.sent.length > 0) break;
        const chunk = this.queue.splice(0, CHUNK);
        s.sent.push(chunk);
        s.worker.postMessage({ type: 'tasks', tasks: chunk } satisfies ToWorker);
      }
    }
    if (this.sealed && this.queue.length > 0 && this.slots.every((s) => s.dead)) {
      const rest = this.queue.splice(0);
      this.pending -= rest.length;
      this.orphaned(rest);
    }
  }

  private onMessage(slot: Slot, m: FromWorker): void {
    if (m.type === 'ready') slot.ready = true;
    else {
      slot.sent.shift();
      for (const r of m.results) {
        this.onResult(r.i, r.data);
        this.pending--;
      }
    }
    this.pump();
    this.check();
  }

  private onDeath(slot: Slot, _e: Error): void {
    if (slot.dead) return;
    slot.dead = true;
    const lost = slot.sent.flat();
    slot.sent = [];
    this.pending -= lost.length;
    if (lost.length) this.orphaned(lost);
    this.pump();
    this.check();
  }

  private check(): void {
    if (!this.sealed || !this.finish) return;
    if (this.pending === 0) this.finish();
    else if (this.slots.every((s) => s.dead) && this.queue.length === 0 && this.pending !== 0) this.fail?.(new Error('parse pool: tasks lost'));
  }
}
