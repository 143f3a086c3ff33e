/**
 * The search page's "did you mean" name files as responses of Astro's static endpoints (src/pages/search/names/).
 * The downloads of /data/ are no endpoints: the build writes them itself (src/publish/downloads.ts).
 */
import { searchNameShards } from './search-view';

export function nameShardPaths(): { params: { shard: string } }[] {
  return [...searchNameShards().keys()].map((shard) => ({ params: { shard } }));
}

export function nameShardResponse(shard: string): Response {
  return new Response(JSON.stringify(searchNameShards().get(shard) ?? []), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
