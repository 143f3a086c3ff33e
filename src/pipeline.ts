import { ingest } from './ingest/index';
import type { IngestOptions, IngestResult } from './ingest/types';
import { ingestKm } from './ingest/km';
import { buildDataset } from './lib/dataset/build';
import type { KmArticle } from './lib/km/article';
import { PrivateValueSet, privateKey } from './lib/privacy/scan';
import type { Dataset } from './lib/schema/dataset';
import type { Issue } from './lib/schema/issue';

export interface PipelineOptions extends IngestOptions {
  /** The content folder (content/): its km/*.md articles are read with the data. Absent: no articles. */
  contentDir?: string;
}

export interface PipelineResult {
  /** Ingest's output (root causes first), then the KM articles' file reports. */
  ingest: IngestResult;
  dataset: Dataset;
  /** KM articles to publish (bad ones left out, personal numbers masked). */
  km: KmArticle[];
  /** Every issue: ingest's, root causes first (the dataset build adds none), then the articles'. */
  issues: Issue[];
}

/** data/ (and content/km/) → validated records → scored dataset, with every issue (DESIGN §2: check and build share this). */
export async function runPipeline(dataDir: string, opts: PipelineOptions = {}): Promise<PipelineResult> {
  const ing = await ingest(dataDir, opts);
  // The articles are checked against the criteria the data is scored with; the dataset links them to indicators.
  // The registry's private values are masked in the articles too (a chair's name in a story), except in the lines
  // that say who wrote it: staff who chose to publish, so a value equal to one of those is no longer private.
  const values = new PrivateValueSet(ing.privateValues);
  const km = opts.contentDir ? await ingestKm(opts.contentDir, ing.criteria, { values, origins: ing.origins }) : undefined;
  if (km) {
    const staff = new Set(km.articles.flatMap((a) => [a.author, a.position, a.office]).filter(Boolean).map(privateKey));
    ing.privateValues = ing.privateValues.filter((v) => !staff.has(privateKey(v)));
  }
  const { dataset } = buildDataset({ registry: ing.registry, audits: ing.audits, criteria: ing.criteria, articles: km?.articles ?? [] });
  const issues = ing.issues;
  if (km) {
    for (const f of km.files) ing.files.push(f); // never push(...list) of an unbounded list
    for (const i of km.issues) issues.push(i);
    for (const [k, w] of km.origins) if (!ing.origins.has(k)) ing.origins.set(k, w);
  }
  return { ingest: ing, dataset, km: km?.articles ?? [], issues };
}
