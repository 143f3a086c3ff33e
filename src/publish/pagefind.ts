/**
 * The search index, through Pagefind's Node API. Pages mark a short summary with data-pagefind-body, so
 * the index stays small, and only that element (with the page's language) is sent to Pagefind
 * (src/lib/search/indexed-part.ts): the same index as from whole pages, for a fraction of the bytes.
 *
 * Languages: Pagefind keeps one index per page language, read from each page's <html lang> (Thai pages "th", English
 * pages under /en/ "en"), so a search from a Thai page finds Thai pages and one from an English page English pages.
 *
 * Memory (DESIGN §12, measured by npm run bench): the Pagefind process grows with the pages it holds (a national shard
 * of 8,000 Thai group pages peaks at about 680 MB, of 8,000 English ones at about 300 MB) and only gives it back when
 * it exits. One index over a national site peaked at 1.5 GB on its own, next to the build's Node process. So a site
 * with more than SHARD_PAGES pages is indexed in shards, each by a Pagefind process of its own started from a worker
 * thread of its own (./pagefind-shard.ts), two at a time on two cores: shard 0 (every page but the group pages, in both
 * languages, plus the first groups) is written to /pagefind/ as before, the other group pages to /pagefind-1/,
 * /pagefind-2/, … one language per shard, listed by language in /pagefind/shards.json as folder names ({"th":
 * ["pagefind-1/"], "en": [...]}, which the search page puts after the site's base path); the search page merges its
 * language's shards at search time (Pagefind's mergeIndex). A small site has one index and empty lists.
 */
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { filesUnder, sitePath } from '../util/files-under';
import { tsWorker } from '../util/ts-worker';
import type { ShardAnswer, ShardAsk, ShardJob } from './pagefind-shard';

/** Pages per Pagefind process (its memory: see above). */
export const SHARD_PAGES = 8000;
export const SHARDS_FILE = 'shards.json';

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of filesUnder(dir)) {
    if (!e.name.endsWith('.html')) continue;
    const rel = sitePath(dir, e);
    if (!/^pagefind(-\d+)?\//.test(rel)) out.push(rel);
  }
  return out.sort();
}

const SHARD_WORKER = new URL('./pagefind-shard.ts', import.meta.url);
/**
 * A shard thread's heap (MB): it holds one page at a time, and its Pagefind holds the index. Without a limit the two
 * threads took the build's Node process from about 250 to 350 MB beside their two Pagefind processes; with it, 295.
 */
const SHARD_HEAP = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 8 };

/**
 * One shard writes its index at a time: a Pagefind process doubles while it writes (a Thai shard of 8,000 group pages
 * to about 600 MB, for a few seconds): two writing at once were the likely cause of a national build's 1.74 GB peak.
 * Each shard's turn ends when its thread does (its Pagefind process closed).
 */
let writing: Promise<void> = Promise.resolve();

/** Indexes one shard in a worker thread (./pagefind-shard.ts); resolves with the pages it indexed. */
function shardInWorker(job: ShardJob): Promise<number> {
  return new Promise((done, fail) => {
    const worker = tsWorker(SHARD_WORKER, { workerData: job, resourceLimits: SHARD_HEAP });
    let answer: ShardAnswer | undefined;
    let exited = false;
    let turnOver: (() => void) | undefined;
    const turn = () =>
      new Promise<void>((over) => {
        if (exited) return over();
        turnOver = over;
        worker.postMessage('write');
      });
    worker.on('message', (m: ShardAnswer | ShardAsk) => {
      if ('write' in m) writing = writing.then(turn);
      else answer = m;
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      exited = true;
      turnOver?.();
      if (answer && 'pages' in answer) done(answer.pages);
      else fail(new Error(answer && 'error' in answer ? answer.error : `Pagefind: the shard's thread ended (code ${code}) without an answer`));
    });
  });
}

/** Runs the jobs, `width` at a time, in order of start; their results in the jobs' order. */
async function inPool<T, R>(jobs: readonly T[], width: number, run: (job: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const k = next++;
      results[k] = await run(jobs[k]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, jobs.length) }, worker));
  return results;
}

/** The language of a built page, from its path: English pages live under en/. */
const langOf = (file: string): 'th' | 'en' => (file.startsWith('en/') ? 'en' : 'th');
const isGroupPage = (file: string) => /^(en\/)?groups\//.test(file);

/**
 * Indexes the site's pages in shards of at most `shardPages` (the first shard also holds every page that is not a
 * group page), as many shards at once as there are cores, at most two (each Pagefind process holds its pages' index).
 */
export async function indexSite(dir: string, shardPages = SHARD_PAGES): Promise<{ pages: number; shards: number }> {
  const files = htmlFiles(dir);
  const jobs: (ShardJob & { lang?: 'th' | 'en' })[] = [];
  if (files.length <= shardPages) jobs.push({ dir, outName: 'pagefind', files });
  else {
    const rest = files.filter((f) => !isGroupPage(f));
    const groups = files.filter(isGroupPage).sort((a, b) => (langOf(a) === langOf(b) ? 0 : langOf(a) === 'th' ? -1 : 1));
    const first = Math.max(0, shardPages - rest.length);
    jobs.push({ dir, outName: 'pagefind', files: [...rest, ...groups.slice(0, first)] });
    for (const lang of ['th', 'en'] as const) {
      const mine = groups.slice(first).filter((f) => langOf(f) === lang);
      for (let at = 0; at < mine.length; at += shardPages) jobs.push({ dir, outName: `pagefind-${jobs.length}`, files: mine.slice(at, at + shardPages), lang });
    }
  }
  const pages = await inPool(jobs, Math.min(2, availableParallelism()), ({ lang: _lang, ...job }) => shardInWorker(job));
  const extra: Record<'th' | 'en', string[]> = { th: [], en: [] };
  for (const j of jobs) if (j.lang) extra[j.lang].push(`${j.outName}/`);
  await writeFile(join(dir, 'pagefind', SHARDS_FILE), JSON.stringify(extra) + '\n');
  return { pages: pages.reduce((a, b) => a + b, 0), shards: jobs.length };
}
