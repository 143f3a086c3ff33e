/**
 * The data page's downloads in a language: each file's address and size, and the number of rows of groups.csv. The
 * build writes the files (src/publish/downloads.ts) before the pages and their sizes into a manifest beside the
 * dataset (OMSAP_DOWNLOADS names another): the page reads the sizes, it never builds a file to measure it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Lang } from '../lib/i18n/lang';
import { formatFixed } from '../lib/i18n/format';
import { words } from '../lib/i18n/words';
import { byName, placeName } from './names';
import { datasetPath, site } from './data';
import { fileHref, files, href, routes } from './links';

export const DOWNLOADS_ENV = 'OMSAP_DOWNLOADS';
export const DOWNLOADS_FILE = 'downloads.json';

/** A download's path in the site (data/omsap.json, en/data/groups.csv …) → its size in bytes. */
export type DownloadSizes = Record<string, number>;

export interface Download {
  file: string;
  href: string;
  /** "12 KB": at least 1 KB, rounded to the KB; empty when no build has written the file (a page rendered alone). */
  size: string;
}

let sizes: DownloadSizes | undefined;
function downloadSizes(): DownloadSizes {
  if (sizes) return sizes;
  const file = resolve(process.env[DOWNLOADS_ENV] ?? join(dirname(datasetPath()), DOWNLOADS_FILE));
  sizes = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DownloadSizes) : {};
  return sizes;
}

function sizeOf(path: string, lang: Lang): string {
  const bytes = downloadSizes()[path];
  return bytes === undefined ? '' : words(lang).data.kilobytes(formatFixed(Math.max(1, Math.round(bytes / 1024)), 0));
}

/** The path in the site of a download in a language (English ones under en/). */
export const downloadPath = (lang: Lang, route: string) => (lang === 'th' ? route : `en/${route}`);

/** A province's files: its part of omsap.json and of groups.csv, with its number of groups. */
export interface ProvinceDownloads {
  code: string;
  name: string;
  groups: number;
  json: Download;
  csv: Download;
}

export function downloads(lang: Lang): { groups: Download; json: Download; criteria: Download; groupRows: number; provinces: ProvinceDownloads[] } {
  const { dataset } = site();
  const groupsIn = new Map<string, number>();
  for (const g of dataset.groups) groupsIn.set(g.province.code, (groupsIn.get(g.province.code) ?? 0) + 1);
  const provinces = byName(dataset.provinces, lang).map((p) => ({
    code: p.code,
    name: placeName(p, lang),
    groups: groupsIn.get(p.code) ?? 0,
    json: { file: `${p.code}.json`, href: fileHref(files.provinceJson(p.code)), size: sizeOf(files.provinceJson(p.code), lang) },
    csv: { file: `${p.code}.csv`, href: href(lang, routes.provinceCsv(p.code)), size: sizeOf(downloadPath(lang, routes.provinceCsv(p.code)), lang) },
  }));
  return {
    provinces,
    groups: { file: 'groups.csv', href: href(lang, routes.groupsCsv), size: sizeOf(downloadPath(lang, routes.groupsCsv), lang) },
    json: { file: 'omsap.json', href: fileHref(files.datasetJson), size: sizeOf(files.datasetJson, lang) },
    criteria: { file: 'criteria.csv', href: href(lang, routes.criteriaCsv), size: sizeOf(downloadPath(lang, routes.criteriaCsv), lang) },
    groupRows: dataset.groups.reduce((s, g) => s + Math.max(1, g.audits.length), 0),
  };
}
