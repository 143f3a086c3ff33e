import type { APIRoute } from 'astro';
import { nameShardPaths, nameShardResponse } from '../../../site/endpoints';

/** One shard of the search page's "did you mean" names (src/lib/search/names.ts); one set for both languages. */
export const getStaticPaths = nameShardPaths;
export const GET: APIRoute = ({ params }) => nameShardResponse(params.shard ?? '');
