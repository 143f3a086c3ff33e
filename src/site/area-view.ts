/**
 * What the home, province, district and rankings pages show of areas, computed once here so the pages only render:
 * the whole data's roll-up (the same areaYear() rule as every province and district, never a sum of rounded ratios),
 * the areas the home page lists, a district's ranked, incomplete and unaudited groups, the rankings page's rows.
 */
import type { Lang } from '../lib/i18n/lang';
import { areaYear, auditedTotals } from '../lib/aggregate/area';
import { auditFor } from '../lib/aggregate/audit-year';
import type { Area, AreaYear, Group } from '../lib/schema/dataset';
import { site, summariesOf, summarize, yearOf, type DistrictProps, type GroupSummary, type ProvinceProps } from './data';
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

/**
 * The key figures of an area (the tiles of the home, province and district pages), each summing what its label says:
 * every registered group; the groups active and audited in the year, with coverage; the members and savings of the
 * audited groups (the year's audits; the roll-up's own members and savings cover every active group); scores and
 * the overdue ratio of the audits, as the roll-up has them.
 */
export interface AreaFigures {
  groups: number;
  year: AreaYear | undefined;
  members: number | undefined;
  savings: number | undefined;
}

export function areaFigures(groups: readonly Group[], year: AreaYear | undefined): AreaFigures {
  const totals = year ? auditedTotals(groups, year.fiscalYear) : undefined;
  return { groups: groups.length, year, members: totals?.members, savings: totals?.savings };
}

/** Every registered group of a province (its districts' groups). */
export function groupsOfProvince(districts: readonly Area[]): Group[] {
  const s = site();
  return districts.flatMap((d) => s.groupsOfDistrict.get(d.code) ?? []);
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

/**
 * The groups of a district page, each listed once: the ranking, the incomplete audits, the active groups with no
 * audit this year, and the others (inactive or dissolved, or registered after the year), in name order.
 */
export function districtLists(props: DistrictProps): {
  year: AreaYear | undefined;
  ranked: GroupSummary[];
  incomplete: GroupSummary[];
  notAudited: GroupSummary[];
  others: GroupSummary[];
} {
  const year = yearOf(props.district, site().latestFY);
  const byId = new Map(props.groups.map((g) => [g.id, g]));
  const pick = (ids: readonly string[] | undefined) => (ids ?? []).flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const listed = new Set([...(year?.ranking ?? []), ...(year?.incomplete ?? []), ...(year?.notAudited ?? [])]);
  return {
    year,
    ranked: pick(year?.ranking),
    incomplete: pick(year?.incomplete),
    notAudited: pick(year?.notAudited),
    others: props.groups.filter((g) => !listed.has(g.id)),
  };
}

/** How many of a province's ranked groups its page lists; the rest are on its districts' pages. */
export const PROVINCE_TOP = 10;

/** The province page: its first groups to develop, and each district's row with how many of its groups are ranked. */
export function provinceView(props: ProvinceProps, lang: Lang): {
  year: AreaYear | undefined;
  figures: AreaFigures;
  top: GroupSummary[];
  ranked: number;
  districts: { district: Area; year: AreaYear | undefined; ranked: number }[];
} {
  const s = site();
  const year = yearOf(props.province, s.latestFY);
  return {
    year,
    figures: areaFigures(groupsOfProvince(props.districts), year),
    top: summariesOf((year?.ranking ?? []).slice(0, PROVINCE_TOP), s.latestFY),
    ranked: year?.ranking.length ?? 0,
    districts: byName(props.districts, lang).map((district) => {
      const y = yearOf(district, s.latestFY);
      return { district, year: y, ranked: y?.ranking.length ?? 0 };
    }),
  };
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
        first: firstGroup && auditFor(firstGroup, s.latestFY) ? summarize(firstGroup, s.latestFY) : undefined,
      };
    }),
  }));
}
