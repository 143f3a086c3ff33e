/**
 * One shard of the search index in a worker thread of its own, started by src/publish/pagefind.ts: it is given the
 * site's folder, the shard's folder name and its pages, indexes them with a Pagefind process of its own (the Pagefind
 * Node API keeps one per module instance, and each thread has its own) and answers with the number of pages indexed.
 * Two shards then index at once on two cores, and what Pagefind's reading leaves in a heap goes away with the thread.
 * A thread, not a process: a Node process for each shard added 84 MB to the build's peak, beside its Pagefind.
 */
import * as pagefind from 'pagefind';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { indexedPart } from '../lib/search/indexed-part';

export interface ShardJob {
  dir: string;
  outName: string;
  files: string[];
}
export type ShardAnswer = { pages: number } | { error: string };
/** What a shard's thread posts before it writes its index: it writes when the build answers (one shard at a time). */
export type ShardAsk = { write: true };

/** Waits for the build's word that this shard may write its index now (src/publish/pagefind.ts). */
function turnToWrite(): Promise<void> {
  return new Promise((go) => {
    parentPort!.once('message', () => go());
    parentPort!.postMessage({ write: true } satisfies ShardAsk);
  });
}

/** One Pagefind index over these pages (site-relative paths), written to <dir>/<outName>/; returns pages indexed. */
async function indexShard({ dir, outName, files }: ShardJob): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index || errors.length) throw new Error(`Pagefind: ${errors.join('; ') || 'no index'}`);
    let pages = 0;
    for (const f of files) {
      const part = indexedPart(await readFile(join(dir, f), 'utf8'));
      if (part === null) continue; // no data-pagefind-body: Pagefind would skip it too
      const added = await index.addHTMLFile({ sourcePath: f, content: part });
      if (added.errors.length) throw new Error(`Pagefind: ${f}: ${added.errors.join('; ')}`);
      pages++;
    }
    await turnToWrite();
    const written = await index.writeFiles({ outputPath: join(dir, outName) });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return pages;
  } finally {
    await pagefind.close(); // ends the Pagefind process: its memory goes with it
  }
}

const answer = (m: ShardAnswer) => parentPort!.postMessage(m);
try {
  answer({ pages: await indexShard(workerData as ShardJob) });
} catch (e) {
  answer({ error: (e as Error)?.message ?? String(e) });
}
