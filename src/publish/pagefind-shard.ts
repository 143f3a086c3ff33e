/**
 * One shard of the search index in a process of its own, started by src/publish/pagefind.ts: it receives the site's
 * folder, the shard's folder name and its pages over IPC, indexes them with a Pagefind process of its own (the
 * Pagefind Node API keeps one per Node process) and answers with the number of pages indexed. Two shards then index
 * at once on two cores, and what Pagefind's reading leaves in a Node heap goes away with the process.
 */
import * as pagefind from 'pagefind';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { indexedPart } from '../lib/search/indexed-part';
import { exitWithParent } from './parent-watch';

export interface ShardJob {
  dir: string;
  outName: string;
  files: string[];
}
export type ShardAnswer = { pages: number } | { error: string };

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
    const written = await index.writeFiles({ outputPath: join(dir, outName) });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return pages;
  } finally {
    await pagefind.close(); // ends the Pagefind process: its memory goes with it
  }
}

exitWithParent();
const send = (m: ShardAnswer) => new Promise<void>((r) => process.send!(m, () => r()));
process.once('message', async (job: ShardJob) => {
  try {
    await send({ pages: await indexShard(job) });
    process.exit(0);
  } catch (e) {
    await send({ error: (e as Error)?.message ?? String(e) });
    process.exit(1);
  }
});
