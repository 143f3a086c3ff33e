/**
 * The whole build (DESIGN §2): data → dataset → quality report → Astro pages → Pagefind → privacy gate →
 * atomic swap into dist/. Any failure leaves the previous dist/ as it was and throws a BuildError.
 * Never writes into data/ or content/. Steps 1–3 are src/publish/prepare.ts, run in a child process
 * (src/publish/children.ts); the options and result are in src/publish/options.ts.
 */
import { rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { gateLines, scanAhead, scanDirectory } from './gate';
import { KM_ENV } from '../site/km';
import { indexSite } from './pagefind';
import { swapIntoPlace } from './swap';
import type { SiteAddress } from './address';
import { writeCrawlerFiles } from './crawlers';
import { placeNotFoundPages } from './status-pages';
import { copyKmImages } from './km-images';
import { DOWNLOADS_DIR, placeDownloads } from './downloads';
import { exitIfOrphaned } from './parent-watch';
import { writePublishedSummary } from './published-summary';
import { removeStaleTemps } from './stale-temps';
import { DIVISIONS_CACHE_DIR } from '../ingest/divisions-cache';
import { wholeFile } from '../ingest/whole-cache';
import { CRITERIA_ENV, DATASET_ENV, DATASET_SHA256_ENV } from '../site/data';
import { consoleText } from '../lib/i18n/words';
import { BuildError, type Phase, ShrinkError, checkpoint } from './build-error';
import { astroInChild, prepareInChild } from './children';
import { renderPageInChild } from '../report/render';
import type { Prepared, PublishOptions, PublishResult } from './options';
import { type ProgressMessage, progressRouter } from '../util/progress';
import { collectGarbage } from '../util/gc';
import { filesUnder, folderBytes } from '../util/files-under';

// How a build fails, for scripts/build.ts beside publishSite.
export { BuildError, ShrinkError } from './build-error';

/** How a phase's lines are indented under its step ("[5/7] …"). */
export const STEP_INDENT = '      ';

const countHtml = (dir: string): number => filesUnder(dir).filter((e) => e.name.endsWith('.html')).length;

/** Steps 1–7 in order; each failure leaves dist/ as it was and is thrown as a BuildError of its phase. */
export async function publishSite(opts: PublishOptions): Promise<PublishResult> {
  const t0 = Date.now();
  const log = opts.log ?? (() => {});
  const root = resolve(opts.root);
  let phase: Phase = 'ingest';
  const tmp = join(dirname(resolve(opts.outDir)), `.dist-tmp-${process.pid}`);
  const at = (p: Phase) => {
    phase = p;
    checkpoint(p);
  };
  // Files read and pages rendered, from the child processes, drawn here: one line rewritten on a terminal, a plain
  // line at each quarter otherwise.
  const onProgress = progressRouter(opts.progress ?? { tty: false, write: (t) => log(t.trimEnd()), now: Date.now, indent: STEP_INDENT });
  let ahead: ScanAhead | undefined;
  try {
    removeStale(opts, log);
    at('ingest');
    const prep = await prepareInChild(opts, log, at, onProgress);
    const { files, audits, reportPath, datasetPath } = prep;
    ahead = downloadsAhead(prep);
    // The report's page before anything else can stop the build: it is what the officer reads to fix the files.
    await drawReport(prep, log, at);
    if (prep.blocked) throw new ShrinkError(prep.shrinkLines, reportPath);
    for (const line of [prep.changeLine, ...prep.shrinkLines]) log(line);
    if (prep.criteriaPath) process.env[CRITERIA_ENV] = prep.criteriaPath;

    // 4. KM articles: read, checked and masked with the data (step 1); the pages read them from kmPath.
    at('km');
    process.env[KM_ENV] = prep.kmPath;
    log(`[4/7] ${consoleText((w) => w.console.step.km)}: ${prep.articles}`);

    at('astro');
    collectGarbage();
    const pages = await renderPages(opts, root, tmp, prep, log, onProgress, ahead);
    at('pagefind');
    collectGarbage();
    const searchPages = await indexSearch(tmp, log);
    at('gate');
    collectGarbage();
    const scanned = await privacyGate(tmp, prep, log, ahead);
    at('swap');
    await swap(opts, tmp, prep, log);

    return { files, groups: prep.groups, audits, errors: prep.errors, warnings: prep.warnings, pages, searchPages, scanned, reportPath, datasetPath, ms: Date.now() - t0 };
  } catch (e) {
    ahead?.stop();
    await rm(tmp, { recursive: true, force: true }).catch(() => {});
    if (e instanceof BuildError) throw e;
    throw new BuildError(phase, (e as Error).message ?? String(e));
  }
}

/** Temp files and folders a killed build left beside dist/, in the state folder and in the caches. */
function removeStale(opts: PublishOptions, log: (line: string) => void): void {
  const cleaned = removeStaleTemps(resolve(opts.outDir), [
    resolve(opts.stateDir),
    ...(opts.ingest?.cacheDir ? [join(resolve(opts.ingest.cacheDir), 'ingest'), dirname(wholeFile(opts.ingest.cacheDir))] : []),
    DIVISIONS_CACHE_DIR,
  ]);
  if (cleaned.length > 0) log(`${consoleText((w) => w.console.staleRemoved)}: ${cleaned.join(', ')}`);
}

/** 3. The data-quality report's page, in a process of its own now that the ingest's has exited (its JSON is written). */
async function drawReport(prep: Prepared, log: (line: string) => void, at: (p: Phase) => void): Promise<void> {
  if (!prep.reportPath || !prep.reportView) return;
  at('report');
  await renderPageInChild(prep.reportView, prep.reportPath);
  prep.reportView = undefined;
  log(`[3/7] ${consoleText((w) => w.console.step.report)}: ${relative(process.cwd(), prep.reportPath)}`);
}

/** The downloads' scan ahead: started once, when the pages are under way; its result undefined if it failed. */
interface ScanAhead {
  start: () => void;
  result: () => Promise<Map<string, string> | undefined>;
  stop: () => void;
}
/** Downloads this large are scanned ahead; below it the gate is over before a thread would have started. */
const AHEAD_MIN_BYTES = 8 << 20;

/**
 * 7, begun early: the downloads are final once the dataset is written, and a thread scans them while the pages are
 * made (src/publish/gate.ts scanAhead). It starts at the page process's first progress, once that process has read
 * the dataset (its largest moment): started before, the two took a national build's peak to 1.74 GB.
 */
function downloadsAhead(prep: Prepared): ScanAhead | undefined {
  const dir = join(dirname(prep.datasetPath), DOWNLOADS_DIR);
  if (bytesOr0(dir) < AHEAD_MIN_BYTES) return undefined;
  let scan: ReturnType<typeof scanAhead> | undefined;
  return {
    start: () => void (scan ??= scanAhead(dir, prep.privateValues)),
    // A scan ahead that failed (or never started) only leaves the downloads to the gate.
    result: async () => scan?.result.catch(() => undefined),
    stop: () => scan?.stop(),
  };
}

/** A folder's bytes; none when there is no folder (a blocked build writes no downloads). */
function bytesOr0(dir: string): number {
  try {
    return folderBytes(dir);
  } catch {
    return 0;
  }
}

/** 5. Pages, into a fresh temp folder next to dist/, with the files that join them; the number of pages. */
async function renderPages(opts: PublishOptions, root: string, tmp: string, prep: Prepared, log: (line: string) => void, onProgress: (m: ProgressMessage) => void, ahead?: ScanAhead): Promise<number> {
  const { datasetPath } = prep;
  await rm(tmp, { recursive: true, force: true });
  process.env[DATASET_ENV] = datasetPath;
  if (prep.datasetSha256) process.env[DATASET_SHA256_ENV] = prep.datasetSha256;
  else delete process.env[DATASET_SHA256_ENV];
  const ta = Date.now();
  const address: SiteAddress = opts.address ?? { base: '/' };
  await astroInChild(root, tmp, address, (m) => {
    ahead?.start();
    onProgress(m);
  });
  // Astro's content layer leaves two empty module maps in a static build; they are not part of the site.
  for (const stray of ['content-assets.mjs', 'content-modules.mjs']) await rm(join(tmp, stray), { force: true });
  await copyKmImages(tmp, resolve(opts.contentDir), prep.kmPath);
  // The downloads move into the site next: a scan ahead reads them where they are.
  await ahead?.result();
  await placeDownloads(dirname(datasetPath), tmp);
  await placeNotFoundPages(tmp);
  await writeCrawlerFiles(tmp, address);
  const pages = countHtml(tmp);
  log(`[5/7] ${consoleText((w) => w.console.step.pages)}: ${pages} (${((Date.now() - ta) / 1000).toFixed(1)} s)`);
  return pages;
}

/** 6. Search index; the number of pages indexed. */
async function indexSearch(tmp: string, log: (line: string) => void): Promise<number> {
  const tp = Date.now();
  const { pages: searchPages } = await indexSite(tmp);
  log(`[6/7] ${consoleText((w) => w.console.step.search)}: ${searchPages} (${((Date.now() - tp) / 1000).toFixed(1)} s)`);
  return searchPages;
}

/**
 * 7. Privacy gate over every file written; the number of files scanned. Throws on any private value found. What a
 * scan ahead found in the downloads stands for the files that still hold the bytes it read.
 */
async function privacyGate(tmp: string, prep: Prepared, log: (line: string) => void, ahead?: ScanAhead): Promise<number> {
  const { privateValues } = prep;
  const tg = Date.now();
  const before = await ahead?.result();
  const gate = await scanDirectory(tmp, privateValues, new Map(prep.origins), undefined, before);
  if (gate.hits.length > 0) {
    const lines = gateLines(gate.hits, consoleText((w) => w.console.readFrom));
    throw new Error(`${consoleText((w) => w.console.personalFound(String(gate.hits.length)))}:\n${lines.join('\n')}`);
  }
  const passed = [gate.scanned, gate.skippedBinary, new Set(privateValues).size].map(String) as [string, string, string];
  log(`[7/7] ${consoleText((w) => w.console.step.privacy)}: ${consoleText((w) => w.console.privacyPassed(...passed))} (${((Date.now() - tg) / 1000).toFixed(1)} s)`);
  return gate.scanned;
}

/** The swap into dist/, then this build's summary for the next build's comparison. */
async function swap(opts: PublishOptions, tmp: string, prep: Prepared, log: (line: string) => void): Promise<void> {
  exitIfOrphaned();
  await swapIntoPlace(tmp, resolve(opts.outDir));
  try {
    writePublishedSummary(resolve(opts.stateDir), prep.summary);
  } catch (e) {
    // The site is published; only the next build's comparison is lost (it then compares nothing).
    log(`${consoleText((w) => w.console.summaryNotWritten)}: ${(e as Error).message}`);
  }
}
