/**
 * One benchmark phase, run in its own process by scripts/bench.ts so that its peak memory is its own.
 * usage: node --import tsx src/bench/phase.ts <phase> <json args>
 * Prints one line `BENCH {json}` with the phase's own time (ms, without process start-up) and counts. Files read and
 * pages rendered n/N go to scripts/bench.ts over IPC as the phase runs (src/util/progress.ts), which shows them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as XLSX from 'xlsx';
import { discover } from '../ingest/discover';
import { ingest } from '../ingest/index';
import { MAX_SHEET_ROWS } from '../ingest/limits';
import { buildDataset } from '../lib/dataset/build';
import { validateDataset } from '../lib/dataset/validate';
import { datasetJson } from '../lib/dataset/json-chunks';
import { writeChunksAtomic } from '../util/atomic-write';
import { sendProgress } from '../util/progress';
import type { Criteria } from '../lib/schema/criteria';
import { DATASET_ENV, DATASET_SHA256_ENV } from '../site/data';

interface Args {
  data: string;
  cacheDir?: string;
  workers?: number;
  dataset?: string;
  /** The SHA-256 the dataset phase returned for the dataset it wrote. */
  datasetSha256?: string;
  out?: string;
  root?: string;
  content?: string;
}

// The options src/ingest/read-workbook.ts reads with (lean: dense rows, no formatted text or HTML).
const READ: XLSX.ParsingOptions = { dense: true, cellDates: false, cellNF: true, cellText: false, cellHTML: false, sheetStubs: true, sheetRows: MAX_SHEET_ROWS };
const DATA = new Set(['xlsx', 'xls', 'ods', 'csv']);

/** The KM articles, read and checked against `criteria` as the build's ingest does, written beside the dataset. */
async function writeKm(dataset: string, content: string, criteria: Criteria): Promise<string> {
  const { ingestKm } = await import('../ingest/km');
  const { writeKmFile } = await import('../publish/prepare');
  return writeKmFile(dirname(resolve(dataset)), (await ingestKm(resolve(content), criteria)).articles);
}

async function main(): Promise<Record<string, unknown>> {
  const [phase, json] = process.argv.slice(2);
  const a = JSON.parse(json ?? '{}') as Args;
  const t0 = performance.now();
  const ms = () => Math.round(performance.now() - t0);
  switch (phase) {
    case 'raw': {
      // Just SheetJS: read each data file's bytes and XLSX.read them, one thread.
      const files = (await discover(a.data)).filter((f) => DATA.has(f.type));
      const tick = sendProgress('files');
      let sheets = 0;
      for (const [i, f] of files.entries()) {
        try {
          sheets += XLSX.read(readFileSync(f.abs), { ...READ, type: 'buffer' }).SheetNames.length;
        } catch {
          /* the corrupt ones cost what they cost */
        }
        tick(i + 1, files.length);
      }
      return { ms: ms(), files: files.length, sheets };
    }
    case 'ingest': {
      const r = await ingest(a.data, { ...(a.cacheDir ? { cacheDir: a.cacheDir } : {}), ...(a.workers !== undefined ? { workers: a.workers } : {}), onProgress: sendProgress('files') });
      return { ms: ms(), files: r.stats.dataFiles, parsed: r.stats.parsed, reused: r.stats.reused, workers: r.stats.workers, audits: r.audits.length, issues: r.issues.length };
    }
    case 'dataset': {
      // Ingest from a warm cache (not timed), then the dataset build and its validation and write (timed).
      const r = await ingest(a.data, { ...(a.cacheDir ? { cacheDir: a.cacheDir } : {}), onProgress: sendProgress('files') });
      const t1 = performance.now();
      const built = buildDataset({ registry: r.registry, audits: r.audits, criteria: r.criteria });
      const parsed = validateDataset(built.dataset);
      const sha256 = writeChunksAtomic(a.dataset!, datasetJson(parsed));
      // The downloads, as the build writes them with the dataset (the pages read their sizes beside it).
      const { writeDownloads } = await import('../publish/downloads');
      await writeDownloads(dirname(resolve(a.dataset!)), resolve(a.dataset!), parsed, r.criteria);
      const ms = Math.round(performance.now() - t1);
      // The articles beside the dataset, read and checked as the build's ingest does (not timed): the astro phase
      // reads them there instead of loading the dataset a second time for its criteria.
      if (a.content) await writeKm(a.dataset!, a.content, r.criteria);
      return { ms, ingestMs: Math.round(t1 - t0), groups: parsed.groups.length, districts: parsed.districts.length, sha256 };
    }
    case 'astro': {
      process.env[DATASET_ENV] = resolve(a.dataset!);
      // As in the build, the dataset this run's dataset phase wrote (and had validated) is only parsed.
      if (a.datasetSha256) process.env[DATASET_SHA256_ENV] = a.datasetSha256;
      // The articles beside the dataset (src/site/km.ts reads them there), as the dataset phase wrote them. Made here
      // only for a dataset without them: that loads the dataset in this process as well as in Astro's bundle.
      // (The dataset phase links no articles: lessons are timed in the whole build, which links them.)
      const { KM_FILE } = await import('../site/km');
      const km = join(dirname(resolve(a.dataset!)), KM_FILE);
      process.env.OMSAP_KM = existsSync(km) ? km : await writeKm(a.dataset!, a.content!, (await import('../site/data')).site().criteria);
      // As the build's Astro process renders them (src/publish/render-site.ts).
      const { renderSite } = await import('../publish/render-site');
      const { astroMs, groupMs } = await renderSite({ root: a.root!, outDir: a.out!, logLevel: 'error' });
      const { readdirSync } = await import('node:fs');
      const pages = readdirSync(a.out!, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;
      return { ms: ms(), astroMs, groupMs, pages };
    }
    case 'pagefind': {
      const { indexSite } = await import('../publish/pagefind');
      const r = await indexSite(a.out!);
      return { ms: ms(), pages: r.pages };
    }
    default:
      throw new Error(`unknown phase ${phase}`);
  }
}

main().then(
  (r) => {
    console.log(`BENCH ${JSON.stringify(r)}`);
    process.exit(0);
  },
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
