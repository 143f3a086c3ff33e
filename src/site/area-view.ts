/**
 * What the home, province, district and rankings pages show of areas, computed once here so the pages only render:
 * the whole data's roll-up (the same areaYear() rule as every province and district, never a sum of rounded ratios),
 * the areas the home page lists, a district's ranked, incomplete and unaudited groups, the rankings page's rows.
 */
import type { Lang } from '../lib/i18n/lang';
import { areaYear } from '../lib/aggregate/area';
import type { Area, AreaYear, Group } from '../lib/schema/dataset';
import { auditOf, site, summarize, yearOf, type DistrictProps, type GroupSummary } from './data';
import { byName } from './names';
import { routes } from './links';

let country: { fy: number | null; year: AreaYear | undefined } | undefined;

/** The roll-up of every group in the data for the latest fiscal year (the home page's figures). */
export function countryYear(): AreaYear | undefined {
  const s = site();
  if (!country || country.fy !== s.latestFY) {
    country = { fy: s.latestFY, year: s.latestFY === null ? undefined : areaYear(s.dataset.groups, s.latestFY, s.criteria) };
  }
  return country.year;
}

export interface HomeAreas {
  /** The one province, when the data holds one: its districts are then the areas. */
  single: Area | undefined;
  provinces: number;
  areas: { area: Area; route: string; year: AreaYear | undefined }[];
}

export function homeAreas(lang: Lang): HomeAreas {
  const s = site();
  const provinces = byName(s.dataset.provinces, lang);
  const single = provinces.length === 1 ? provinces[0] : undefined;
  const areas = single
    ? byName(s.districtsOfProvince.get(single.code) ?? [], lang).map((area) => ({ area, route: routes.district(area.code) }))
    : provinces.map((area) => ({ area, route: routes.province(area.code) }));
  return { single, provinces: provinces.length, areas: areas.map((a) => ({ ...a, year: yearOf(a.area, s.latestFY) })) };
}

/** The groups of a district page: the ranking, the incomplete audits and the active groups with no audit, this year. */
export function districtLists(props: DistrictProps): { year: AreaYear | undefined; ranked: GroupSummary[]; incomplete: GroupSummary[]; notAudited: GroupSummary[] } {
  const year = yearOf(props.district, site().latestFY);
  const byId = new Map(props.groups.map((g) => [g.id, g]));
  const pick = (ids: readonly string[] | undefined) => (ids ?? []).flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  return { year, ranked: pick(year?.ranking), incomplete: pick(year?.incomplete), notAudited: pick(year?.notAudited) };
}

/** Groups registered in a province's districts. */
export function groupCount(districts: readonly Area[]): number {
  const s = site();
  return districts.reduce((n, d) => n + (s.groupsOfDistrict.get(d.code)?.length ?? 0), 0);
}

export interface RankingRow {
  district: Area;
  ranked: number;
  poor: number | undefined;
  /** The district's rank-1 group this year, with its result. */
  first: GroupSummary | undefined;
}

/** The rankings page: per province (in the reader's order), per district its number ranked and its first group. */
export function rankingRows(lang: Lang): { province: Area; ranked: number; districts: RankingRow[] }[] {
  const s = site();
  return byName(s.dataset.provinces, lang).map((province) => ({
    province,
    ranked: yearOf(province, s.latestFY)?.ranking.length ?? 0,
    districts: byName(s.districtsOfProvince.get(province.code) ?? [], lang).map((district) => {
      const y = yearOf(district, s.latestFY);
      const firstGroup: Group | undefined = y?.ranking[0] ? s.groupsById.get(y.ranking[0]) : undefined;
      return {
        district,
        ranked: y?.ranking.length ?? 0,
        poor: y?.levels['3'],
        first: firstGroup && auditOf(firstGroup, s.latestFY) ? summarize(firstGroup, s.latestFY) : undefined,
      };
    }),
  }));
}
