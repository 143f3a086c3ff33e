/** The whole build's options and result (src/publish/run.ts), and what its steps 1–3 hand back (src/publish/prepare.ts). */
import type { IngestOptions } from '../ingest/types';
import type { PublishedSummary } from '../lib/changes/summary';
import type { FileSummary } from '../lib/issues/file-summary';
import type { Phase } from './build-error';
import type { QualityView } from '../report/quality-view';
import type { SiteAddress } from './address';
import type { ProgressMessage, ProgressOut } from '../util/progress';

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

/** What the build keeps of steps 1–3 (ingest, dataset, report): counts, the gate's private values, paths. The
 *  records and the dataset itself stay inside prepareData() so that they can be freed before Astro runs. */
export interface Prepared {
  files: FileSummary | null;
  groups: number;
  audits: number;
  errors: number;
  warnings: number;
  privateValues: string[];
  /** Where each private value and masked number was read (privateKey or digits → place): for the gate's message. */
  origins: [string, string][];
  reportPath: string | null;
  /** The report's page, still to draw at reportPath: the parent draws it once this process has exited (DESIGN §12). */
  reportView?: QualityView;
  datasetPath: string;
  /** SHA-256 of the dataset file as written from the validated dataset: Astro's process parses it without validating again. */
  datasetSha256?: string;
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

/** Messages of src/publish/prepare-child.ts. */
export type PrepareMessage =
  | { type: 'log'; line: string }
  | { type: 'phase'; phase: Phase }
  | ProgressMessage
  | { type: 'done'; prepared: Prepared }
  | { type: 'error'; phase: Phase; message: string };
