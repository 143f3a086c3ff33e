/** The data page's downloads in a language: each file's address and size, and the number of rows of groups.csv. */
import type { Lang } from '../lib/i18n/lang';
import { formatFixed } from '../lib/i18n/format';
import { words } from '../lib/i18n/words';
import { criteriaCsv, groupsCsv } from './csv';
import { provinceDataset } from './province-data';
import { byName, placeName } from './names';
import { site } from './data';
import { fileHref, files, href, routes } from './links';

export interface Download {
  file: string;
  href: string;
  /** "12 KB": at least 1 KB, rounded to the KB. */
  size: string;
}

const kb = (text: string, lang: Lang) => words(lang).data.kilobytes(formatFixed(Math.max(1, Math.round(Buffer.byteLength(text, 'utf8') / 1024)), 0));

/** A province's files: its part of omsap.json and of groups.csv, with its number of groups. */
export interface ProvinceDownloads {
  code: string;
  name: string;
  groups: number;
  json: Download;
  csv: Download;
}

export function downloads(lang: Lang): { groups: Download; json: Download; criteria: Download; groupRows: number; provinces: ProvinceDownloads[] } {
  const { dataset, criteria } = site();
  const provinces = byName(dataset.provinces, lang).map((p) => {
    const part = provinceDataset(dataset, p.code, criteria);
    return {
      code: p.code,
      name: placeName(p, lang),
      groups: part.groups.length,
      json: { file: `${p.code}.json`, href: fileHref(files.provinceJson(p.code)), size: kb(JSON.stringify(part), lang) },
      csv: { file: `${p.code}.csv`, href: href(lang, routes.provinceCsv(p.code)), size: kb(groupsCsv(part, criteria, lang), lang) },
    };
  });
  return {
    provinces,
    groups: { file: 'groups.csv', href: href(lang, routes.groupsCsv), size: kb(groupsCsv(dataset, criteria, lang), lang) },
    json: { file: 'omsap.json', href: fileHref(files.datasetJson), size: kb(JSON.stringify(dataset), lang) },
    criteria: { file: 'criteria.csv', href: href(lang, routes.criteriaCsv), size: kb(criteriaCsv(criteria, lang), lang) },
    groupRows: dataset.groups.reduce((s, g) => s + Math.max(1, g.audits.length), 0),
  };
}
