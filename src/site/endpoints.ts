/** The downloads as responses of Astro's static endpoints (src/pages/data/*.ts and src/pages/en/data/*.ts). */
import type { Lang } from '../lib/i18n/lang';
import { criteriaCsv, groupsCsv } from './csv';
import { site } from './data';
import { searchNameShards } from './search-view';
import { provinceDataset } from './province-data';

const CSV = { 'Content-Type': 'text/csv; charset=utf-8' };

export function groupsCsvResponse(lang: Lang): Response {
  const { dataset, criteria } = site();
  return new Response(groupsCsv(dataset, criteria, lang), { headers: CSV });
}

export function criteriaCsvResponse(lang: Lang): Response {
  return new Response(criteriaCsv(site().criteria, lang), { headers: CSV });
}

export function datasetResponse(): Response {
  return new Response(JSON.stringify(site().dataset), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

export function nameShardPaths(): { params: { shard: string } }[] {
  return [...searchNameShards().keys()].map((shard) => ({ params: { shard } }));
}

export function nameShardResponse(shard: string): Response {
  return new Response(JSON.stringify(searchNameShards().get(shard) ?? []), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** Each province of the data, for the per-province files' getStaticPaths. */
export function provinceFilePaths(): { params: { code: string } }[] {
  return site().dataset.provinces.map((p) => ({ params: { code: p.code } }));
}

export function provinceDatasetResponse(code: string): Response {
  const { dataset, criteria } = site();
  return new Response(JSON.stringify(provinceDataset(dataset, code, criteria)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

export function provinceCsvResponse(code: string, lang: Lang): Response {
  const { dataset, criteria } = site();
  return new Response(groupsCsv(provinceDataset(dataset, code, criteria), criteria, lang), { headers: CSV });
}
