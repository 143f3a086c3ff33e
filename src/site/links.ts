/**
 * Every internal URL of the site, in one place: a route is a path relative to the site root with no language
 * ("groups/6001001/"); href() puts Astro's base path (BASE_URL: "/" or "/omsap/" under --base) and the language
 * ("en/" for English) in front. No page writes a URL that starts with "/" itself.
 */
import type { Lang } from '../lib/i18n/lang';

export const routes = {
  home: '',
  rankings: 'rankings/',
  methodology: 'methodology/',
  data: 'data/',
  km: 'km/',
  search: 'search/',
  province: (code: string) => `provinces/${code}/`,
  district: (code: string) => `districts/${code}/`,
  group: (id: string) => `groups/${id}/`,
  article: (slug: string) => `km/${slug}/`,
  tag: (slug: string) => `km/tags/${slug}/`,
  groupsCsv: 'data/groups.csv',
  criteriaCsv: 'data/criteria.csv',
} as const;

/** Files that exist once for both languages (the dataset, the search index, the icon). */
export const files = {
  datasetJson: 'data/omsap.json',
  pagefind: 'pagefind/',
  favicon: 'favicon.svg',
} as const;

/** The site's base path, always ending in "/" ("/" by default). */
export function basePath(): string {
  const base = (import.meta.env?.BASE_URL as string | undefined) ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** The language's part of a URL: "" for Thai (the site's root), "en/" for English. */
export function langPrefix(lang: Lang): string {
  return lang === 'th' ? '' : `${lang}/`;
}

/** A page of the site in a language: href('en', routes.group('6001001')) → "/en/groups/6001001/". */
export function href(lang: Lang, route: string, hash?: string): string {
  return `${basePath()}${langPrefix(lang)}${route}${hash ? `#${hash}` : ''}`;
}

/** A file shared by both languages: fileHref(files.datasetJson) → "/data/omsap.json". */
export function fileHref(path: string): string {
  return `${basePath()}${path}`;
}
