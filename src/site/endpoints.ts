/** The downloads as responses of Astro's static endpoints (src/pages/data/*.ts and src/pages/en/data/*.ts). */
import type { Lang } from '../lib/i18n/lang';
import { criteriaCsv, groupsCsv } from './csv';
import { site } from './data';
import { searchNameShards } from './search-view';

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
