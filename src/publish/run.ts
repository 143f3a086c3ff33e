/**
 * The whole build (DESIGN §2): data → dataset → quality report → Astro pages → Pagefind → privacy gate →
 * atomic swap into dist/. Any failure leaves the previous dist/ as it was and throws a BuildError.
 * Never writes into data/ or content/.
 */
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { fork, spawn } from 'node:child_process';
import { dirname, join, relative, resolve } from 'node:path';
import { runPipeline } from '../pipeline';
import { isProgressMessage, progressRouter, sendProgress, type ProgressMessage, type ProgressOut } from '../util/progress';
import type { FileReport, IngestOptions } from '../ingest/index';
import { firstProblems } from '../report/console-problems';
import { notAuditedFrom } from '../report/not-audited';
import { writeQualityReport } from '../report/quality-report';
import type { Dataset } from '../lib/schema/dataset';
import { validateDataset } from '../lib/dataset/validate';
import type { Issue } from '../lib/schema/issue';
import { gateLines, scanDirectory } from './gate';
import { ingestKm } from '../ingest/km';
import type { KmArticle } from '../lib/km/article';
import { KM_ENV, KM_FILE } from '../site/km';
import { indexSite } from './pagefind';
import { swapIntoPlace } from './swap';
import { addressEnv, type SiteAddress } from './address';
import { writeCrawlerFiles } from './crawlers';
import { placeNotFoundPages } from './status-pages';
import { copyKmImages } from './km-images';
import { placeDownloads, writeDownloads } from './downloads';
import { exitIfOrphaned } from './parent-watch';
import { compareWithPublished, writePublishedSummary } from './published-summary';
import { removeStaleTemps } from './stale-temps';
import { type PublishedSummary, summarise } from '../lib/changes/summary';
import { changesConsoleLine, shrinkConsoleLines, stopsBuild } from '../report/changes-section';
import { DIVISIONS_CACHE_DIR } from '../ingest/cache';
import { CRITERIA_ENV, criteriaTable } from '../site/data';
import { DEFAULT_CRITERIA } from '../lib/health/default-criteria';
import { lessonLinks } from '../lib/km/lessons';
import type { Criteria } from '../lib/schema/criteria';
import { consoleText } from '../lib/i18n/words';
import { DASH } from '../lib/i18n/format';
import { childDone, childFailed, tailOf } from '../util/child';
import { writeChunksAtomic, writeFileAtomic } from '../util/atomic-write';
import { datasetJson } from '../lib/dataset/json-chunks';

export type Phase = 'ingest' | 'dataset' | 'report' | 'km' | 'astro' | 'pagefind' | 'gate' | 'swap';

export interface PublishOptions {
  /** Project root (astro.config.mjs, src/). */
  root: string;
  dataDir: string;
  contentDir: string;
  /** Final site folder (dist/). */
  outDir: string;
  /** Where .omsap/dataset.json goes. */
  stateDir: string;
  reportsDir: string;
  /** Build from a prebuilt dataset file instead of running ingest (tests, or a dataset made elsewhere). */
  datasetFile?: string;
  /** Extra private values (JSON array of strings) for the gate, e.g. with datasetFile. */
  privateFile?: string;
  log?: (line: string) => void;
  /** Ingest options: cache folder, worker threads (scripts/build.ts sets the cache; --no-cache leaves it out). */
  ingest?: IngestOptions;
  /** Where the site is published (--base, --site); the root of a host without a known address by default. */
  address?: SiteAddress;
  /** Publish even when groups or audits fell by more than 10 % and more than 5 against the last published build. */
  allowShrink?: boolean;
  /**
   * Where progress inside the long phases goes (files read n/N, pages rendered n/N): scripts/build.ts gives the
   * terminal when it is one; by default a plain line at each quarter through `log`.
   */
  progress?: ProgressOut;
}

/** How a phase's lines are indented under its step ("[5/7] …"). */
export const STEP_INDENT = '      ';

export interface FileSummary {
  used: number;
  partial: number;
  rejected: number;
  skipped: number;
  total: number;
}

export interface PublishResult {
  files: FileSummary | null;
  groups: number;
  audits: number;
  errors: number;
  warnings: number;
  pages: number;
  searchPages: number;
  scanned: number;
  reportPath: string | null;
  datasetPath: string;
  ms: number;
}

export class BuildError extends Error {
  constructor(
    readonly phase: Phase,
    message: string,
  ) {
    super(message);
  }
}

/** The data would shrink the site (DESIGN §9): nothing was published; the message is the console's account. */
export class ShrinkError extends BuildError {
  constructor(
    readonly lines: string[],
    readonly reportPath: string | null,
  ) {
    super('dataset', lines.join('\n'));
  }
}

/** Test hook: OMSAP_FAIL_AT=<phase> makes that phase fail, to prove a failed build leaves dist/ alone. */
function checkpoint(phase: Phase): void {
  if (process.env.OMSAP_FAIL_AT === phase) throw new Error(consoleText((w) => w.console.forcedFailure(phase)));
}

async function countHtml(dir: string): Promise<number> {
  let n = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name.endsWith('.html')) n++;
  return n;
}

/** What the build keeps of steps 1–3 (ingest, dataset, report): counts, the gate's private values, paths. The
 *  records and the dataset itself stay inside prepare() so that they can be freed before Astro runs. */
interface Prepared {
  files: FileSummary | null;
  groups: number;
  audits: number;
  errors: number;
  warnings: number;
  privateValues: string[];
  /** Where each private value and masked number was read (privateKey or digits → place): for the gate's message. */
  origins: [string, string][];
  reportPath: string | null;
  datasetPath: string;
  /** The KM articles to publish, written beside the dataset (pages read them through src/site/km.ts). */
  kmPath: string;
  articles: number;
  /** The criteria table that scored the data, written beside the dataset (pages read it through CRITERIA_ENV). */
  criteriaPath?: string;
  /** This build's summary, written to the state folder once the site is swapped into dist/. */
  summary: PublishedSummary;
  /** What changed since the last published build, in one console line. */
  changeLine: string;
  /** The console's account of a shrink (empty when the data does not shrink the site). */
  shrinkLines: string[];
  /** The data would shrink the site: nothing may be published (the dataset was not written). */
  blocked: boolean;
}

/** Writes the articles the pages will show beside the dataset; returns the file's path. */
export async function writeKmFile(dir: string, articles: readonly KmArticle[]): Promise<string> {
  const path = join(dir, KM_FILE);
  writeFileAtomic(path, JSON.stringify({ articles }) + '\n');
  return path;
}

/** Heap limit of the Astro process (MB): its live size at 30,000 groups is ~1.1 GB; see DESIGN §12. */
export const ASTRO_HEAP_MB = 1536;
/**
 * Node's flags for the Astro process. A page's render allocates many short-lived strings: a young generation of
 * 32 MB (Node's default is 16) halves how often it is collected, which measured −17 % CPU for the page phase at
 * 3,000 groups (−35 % with build.concurrency 4 in astro.config.mjs) for about 100 MB more at peak.
 */
export const ASTRO_NODE_FLAGS = [`--max-old-space-size=${ASTRO_HEAP_MB}`, '--max-semi-space-size=32'];
/** Heap limit of the ingest + dataset process (MB). */
export const PREPARE_HEAP_MB = 2048;

/**
 * Steps 1–3. Runs in a child process of its own (src/publish/prepare-child.ts): see prepareInChild. Long (115
 * lines) because the steps read in order, one after the other; split with the rest of run.ts after the Astro 7 move.
 */
export async function prepareData(opts: Omit<PublishOptions, 'log'>, log: (line: string) => void, at: (p: Phase) => void): Promise<Prepared> {
  // 1. Ingest (or a prebuilt dataset).
  let raw: unknown;
  let issues: Issue[] = [];
  let privateValues: string[] = [];
  let origins: [string, string][] = [];
  let km: KmArticle[] = [];
  /** The criteria table that scored the data (a province's own, or the default): the methodology page shows it. */
  let criteria: Criteria | undefined;
  let files: FileSummary | null = null;
  let ingestFiles: FileReport[] = [];
  if (opts.datasetFile) {
    log(`[1/7] ${consoleText((w) => w.console.step.prebuilt)}: ${relative(process.cwd(), opts.datasetFile)}`);
    raw = JSON.parse(await readFile(opts.datasetFile, 'utf8'));
    // No report for a prebuilt dataset: the articles' problems go to the console. The articles are checked against
    // the criteria the pages will show, and the dataset's lessons are those of the articles published with it.
    const id = typeof raw === 'object' && raw !== null && 'criteria' in raw && typeof raw.criteria === 'string' ? raw.criteria : undefined;
    const table = id === undefined ? DEFAULT_CRITERIA : criteriaTable(id, join(resolve(opts.stateDir), 'dataset.json'));
    const read = await ingestKm(resolve(opts.contentDir), table);
    if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) (raw as Record<string, unknown>).lessons = lessonLinks(read.articles, table);
    km = read.articles;
    origins = [...read.origins];
    for (const i of read.issues) log(`      ${i.th}\n      ${i.en}`);
  } else {
    log(`[1/7] ${consoleText((w) => w.console.step.ingest)}: ${relative(process.cwd(), opts.dataDir) || '.'}`);
    const out = await runPipeline(resolve(opts.dataDir), { log, ...opts.ingest, contentDir: resolve(opts.contentDir), onProgress: sendProgress('files') });
    raw = out.dataset;
    issues = out.issues;
    km = out.km;
    privateValues = out.ingest.privateValues ?? [];
    origins = [...out.ingest.origins];
    ingestFiles = out.ingest.files;
    criteria = out.ingest.criteria;
    const fs = out.ingest.files;
    files = {
      used: fs.filter((f) => f.status === 'used').length,
      partial: fs.filter((f) => f.status === 'partial').length,
      rejected: fs.filter((f) => f.status === 'rejected').length,
      skipped: fs.filter((f) => f.status === 'skipped').length,
      total: fs.length,
    };
    const counts = [files.total, files.used, files.partial, files.rejected, files.skipped].map(String) as [string, string, string, string, string];
    log(`      ${consoleText((w) => w.console.files(...counts))}`);
    for (const line of firstProblems(issues)) log(`      ${line}`);
  }
  if (opts.privateFile) {
    const extra = JSON.parse(await readFile(opts.privateFile, 'utf8')) as unknown;
    if (!Array.isArray(extra)) throw new Error(consoleText((w) => w.console.privateFileInvalid(opts.privateFile!)));
    privateValues = [...privateValues, ...extra.map(String)];
  }

  // 2. Validate and write the dataset: nothing is rendered from an unvalidated dataset, and a refused one (a path in a
  // group id of a hand-edited --dataset) stops here, before anything in the state folder is written.
  at('dataset');
  const dataset: Dataset = validateDataset(raw, opts.datasetFile ? relative(process.cwd(), opts.datasetFile) : undefined);
  raw = undefined;

  // Against the last published build: what changed, and whether the site would shrink (DESIGN §9).
  const summary = summarise(dataset, opts.datasetFile ? undefined : { files: ingestFiles, issues });
  const changes = compareWithPublished(resolve(opts.stateDir), summary, issues, 'build', opts.allowShrink === true);
  const blocked = stopsBuild(changes);

  // A build whose parent is gone writes nothing (src/publish/parent-watch.ts).
  exitIfOrphaned();
  const datasetPath = join(resolve(opts.stateDir), 'dataset.json');
  let criteriaPath: string | undefined;
  const kmPath = join(dirname(datasetPath), KM_FILE);
  const audits = dataset.groups.reduce((s, g) => s + g.audits.length, 0);
  if (!blocked) {
    await mkdir(dirname(datasetPath), { recursive: true });
    writeChunksAtomic(datasetPath, datasetJson(dataset));
    await writeKmFile(dirname(datasetPath), km);
    if (criteria) {
      criteriaPath = join(dirname(datasetPath), 'criteria.json');
      writeFileAtomic(criteriaPath, JSON.stringify(criteria) + '\n');
    }
    // The downloads, once, from the dataset in hand; they join the site after the pages (src/publish/downloads.ts).
    await writeDownloads(dirname(datasetPath), datasetPath, dataset, criteria ?? criteriaTable(dataset.criteria, datasetPath));
  }
  const target = blocked ? consoleText((w) => w.console.notWritten) : relative(process.cwd(), datasetPath);
  const sizes = [String(dataset.groups.length), String(audits), dataset.fiscalYears.join(', ') || DASH] as const;
  log(`[2/7] ${consoleText((w) => w.console.step.dataset)}: ${consoleText((w) => w.console.dataset(...sizes))} → ${target}`);

  // 3. Data-quality report (outside dist/: it names files).
  at('report');
  let reportPath: string | null = null;
  if (!opts.datasetFile) {
    exitIfOrphaned();
    const written = await writeQualityReport(resolve(opts.reportsDir), {
      files: ingestFiles,
      issues,
      notAudited: notAuditedFrom(dataset),
      counts: { groups: dataset.groups.length, audits },
      changes,
    });
    reportPath = written.html;
    log(`[3/7] ${consoleText((w) => w.console.step.report)}: ${relative(process.cwd(), reportPath)}`);
  } else log(`[3/7] ${consoleText((w) => w.console.step.report)}: ${consoleText((w) => w.console.reportSkipped)}`);
  return {
    files,
    groups: dataset.groups.length,
    audits,
    errors: issues.filter((i) => i.severity === 'error').length,
    warnings: issues.filter((i) => i.severity === 'warning').length,
    privateValues,
    origins,
    reportPath,
    datasetPath,
    kmPath,
    articles: km.length,
    ...(criteriaPath ? { criteriaPath } : {}),
    summary,
    changeLine: changesConsoleLine(changes),
    shrinkLines: shrinkConsoleLines(changes),
    blocked,
  };
}

/** Messages of src/publish/prepare-child.ts. */
export type PrepareMessage =
  | { type: 'log'; line: string }
  | { type: 'phase'; phase: Phase }
  | ProgressMessage
  | { type: 'done'; prepared: Prepared }
  | { type: 'error'; phase: Phase; message: string };

/**
 * Steps 1–3 in a child process: ingest's records, the dataset and their garbage go away with it, so the parent
 * stays small while Astro and Pagefind run (DESIGN §12: the whole build under 2 GB). Only counts, paths and the
 * private values (for the gate; over the IPC channel, never written to disk) come back.
 */
function prepareInChild(opts: PublishOptions, log: (line: string) => void, at: (p: Phase) => void, onProgress: (m: ProgressMessage) => void): Promise<Prepared> {
  let tsx = 'tsx';
  try {
    tsx = import.meta.resolve('tsx');
  } catch {
    /* resolved from the working folder */
  }
  const { log: _log, progress: _progress, ...plain } = opts;
  return new Promise((done, fail) => {
    const child = fork(join(resolve(opts.root), 'src/publish/prepare-child.ts'), [], {
      execArgv: [`--max-old-space-size=${PREPARE_HEAP_MB}`, '--import', tsx],
      env: process.env,
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    const err = tailOf(child.stderr);
    let result: Prepared | undefined;
    let failure: Error | undefined;
    child.on('message', (m: PrepareMessage) => {
      if (m.type === 'log') log(m.line);
      else if (m.type === 'progress') onProgress(m);
      else if (m.type === 'phase') {
        try {
          at(m.phase);
        } catch (e) {
          failure = e as Error;
        }
      } else if (m.type === 'done') result = m.prepared;
      else failure = new BuildError(m.phase, m.message);
    });
    child.on('error', fail);
    child.on('close', (code, signal) => {
      if (failure) fail(failure);
      else if (result && code === 0) done(result);
      else fail(childFailed('ingest', code, signal, err()));
    });
    child.send(plain);
  });
}

/** Runs Astro's build in a child process with its own heap limit; rejects with its stderr on failure. Its pages
 *  rendered n/N come over IPC to `onProgress`. */
function astroInChild(root: string, outDir: string, address: SiteAddress, onProgress: (m: ProgressMessage) => void): Promise<void> {
  const child = spawn(process.execPath, [...ASTRO_NODE_FLAGS, '--import', 'tsx', join(root, 'src/publish/astro-child.ts'), root, outDir], {
    cwd: root,
    env: { ...process.env, ...addressEnv(address) },
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  child.on('message', (m: unknown) => {
    if (isProgressMessage(m)) onProgress(m);
  });
  return childDone(child, 'Astro');
}

/** Steps 1–7 in order. Long (95 lines) for that order; split with the rest of run.ts after the Astro 7 move. */
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
  try {
    const cleaned = removeStaleTemps(resolve(opts.outDir), [
      resolve(opts.stateDir),
      ...(opts.ingest?.cacheDir ? [join(resolve(opts.ingest.cacheDir), 'ingest')] : []),
      DIVISIONS_CACHE_DIR,
    ]);
    if (cleaned.length > 0) log(`${consoleText((w) => w.console.staleRemoved)}: ${cleaned.join(', ')}`);
    at('ingest');
    const prep = await prepareInChild(opts, log, at, onProgress);
    const { files, audits, privateValues, reportPath, datasetPath } = prep;
    if (prep.blocked) throw new ShrinkError(prep.shrinkLines, reportPath);
    for (const line of [prep.changeLine, ...prep.shrinkLines]) log(line);
    if (prep.criteriaPath) process.env[CRITERIA_ENV] = prep.criteriaPath;

    // 4. KM articles: read, checked and masked with the data (step 1); the pages read them from kmPath.
    phase = 'km';
    checkpoint(phase);
    process.env[KM_ENV] = prep.kmPath;
    log(`[4/7] ${consoleText((w) => w.console.step.km)}: ${prep.articles}`);

    // 5. Pages, into a fresh temp folder next to dist/.
    phase = 'astro';
    checkpoint(phase);
    await rm(tmp, { recursive: true, force: true });
    process.env.OMSAP_DATASET = datasetPath;
    const ta = Date.now();
    const address = opts.address ?? { base: '/' };
    await astroInChild(root, tmp, address, onProgress);
    // Astro's content layer leaves two empty module maps in a static build; they are not part of the site.
    for (const stray of ['content-assets.mjs', 'content-modules.mjs']) await rm(join(tmp, stray), { force: true });
    await copyKmImages(tmp, resolve(opts.contentDir), prep.kmPath);
    await placeDownloads(dirname(datasetPath), tmp);
    await placeNotFoundPages(tmp);
    await writeCrawlerFiles(tmp, address);
    const pages = await countHtml(tmp);
    log(`[5/7] ${consoleText((w) => w.console.step.pages)}: ${pages} (${((Date.now() - ta) / 1000).toFixed(1)} s)`);

    // 6. Search index.
    phase = 'pagefind';
    checkpoint(phase);
    const tp = Date.now();
    const { pages: searchPages } = await indexSite(tmp);
    log(`[6/7] ${consoleText((w) => w.console.step.search)}: ${searchPages} (${((Date.now() - tp) / 1000).toFixed(1)} s)`);

    // 7. Privacy gate over every file written, then the swap.
    phase = 'gate';
    checkpoint(phase);
    const gate = await scanDirectory(tmp, privateValues, new Map(prep.origins));
    if (gate.hits.length > 0) {
      const lines = gateLines(gate.hits, consoleText((w) => w.console.readFrom));
      throw new Error(`${consoleText((w) => w.console.personalFound(String(gate.hits.length)))}:\n${lines.join('\n')}`);
    }
    const passed = [gate.scanned, gate.skippedBinary, new Set(privateValues).size].map(String) as [string, string, string];
    log(`[7/7] ${consoleText((w) => w.console.step.privacy)}: ${consoleText((w) => w.console.privacyPassed(...passed))}`);
    phase = 'swap';
    checkpoint(phase);
    exitIfOrphaned();
    await swapIntoPlace(tmp, resolve(opts.outDir));
    try {
      writePublishedSummary(resolve(opts.stateDir), prep.summary);
    } catch (e) {
      // The site is published; only the next build's comparison is lost (it then compares nothing).
      log(`${consoleText((w) => w.console.summaryNotWritten)}: ${(e as Error).message}`);
    }

    return {
      files,
      groups: prep.groups,
      audits,
      errors: prep.errors,
      warnings: prep.warnings,
      pages,
      searchPages,
      scanned: gate.scanned,
      reportPath,
      datasetPath,
      ms: Date.now() - t0,
    };
  } catch (e) {
    await rm(tmp, { recursive: true, force: true }).catch(() => {});
    if (e instanceof BuildError) throw e;
    throw new BuildError(phase, (e as Error).message ?? String(e));
  }
}

/** Total bytes under a folder (for the summary). */
export async function folderBytes(dir: string): Promise<number> {
  let n = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) n += (await stat(join(e.parentPath, e.name))).size;
  }
  return n;
}
