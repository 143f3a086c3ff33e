/**
 * What the search page's script is given, decided here: where the index and the "did you mean" shards are, which
 * result kinds are places, and its words and templates in the page's language ("{name}" and the like are filled in
 * the browser). The shards themselves are written by src/pages/search/names/[shard].json.ts.
 */
import type { Lang } from '../lib/i18n/lang';
import { words, type Words } from '../lib/i18n/words';
import { nameShards, type NameEntry } from '../lib/search/names';
import type { SuggestTemplates } from '../lib/search/suggest';
import type { Dataset } from '../lib/schema/dataset';
import { site } from './data';
import { fileHref, files, href, routes } from './links';

export interface SearchConfig {
  lang: Lang;
  /** The site's base path, for the shards of a national index (src/publish/pagefind.ts). */
  base: string;
  pagefind: string;
  /** Folder of the "did you mean" shards, and the shards that exist. */
  names: string;
  shards: string[];
  /** Result kinds (the pages' "type" filter) that are places and groups, ranked first for a place query. */
  placeKinds: string[];
  groupKind: string;
  /** A group page's address, "{id}" to fill: a query naming a group's village or name puts that page first. */
  groupUrl: string;
  /** The filter that names a place page's own place, by kind: a province page's "province", a district's "district". */
  nameFilters: Record<string, 'province' | 'district'>;
  /** Levels said as "ระดับ ดี"; other level words (not audited, incomplete) stand alone. */
  rankedLevels: string[];
  /** "อำเภอ{name}", for a group result's district. */
  districtLabel: string;
  words: Words['search']['script'];
  templates: SuggestTemplates;
}

const shardCache = new WeakMap<Dataset, Map<string, NameEntry[]>>();

/** The "did you mean" shards of the site's dataset, by name (computed once per build). */
export function searchNameShards(): Map<string, NameEntry[]> {
  const { dataset } = site();
  let shards = shardCache.get(dataset);
  if (!shards) shardCache.set(dataset, (shards = nameShards(dataset)));
  return shards;
}

export function searchConfig(lang: Lang): SearchConfig {
  const w = words(lang);
  return {
    lang,
    base: fileHref(''),
    pagefind: fileHref(files.pagefind),
    names: fileHref(files.searchNames),
    shards: [...searchNameShards().keys()],
    placeKinds: [w.pageType.group, w.pageType.district, w.pageType.province],
    groupKind: w.pageType.group,
    groupUrl: href(lang, routes.group('{id}')),
    nameFilters: { [w.pageType.province]: 'province', [w.pageType.district]: 'district' },
    rankedLevels: [w.level.good, w.level.fair, w.level.poor],
    districtLabel: w.place.district('{name}'),
    words: w.search.script,
    templates: {
      lang,
      province: w.place.province('{name}'),
      district: w.place.districtOfProvince('{name}', '{province}'),
      subdistrict: w.place.line([w.place.subdistrict('{name}'), w.place.district('{district}')]),
      group: w.group.id('{id}'),
      searchUrl: href(lang, routes.search),
    },
  };
}
