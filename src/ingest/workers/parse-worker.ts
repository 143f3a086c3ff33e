/**
 * A parse worker: file → ParsedFile (the pure-ish per-file parse, ingestFile), serialised with v8 and
 * transferred back; also written to the cache when the main thread asked for it.
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { serialize } from 'node:v8';
import { IngestCache, storeParsed } from '../cache';
import { MAX_FILE_BYTES } from '../limits';
import { ingestFile } from '../ingest-file';
import { type ReadResult, readDataFile } from '../read-file';
import type { ParsedFile } from '../types';
import type { FromWorker, Task, ToWorker, WorkerInit } from './protocol';

const init = workerData as WorkerInit;
// Entries go to this worker's own segment (appends; no other thread writes it).
const writer = init.cacheDir ? new IngestCache(init.cacheDir, { index: false }).writer(`w${threadId}`) : undefined;
const port = parentPort!;

async function run(t: Task): Promise<Uint8Array> {
  let read: ReadResult | undefined;
  try {
    read = t.file.size <= MAX_FILE_BYTES ? readDataFile(t.file.abs) : undefined;
  } catch {
    read = undefined; // ingestFile reads again and reports the failure on the file
  }
  const privateValues = new Set<string>();
  const outcome = await ingestFile(t.file, { criteria: init.criteria, divisions: init.divisions, privateValues, criteriaAllowed: false, read: () => read });
  const parsed: ParsedFile = { outcome, privateValues: [...privateValues] };
  const data = serialize(parsed);
  if (writer) storeParsed(writer, t, init.version, read?.ok ? read.bytes : undefined, outcome, data);
  // A fresh, exactly-sized ArrayBuffer so it can be transferred.
  return data.byteOffset === 0 && data.buffer.byteLength === data.length ? data : new Uint8Array(data);
}

port.on('message', async (m: ToWorker) => {
  if (m.type === 'close') {
    writer?.close();
    port.close();
    return;
  }
  const results: { i: number; data: Uint8Array }[] = [];
  for (const t of m.tasks) results.push({ i: t.i, data: await run(t) });
  const msg: FromWorker = { type: 'done', results };
  port.postMessage(msg, results.map((r) => r.data.buffer as ArrayBuffer));
});
port.postMessage({ type: 'ready' } satisfies FromWorker);
