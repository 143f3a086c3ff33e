/** One part of the privacy gate in a worker thread (src/publish/gate-workers.ts): scans its files, posts the result. */
import { parentPort, workerData } from 'node:worker_threads';
import { PrivateValueSet } from '../lib/privacy/scan';
import { scanFiles } from './gate';
import type { GateTask } from './gate-workers';

const task = workerData as GateTask;
parentPort!.postMessage(await scanFiles(task.dir, task.files, new PrivateValueSet(task.privateValues), new Map(task.origins)));
