/** The downloads as responses of Astro's static endpoints (src/pages/data/*.ts and src/pages/en/data/*.ts). */
import type { Lang } from '../lib/i18n/lang';
import { criteriaCsv, groupsCsv } from './csv';
import { site } from './data';
import { searchNameShards } from './search-view';
import { provinceDataset } from './province-data';
import { visitPack } from './visits-view';
import { visitPackXlsx } from './visits-xlsx';

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

/** A district's visit pack as .xlsx (issue 21), in the language of its route. */
export function visitsXlsxResponse(code: string, lang: Lang): Response {
  const pack = visitPack(code, lang);
  if (!pack) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(visitPackXlsx(pack, lang)), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
}
