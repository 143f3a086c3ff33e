import { type IngestOptions, type IngestResult, ingest } from './ingest/index';
import { ingestKm } from './ingest/km';
import { buildDataset } from './lib/dataset/build';
import type { KmArticle } from './lib/km/article';
import type { Dataset } from './lib/schema/dataset';
import type { Issue } from './lib/schema/issue';

export interface PipelineOptions extends IngestOptions {
  /** The content folder (content/): its km/*.md articles are read with the data. Absent: no articles. */
  contentDir?: string;
}

export interface PipelineResult {
  /** Ingest's output; `files` counts also include the issues buildDataset found in each file, then the KM articles. */
  ingest: IngestResult;
  dataset: Dataset;
  /** KM articles to publish (bad ones left out, personal numbers masked). */
  km: KmArticle[];
  /** Every issue: ingest's, then the dataset build's (consistency), ordered by file (stable), then the articles'. */
  issues: Issue[];
}

/** data/ (and content/km/) → validated records → scored dataset, with every issue (DESIGN §2: check and build share this). */
export async function runPipeline(dataDir: string, opts: PipelineOptions = {}): Promise<PipelineResult> {
  const ing = await ingest(dataDir, opts);
  const built = buildDataset({ registry: ing.registry, audits: ing.audits, criteria: ing.criteria });
  const byPath = new Map(ing.files.map((f) => [f.path, f]));
  for (const i of built.issues) {
    const f = byPath.get(i.file);
    if (!f) continue;
    if (i.severity === 'error') {
      f.errors++;
      if (f.status === 'used') f.status = 'partial';
    } else f.warnings++;
  }
  const order = new Map(ing.files.map((f, k) => [f.path, k]));
  const issues = [...ing.issues, ...built.issues]
    .map((issue, k) => ({ issue, k }))
    .sort((a, b) => (order.get(a.issue.file) ?? 1e9) - (order.get(b.issue.file) ?? 1e9) || a.k - b.k)
    .map((x) => x.issue);
  const km = opts.contentDir ? await ingestKm(opts.contentDir) : undefined;
  if (km) {
    ing.files.push(...km.files);
    issues.push(...km.issues);
    for (const [k, w] of km.origins) if (!ing.origins.has(k)) ing.origins.set(k, w);
  }
  return { ingest: ing, dataset: built.dataset, km: km?.articles ?? [], issues };
}
