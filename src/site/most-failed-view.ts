/**
 * The most-failed list of an area's year (province, district pages), as the page shows it (issue 20: no dead ends):
 * each indicator linked to its page, with how many audited groups fail it beside the share. The dataset keeps the
 * share of the audited groups (src/lib/aggregate/area.ts: failing ÷ audited, to six decimals), so the count is that
 * share of the year's audited groups, rounded: exact for any area of fewer than 500,000 groups.
 */
import type { Lang } from '../lib/i18n/lang';
import { words } from '../lib/i18n/words';
import { formatter } from '../lib/i18n/format';
import { indicatorName } from '../lib/health/criteria-words';
import type { Indicator } from '../lib/schema/criteria';
import type { AreaYear } from '../lib/schema/dataset';
import { routes } from './links';

export interface MostFailedRow {
  code: string;
  name: string;
  route: string;
  /** "3 จาก 12" / "3 of 12" */
  count: string;
  share: string;
}

export function mostFailedRows(year: Pick<AreaYear, 'audited' | 'mostFailed'>, indicators: ReadonlyMap<string, Indicator>, lang: Lang): MostFailedRow[] {
  const f = formatter(lang);
  const w = words(lang);
  return year.mostFailed.map((m) => {
    const ind = indicators.get(m.code);
    return {
      code: m.code,
      name: ind ? indicatorName(ind, lang) : m.code,
      route: routes.indicator(m.code),
      count: w.lessons.count(f.int(Math.round(m.share * year.audited)), f.int(year.audited)),
      share: f.percent(m.share),
    };
  });
}
