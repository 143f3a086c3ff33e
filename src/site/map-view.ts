/**
 * What a map shows (issue 20): the areas of the boundaries, each with its share of audited groups at level 3 this
 * year, its page and its label in the reader's language; the legend's classes. Share = groups at level 3 ÷ groups
 * audited (incomplete audits included, as in the level table), the question the department asks of a map: where are
 * the groups that need help. src/lib/map/choropleth.ts draws it.
 */
import type { Lang } from '../lib/i18n/lang';
import { words } from '../lib/i18n/words';
import { formatter, formatThreshold } from '../lib/i18n/format';
import { choroplethSvg, SHARE_BREAKS, SHARE_RAMP, type MapArea } from '../lib/map/choropleth';
import type { Area, AreaYear } from '../lib/schema/dataset';
import { site, yearOf } from './data';
import { districtBoundaries, provinceBoundaries, type Boundaries } from './geo';
import { href, routes } from './links';
import { placeName, provinceLabel } from './names';

/** Share of a year's audited groups at level 3; null without audits. */
export function poorShare(year: AreaYear | undefined): number | null {
  return year && year.audited > 0 ? year.levels['3'] / year.audited : null;
}

export interface LegendEntry {
  /** A colour, or null for the "no audits" hatch. */
  fill: string | null;
  label: string;
}

export interface AreaMapView {
  title: string;
  svg: string;
  legend: LegendEntry[];
}

/** The legend: the five classes, then "no audits". */
export function mapLegend(lang: Lang): LegendEntry[] {
  const m = words(lang).map;
  const pct = (b: number) => formatThreshold(b, true);
  const b = SHARE_BREAKS;
  const labels = [m.classBelow(pct(b[0])), ...b.slice(1).map((hi, i) => m.classRange(pct(b[i]!), pct(hi))), m.classFrom(pct(b[b.length - 1]!))];
  return [...labels.map((label, i) => ({ fill: SHARE_RAMP[i]!, label })), { fill: null, label: m.noAudits }];
}

function mapView(boundaries: Boundaries, areas: readonly Area[], route: (code: string) => string, title: string, id: string, lang: Lang): AreaMapView {
  const m = words(lang).map;
  const f = formatter(lang);
  const fy = site().latestFY;
  const byCode = new Map(areas.map((a) => [a.code, a]));
  const shown = new Map<string, MapArea>();
  for (const { code } of boundaries.map.areas) {
    const area = byCode.get(code);
    const year = yearOf(area, fy);
    const share = poorShare(year);
    const name = area ? placeName(area, lang) : placeName({ code, ...boundaries.names.get(code)! }, lang);
    const label = !area ? m.areaNoGroups(name) : share === null ? m.areaNoAudits(name) : m.areaLabel(name, f.percent(share), f.int(year!.levels['3']), f.int(year!.audited));
    shown.set(code, { code, href: area ? href(lang, route(code)) : undefined, share, label });
  }
  return { title, svg: choroplethSvg(boundaries.map, shown, title, id), legend: mapLegend(lang) };
}

/** A province's districts; none when the boundaries lack the province. */
export function districtMap(province: Area, lang: Lang): AreaMapView | undefined {
  const b = districtBoundaries(province.code);
  const s = site();
  const fy = s.latestFY === null ? '' : formatter(lang).fy(s.latestFY);
  return b && mapView(b, s.districtsOfProvince.get(province.code) ?? [], routes.district, words(lang).map.districtsTitle(provinceLabel(province, lang), fy), `map-${province.code}`, lang);
}

/** The country's provinces (the home page, when the data holds more than one). */
export function provinceMap(lang: Lang): AreaMapView | undefined {
  const b = provinceBoundaries();
  const s = site();
  const fy = s.latestFY === null ? '' : formatter(lang).fy(s.latestFY);
  return b && mapView(b, s.dataset.provinces, routes.province, words(lang).map.provincesTitle(fy), 'map-th', lang);
}
