/**
 * Steps 1–3 of the build (DESIGN §2): the data read (ingest, or a prebuilt dataset), the dataset validated and
 * written with the articles, criteria and downloads beside it, and the data-quality report. Runs in a child process
 * of its own (src/publish/prepare-child.ts, started by src/publish/children.ts prepareInChild).
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { runPipeline } from '../pipeline';
import { sendProgress } from '../util/progress';
import type { FileReport } from '../ingest/types';
import { firstProblems } from '../report/console-problems';
import { notAuditedFrom } from '../report/not-audited';
import { type QualityJsonWritten, writeQualityJson } from '../report/quality-report';
import type { Dataset } from '../lib/schema/dataset';
import { validateDataset } from '../lib/dataset/validate';
import type { Issue } from '../lib/schema/issue';
import { ingestKm } from '../ingest/km';
import type { KmArticle } from '../lib/km/article';
import { KM_FILE } from '../site/km';
import { writeDownloads } from './downloads';
import { exitIfOrphaned } from './parent-watch';
import { compareWithPublished } from './published-summary';
import { summarise } from '../lib/changes/summary';
import { type ChangesInput, changesConsoleLine, shrinkConsoleLines, stopsBuild } from '../report/changes-section';
import { criteriaTable } from '../site/data';
import { DEFAULT_CRITERIA } from '../lib/health/default-criteria';
import { lessonLinks } from '../lib/km/lessons';
import type { Criteria } from '../lib/schema/criteria';
import { type FileSummary, fileSummary } from '../lib/issues/file-summary';
import { consoleText } from '../lib/i18n/words';
import { DASH } from '../lib/i18n/format';
import { writeChunksAtomic, writeFileAtomic } from '../util/atomic-write';
import { datasetJson } from '../lib/dataset/json-chunks';
import type { Phase } from './build-error';
import { collectGarbage } from '../util/gc';
import type { Prepared, PublishOptions } from './options';

/** What step 1 read: the raw dataset (freed once validated) and what the later steps need of the data. */
interface Read {
  raw: unknown;
  issues: Issue[];
  privateValues: string[];
  origins: [string, string][];
  km: KmArticle[];
  /** The criteria table that scored the data (a province's own, or the default): the methodology page shows it. */
  criteria?: Criteria;
  files: FileSummary | null;
  ingestFiles: FileReport[];
}

/** Where step 2 wrote (or would have written) the dataset and what goes beside it. */
interface Written {
  datasetPath: string;
  /** SHA-256 of the dataset file's bytes (none when blocked: nothing written). */
  datasetSha256?: string;
  kmPath: string;
  criteriaPath?: string;
  audits: number;
}

/** Writes the articles the pages will show beside the dataset; returns the file's path. */
export async function writeKmFile(dir: string, articles: readonly KmArticle[]): Promise<string> {
  const path = join(dir, KM_FILE);
  writeFileAtomic(path, JSON.stringify({ articles }) + '\n');
  return path;
}

/** Steps 1–3, one after the other. */
export async function prepareData(opts: Omit<PublishOptions, 'log'>, log: (line: string) => void, at: (p: Phase) => void): Promise<Prepared> {
  // 1. Ingest (or a prebuilt dataset).
  const read = opts.datasetFile ? await readPrebuilt(opts, opts.datasetFile, log) : await readData(opts, log);
  if (opts.privateFile) read.privateValues = [...read.privateValues, ...(await privateFileValues(opts.privateFile))];
  collectGarbage(); // ingest's records and workbooks, now in the dataset

  // 2. Validate and write the dataset: nothing is rendered from an unvalidated dataset, and a refused one (a path in a
  // group id of a hand-edited --dataset) stops here, before anything in the state folder is written.
  at('dataset');
  const dataset: Dataset = validateDataset(read.raw, opts.datasetFile ? relative(process.cwd(), opts.datasetFile) : undefined);
  read.raw = undefined;
  collectGarbage(); // the raw groups, each replaced by its validated copy

  // Against the last published build: what changed, and whether the site would shrink (DESIGN §9).
  const summary = summarise(dataset, opts.datasetFile ? undefined : { files: read.ingestFiles, issues: read.issues });
  const changes = compareWithPublished(resolve(opts.stateDir), summary, read.issues, 'build', opts.allowShrink === true);
  const blocked = stopsBuild(changes);

  // A build whose parent is gone writes nothing (src/publish/parent-watch.ts).
  exitIfOrphaned();
  const written = await writeDataset(opts, dataset, read, blocked, log);
  collectGarbage(); // the dataset's JSON and the downloads, written

  // 3. Data-quality report (outside dist/: it names files): its JSON here, its page by the parent once this process has
  // exited (src/publish/run.ts).
  at('report');
  const report = await writeReport(opts, dataset, read, written.audits, changes, log);
  return {
    files: read.files,
    groups: dataset.groups.length,
    audits: written.audits,
    errors: read.issues.filter((i) => i.severity === 'error').length,
    warnings: read.issues.filter((i) => i.severity === 'warning').length,
    privateValues: read.privateValues,
    origins: read.origins,
    reportPath: report?.html ?? null,
    ...(report ? { reportView: report.view } : {}),
    datasetPath: written.datasetPath,
    ...(written.datasetSha256 ? { datasetSha256: written.datasetSha256 } : {}),
    kmPath: written.kmPath,
    articles: read.km.length,
    ...(written.criteriaPath ? { criteriaPath: written.criteriaPath } : {}),
    summary,
    changeLine: changesConsoleLine(changes),
    shrinkLines: shrinkConsoleLines(changes),
    blocked,
  };
}

/** Step 1 from a prebuilt dataset: its articles read from content/ and checked against the criteria it names. */
async function readPrebuilt(opts: Omit<PublishOptions, 'log'>, datasetFile: string, log: (line: string) => void): Promise<Read> {
  log(`[1/7] ${consoleText((w) => w.console.step.prebuilt)}: ${relative(process.cwd(), datasetFile)}`);
  const raw: unknown = JSON.parse(await readFile(datasetFile, 'utf8'));
  // No report for a prebuilt dataset: the articles' problems go to the console. The articles are checked against
  // the criteria the pages will show, and the dataset's lessons are those of the articles published with it.
  const id = typeof raw === 'object' && raw !== null && 'criteria' in raw && typeof raw.criteria === 'string' ? raw.criteria : undefined;
  const table = id === undefined ? DEFAULT_CRITERIA : criteriaTable(id, join(resolve(opts.stateDir), 'dataset.json'));
  const read = await ingestKm(resolve(opts.contentDir), table);
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) (raw as Record<string, unknown>).lessons = lessonLinks(read.articles, table);
  for (const i of read.issues) log(`      ${i.th}\n      ${i.en}`);
  return { raw, issues: [], privateValues: [], origins: [...read.origins], km: read.articles, files: null, ingestFiles: [] };
}

/** Step 1 from data/ and content/: the pipeline (ingest, dataset, articles), its counts and first problems logged. */
async function readData(opts: Omit<PublishOptions, 'log'>, log: (line: string) => void): Promise<Read> {
  log(`[1/7] ${consoleText((w) => w.console.step.ingest)}: ${relative(process.cwd(), opts.dataDir) || '.'}`);
  const out = await runPipeline(resolve(opts.dataDir), { log, ...opts.ingest, contentDir: resolve(opts.contentDir), onProgress: sendProgress('files') });
  const files = fileSummary(out.ingest.files);
  const counts = [files.total, files.used, files.partial, files.rejected, files.skipped].map(String) as [string, string, string, string, string];
  log(`      ${consoleText((w) => w.console.files(...counts))}`);
  for (const line of firstProblems(out.issues)) log(`      ${line}`);
  return {
    raw: out.dataset,
    issues: out.issues,
    privateValues: out.ingest.privateValues ?? [],
    origins: [...out.ingest.origins],
    km: out.km,
    criteria: out.ingest.criteria,
    files,
    ingestFiles: out.ingest.files,
  };
}

/** Extra private values for the gate (--private: a JSON array of strings). */
async function privateFileValues(privateFile: string): Promise<string[]> {
  const extra = JSON.parse(await readFile(privateFile, 'utf8')) as unknown;
  if (!Array.isArray(extra)) throw new Error(consoleText((w) => w.console.privateFileInvalid(privateFile)));
  return extra.map(String);
}

/** Step 2's writing: the dataset, articles, criteria and downloads in the state folder, unless the build is blocked. */
async function writeDataset(opts: Omit<PublishOptions, 'log'>, dataset: Dataset, read: Read, blocked: boolean, log: (line: string) => void): Promise<Written> {
  const datasetPath = join(resolve(opts.stateDir), 'dataset.json');
  let criteriaPath: string | undefined;
  let datasetSha256: string | undefined;
  const kmPath = join(dirname(datasetPath), KM_FILE);
  const audits = dataset.groups.reduce((s, g) => s + g.audits.length, 0);
  if (!blocked) {
    await mkdir(dirname(datasetPath), { recursive: true });
    datasetSha256 = writeChunksAtomic(datasetPath, datasetJson(dataset));
    await writeKmFile(dirname(datasetPath), read.km);
    if (read.criteria) {
      criteriaPath = join(dirname(datasetPath), 'criteria.json');
      writeFileAtomic(criteriaPath, JSON.stringify(read.criteria) + '\n');
    }
    // The downloads, once, from the dataset in hand; they join the site after the pages (src/publish/downloads.ts).
    await writeDownloads(dirname(datasetPath), datasetPath, dataset, read.criteria ?? criteriaTable(dataset.criteria, datasetPath));
  }
  const target = blocked ? consoleText((w) => w.console.notWritten) : relative(process.cwd(), datasetPath);
  const sizes = [String(dataset.groups.length), String(audits), dataset.fiscalYears.join(', ') || DASH] as const;
  log(`[2/7] ${consoleText((w) => w.console.step.dataset)}: ${consoleText((w) => w.console.dataset(...sizes))} → ${target}`);
  return { datasetPath, ...(datasetSha256 ? { datasetSha256 } : {}), kmPath, ...(criteriaPath ? { criteriaPath } : {}), audits };
}

/** Step 3: the data-quality report's JSON of an ingest (none for a prebuilt dataset); its page still to draw. */
async function writeReport(opts: Omit<PublishOptions, 'log'>, dataset: Dataset, read: Read, audits: number, changes: ChangesInput, log: (line: string) => void): Promise<QualityJsonWritten | null> {
  if (opts.datasetFile) {
    log(`[3/7] ${consoleText((w) => w.console.step.report)}: ${consoleText((w) => w.console.reportSkipped)}`);
    return null;
  }
  exitIfOrphaned();
  return writeQualityJson(resolve(opts.reportsDir), {
    files: read.ingestFiles,
    issues: read.issues,
    notAudited: notAuditedFrom(dataset),
    counts: { groups: dataset.groups.length, audits },
    changes,
  });
}
