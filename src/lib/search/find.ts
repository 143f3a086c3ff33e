/**
 * What a search finds, in the order the search page shows it: places and groups first when the best of them holds
 * the query as typed (a place or group query); nothing when no result matches more than half of the query (Pagefind
 * drops query words that match nothing: relevance.ts); "did you mean" when no result holds it as typed.
 * Over an Index (pagefind.ts) and the "did you mean" shards (names.ts), both given: no browser here.
 */
import type { NameEntry } from './names.js';
import type { Chosen, Hit, Index, Result } from './pagefind.js';
import { FOUND_SHARE, holdsAsTyped, matchedShare } from './relevance.js';
import { describe, isNamed, namedGroups, shardsFor, suggest, type SuggestTemplates } from './suggest.js';

/** Results shown at once, and added by "more". */
export const PAGE = 20;

/** The "did you mean" shard of this name (none: an empty list). */
export type Names = (shard: string) => Promise<NameEntry[]>;

/** What the ranking needs to know of the site (src/site/search-view.ts hands it to the page). */
export interface Ranking {
  lang: string;
  /** Result kinds that are places and groups, ranked first for a place query. */
  placeKinds: readonly string[];
  /** A group page's address, "{id}" to fill. */
  groupUrl: string;
  /** The filter that names a place page's own place, by kind: a province page's "province", a district's "district". */
  nameFilters: Readonly<Record<string, 'province' | 'district'>>;
}

/** What a search found: every hit in the order shown, the first page's results, and whether to look for "did you mean". */
export interface Found {
  hits: Hit[];
  first: Result[];
  suggest: boolean;
}

export const results = (hits: readonly Hit[]): Promise<Result[]> => Promise.all(hits.map((h) => h.result()));

/** The "did you mean" entries a query can be near: its shards, loaded only now. */
const namesFor = async (q: string, names: Names): Promise<NameEntry[]> => (await Promise.all(shardsFor(q).map(names))).flat();

/** Searches a normalised query (text.ts normalizeQuery) with the chosen filters. */
export async function find(index: Index, names: Names, ranking: Ranking, q: string, chosen: Chosen): Promise<Found> {
  const all = await index.search(q || null, chosen);
  if (!q) return { hits: all, first: await results(all.slice(0, PAGE)), suggest: false };
  const places = await namedFirst(q, await index.search(q, chosen, ranking.placeKinds), names, ranking);
  const top = places[0] ? await places[0].result() : undefined;
  const isPlace = new Set(places.map((h) => h.id));
  const hits = top && holdsAsTyped(q, top.content) ? [...places, ...all.filter((h) => !isPlace.has(h.id))] : all;
  const first = await results(hits.slice(0, PAGE));
  const found = first.some((r) => matchedShare(q, ranking.lang, r.matched) > FOUND_SHARE);
  return found ? { hits, first, suggest: !first.some((r) => holdsAsTyped(q, r.content)) } : { hits: [], first: [], suggest: true };
}

/**
 * Among the first places, the group whose village or name the query is (a village "Ban Rai Noi") comes first, then the
 * province or district the query names ("Chai Nat": the province, then Mueang Chai Nat district, which Pagefind
 * ranks higher); Pagefind's order otherwise.
 */
async function namedFirst(q: string, places: Hit[], names: Names, ranking: Ranking): Promise<Hit[]> {
  const top = places.slice(0, PAGE);
  const groups = new Set(namedGroups(q, await namesFor(q, names)).map((id) => ranking.groupUrl.replace('{id}', id)));
  const rank = (await results(top)).map((r) => {
    if (groups.has(r.url)) return 0;
    const filter = ranking.nameFilters[r.kind];
    const name = filter && r[filter];
    return name && isNamed(q, name) ? 1 : 2;
  });
  return [0, 1, 2].flatMap((n) => top.filter((_, i) => rank[i] === n)).concat(places.slice(PAGE));
}

/** "Did you mean" links for a normalised query: the names near it, as searches for them spelt right. */
export async function suggestions(q: string, names: Names, templates: SuggestTemplates): Promise<{ label: string; href: string }[]> {
  return suggest(q, await namesFor(q, names)).map((s) => describe(s.entry, templates));
}

/**
 * The shards that exist, each loaded once: `load` fetches one (the page: its JSON file), a failed load an empty
 * list. A shard not in `known` is not asked for.
 */
export function shardNames(known: readonly string[], load: (shard: string) => Promise<NameEntry[]>): Names {
  const loaded = new Map<string, Promise<NameEntry[]>>();
  return (shard) => {
    if (!known.includes(shard)) return Promise.resolve([]);
    let entries = loaded.get(shard);
    if (!entries) loaded.set(shard, (entries = load(shard).catch(() => [])));
    return entries;
  };
}
