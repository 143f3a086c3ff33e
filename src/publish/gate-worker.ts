/**
 * One privacy-gate worker thread (src/publish/gate-workers.ts): asks for a batch of files, scans it, posts what it
 * found with its next ask; a null batch means the queue is empty and the thread ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PrivateValueSet } from '../lib/privacy/scan';
import { scanFiles } from './gate';
import type { GateTask, GateWorkerMessage } from './gate-workers';

const task = workerData as GateTask;
const set = new PrivateValueSet(task.privateValues);
const options = { origins: new Map(task.origins), hashes: task.hashes, cleanAhead: new Map(task.cleanAhead) };
const port = parentPort!;
const ask = (m: GateWorkerMessage) => port.postMessage(m);

port.on('message', async (files: string[] | null) => {
  if (files === null) return port.close();
  ask({ ask: true, part: await scanFiles(task.dir, files, set, options) });
});
ask({ ask: true });
