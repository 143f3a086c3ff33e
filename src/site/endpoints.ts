/**
 * The search page's "did you mean" name files as responses of Astro's static endpoints (src/pages/search/names/).
 * The downloads of /data/ are no endpoints: the build writes them itself (src/publish/downloads.ts).
 */
import { searchNameShards } from './search-view';
import type { Lang } from '../lib/i18n/lang';
import { visitPack } from './visits-view';
import { visitPackXlsx } from './visits-xlsx';

export function nameShardPaths(): { params: { shard: string } }[] {
  return [...searchNameShards().keys()].map((shard) => ({ params: { shard } }));
}

export function nameShardResponse(shard: string): Response {
  return new Response(JSON.stringify(searchNameShards().get(shard) ?? []), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** A district's visit pack as .xlsx (issue 21), in the language of its route. */
export function visitsXlsxResponse(code: string, lang: Lang): Response {
  const pack = visitPack(code, lang);
  if (!pack) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(visitPackXlsx(pack, lang)), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
}
