/**
 * Every internal URL of the site, in one place: a route is a path relative to the site root with no language
 * ("groups/6001001/"); href() puts the site's base path ("/", or "/omsap/" under --base) and the language ("en/" for
 * English) in front. No page writes a URL that starts with "/" itself.
 */
import type { Lang } from '../lib/i18n/lang';
import { BASE_ENV, normalizeBase } from '../publish/address';

export const routes = {
  home: '',
  rankings: 'rankings/',
  methodology: 'methodology/',
  data: 'data/',
  km: 'km/',
  search: 'search/',
  /** The page a web server shows for an unknown address (a file, not a folder: /404.html, /en/404.html). */
  notFound: '404.html',
  province: (code: string) => `provinces/${code}/`,
  district: (code: string) => `districts/${code}/`,
  /** A district's visit pack (issue 21), its .xlsx (per language) and the letters to its groups. */
  visits: (code: string) => `districts/${code}/visits/`,
  visitsXlsx: (code: string) => `districts/${code}/visits.xlsx`,
  letters: (code: string) => `districts/${code}/visits/letters/`,
  group: (id: string) => `groups/${id}/`,
  article: (slug: string) => `km/${slug}/`,
  tag: (slug: string) => `km/tags/${slug}/`,
  indicators: 'indicators/',
  indicator: (code: string) => `indicators/${code}/`,
  groupsCsv: 'data/groups.csv',
  criteriaCsv: 'data/criteria.csv',
  /** A province's groups.csv rows (per language, like groups.csv). */
  provinceCsv: (code: string) => `data/provinces/${code}.csv`,
} as const;

/** Files that exist once for both languages (the dataset, the search index, the icon). */
export const files = {
  datasetJson: 'data/omsap.json',
  /** A province's part of the dataset (src/site/province-data.ts). */
  provinceJson: (code: string) => `data/provinces/${code}.json`,
  pagefind: 'pagefind/',
  /** The search page's "did you mean" shards (src/pages/search/names/[shard].json.ts). */
  searchNames: 'search/names/',
  favicon: 'favicon.svg',
  /** A picture of a KM article, copied from content/km/ (src/publish/km-images.ts): each path segment URL-encoded. */
  kmImage: (path: string) => `km/images/${path.split('/').map(encodeURIComponent).join('/')}`,
} as const;

/** A breadcrumb: the page it links to (none for the page itself) and its words. */
export interface Crumb {
  route?: string;
  label: string;
}

let cachedBase: { raw: string | undefined; base: string } | undefined;

/**
 * The site's base path, always ending in "/" ("/" by default): OMSAP_BASE, the variable astro.config.mjs sets Astro's
 * base from. Not import.meta.env.BASE_URL: in prerendered pages a BASE_URL variable of the environment (Vitest sets
 * one) would stand in for it.
 */
export function basePath(): string {
  const raw = process.env[BASE_ENV];
  if (!cachedBase || cachedBase.raw !== raw) cachedBase = { raw, base: normalizeBase(raw) };
  return cachedBase.base;
}

/** The language's part of a URL: "" for Thai (the site's root), "en/" for English. */
export function langPrefix(lang: Lang): string {
  return lang === 'th' ? '' : `${lang}/`;
}

/** A page of the site in a language: href('en', routes.group('6001001')) → "/en/groups/6001001/". */
export function href(lang: Lang, route: string, hash?: string): string {
  return `${basePath()}${langPrefix(lang)}${route}${hash ? `#${hash}` : ''}`;
}

/**
 * A page's address for readers and crawlers: absolute under the site's address when the build has one (--site,
 * Astro.site), else the path from the host's root. pageAddress('en', routes.group('6001001'), new URL('https://example.go.th'))
 * → "https://example.go.th/en/groups/6001001/".
 */
export function pageAddress(lang: Lang, route: string, site: URL | undefined): string {
  const path = href(lang, route);
  return site ? new URL(path, site).href : path;
}

/** A file shared by both languages: fileHref(files.datasetJson) → "/data/omsap.json". */
export function fileHref(path: string): string {
  return `${basePath()}${path}`;
}
