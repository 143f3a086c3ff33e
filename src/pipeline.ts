import { type IngestOptions, type IngestResult, ingest } from './ingest/index';
import { buildDataset } from './lib/dataset/build';
import type { Dataset } from './lib/schema/dataset';
import type { Issue } from './lib/schema/issue';

export interface PipelineResult {
  /** Ingest's output; `files` counts also include the issues buildDataset found in each file. */
  ingest: IngestResult;
  dataset: Dataset;
  /** Every issue: ingest's, then the dataset build's (consistency), ordered by file (stable). */
  issues: Issue[];
}

/** data/ → validated records → scored dataset, with every issue (DESIGN §2: check and build share this). */
export async function runPipeline(dataDir: string, opts: IngestOptions = {}): Promise<PipelineResult> {
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
  return { ingest: ing, dataset: built.dataset, issues };
}
