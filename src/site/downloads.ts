/** The data page's downloads in a language: each file's address and size, and the number of rows of groups.csv. */
import type { Lang } from '../lib/i18n/lang';
import { formatFixed } from '../lib/i18n/format';
import { words } from '../lib/i18n/words';
import { criteriaCsv, groupsCsv } from './csv';
import { site } from './data';
import { fileHref, files, href, routes } from './links';

export interface Download {
  file: string;
  href: string;
  /** "12 KB": at least 1 KB, rounded to the KB. */
  size: string;
}

const kb = (text: string, lang: Lang) => words(lang).data.kilobytes(formatFixed(Math.max(1, Math.round(Buffer.byteLength(text, 'utf8') / 1024)), 0));

export function downloads(lang: Lang): { groups: Download; json: Download; criteria: Download; groupRows: number } {
  const { dataset, criteria } = site();
  return {
    groups: { file: 'groups.csv', href: href(lang, routes.groupsCsv), size: kb(groupsCsv(dataset, criteria, lang), lang) },
    json: { file: 'omsap.json', href: fileHref(files.datasetJson), size: kb(JSON.stringify(dataset), lang) },
    criteria: { file: 'criteria.csv', href: href(lang, routes.criteriaCsv), size: kb(criteriaCsv(criteria, lang), lang) },
    groupRows: dataset.groups.reduce((s, g) => s + Math.max(1, g.audits.length), 0),
  };
}
