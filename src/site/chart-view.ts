/**
 * The bar pictures of the indicator and province pages (issue 20), with their words: an indicator's failing share by
 * district, highest first; each district's groups by level. src/lib/charts/bars.ts draws them.
 */
import type { Lang } from '../lib/i18n/lang';
import { words } from '../lib/i18n/words';
import { formatter } from '../lib/i18n/format';
import { failingOf } from '../lib/aggregate/failing';
import { talliesOf } from './indicator-view';
import { LEVEL_FILLS, shareBarsSvg, stackedBarsSvg, type ShareBar } from '../lib/charts/bars';
import { compareThai } from '../lib/thai/collate';
import type { Area, AreaYear } from '../lib/schema/dataset';
import { site } from './data';
import { byName, placeName } from './names';
import { levelView } from './format';
import type { LegendEntry } from './map-view';

/** How many districts the indicator's chart shows at most (the table lists them all). */
export const FAILING_BARS_MAX = 20;

export interface FailingChart {
  title: string;
  svg: string;
  /** Set when the chart shows only the districts failing most. */
  note: string | undefined;
}

/** An indicator's failing share in each district audited in the latest year, highest first (then by name). */
export function failingChart(code: string, lang: Lang): FailingChart | undefined {
  const s = site();
  if (s.latestFY === null) return undefined;
  const f = formatter(lang);
  const c = words(lang).chart;
  const tallies = talliesOf(s.latestFY);
  const bars: (ShareBar & { name: string })[] = [];
  for (const d of s.districtsByCode.values()) {
    const tally = tallies.district.get(d.code);
    if (!tally) continue;
    const x = failingOf(tally, code);
    if (x.share === null) continue;
    const name = placeName(d, lang);
    bars.push({ name, label: name, share: x.share, value: c.failingValue(f.percent(x.share), f.int(x.failing), f.int(x.audited)) });
  }
  if (bars.length === 0) return undefined;
  bars.sort((a, b) => b.share - a.share || compareThai(a.name, b.name));
  const shown = bars.slice(0, FAILING_BARS_MAX);
  const title = c.failingTitle(code, f.fy(s.latestFY));
  return {
    title,
    svg: shareBarsSvg(shown, title),
    note: shown.length < bars.length ? c.failingTop(f.int(shown.length)) : undefined,
  };
}

/** Each district's audited groups by level (1, 2, 3, incomplete), in the reader's order; none without audits. */
export function levelsChart(districts: readonly { district: Area; year: AreaYear | undefined }[], id: string, lang: Lang): { title: string; svg: string } | undefined {
  const s = site();
  if (s.latestFY === null) return undefined;
  const f = formatter(lang);
  const c = words(lang).chart;
  const rows = byName(
    districts.filter((d) => (d.year?.audited ?? 0) > 0).map((d) => ({ ...d.district, year: d.year! })),
    lang,
  ).map((d) => ({
    label: c.levelsRowLabel(placeName(d, lang), f.int(d.year.audited)),
    counts: [d.year.levels['1'], d.year.levels['2'], d.year.levels['3'], d.year.levels.incomplete] as const,
  }));
  const title = c.levelsTitle(f.fy(s.latestFY));
  return rows.length ? { title, svg: stackedBarsSvg(rows, title, id) } : undefined;
}

/** The levels chart's legend: levels 1–3 light to dark, then incomplete (hatched). */
export function levelsLegend(lang: Lang): LegendEntry[] {
  return [
    ...([1, 2, 3] as const).map((n): LegendEntry => ({ fill: LEVEL_FILLS[n - 1]!, label: levelView(n, lang).label })),
    { fill: null, label: levelView(null, lang).label },
  ];
}
