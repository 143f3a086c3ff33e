/**
 * An indicator page's failing groups, district by district (issue 20: no dead ends): in the latest fiscal year, each
 * district with a group whose result for the indicator is "fail" (as the most-failed lists count), its failing groups
 * by name with their links. Districts in the reader's order within each province; groups by name.
 */
import type { Lang } from '../lib/i18n/lang';
import { auditFor } from '../lib/aggregate/audit-year';
import { site } from './data';
import { routes } from './links';
import { byName, districtLabel, provinceLabel } from './names';

/** A district's list opens by itself up to this many groups (a line or two); a longer one is folded to its count. */
export const OPEN_UP_TO = 2;

export interface FailingDistrict {
  district: string;
  province: string;
  route: string;
  open: boolean;
  groups: { id: string; name: string; route: string }[];
}

export function failingGroupsByDistrict(code: string, lang: Lang): FailingDistrict[] {
  const s = site();
  const fy = s.latestFY;
  if (fy === null) return [];
  const out: FailingDistrict[] = [];
  for (const p of byName(s.dataset.provinces, lang)) {
    for (const d of byName(s.districtsOfProvince.get(p.code) ?? [], lang)) {
      // groupsOfDistrict is already in the order of their Thai names (src/site/data.ts), as names are written.
      const groups = (s.groupsOfDistrict.get(d.code) ?? []).filter((g) => auditFor(g, fy)?.indicators.some((r) => r.code === code && r.status === 'fail'));
      if (groups.length === 0) continue;
      out.push({
        district: districtLabel(d, lang),
        province: provinceLabel(p, lang),
        route: routes.district(d.code),
        open: groups.length <= OPEN_UP_TO,
        groups: groups.map((g) => ({ id: g.id, name: g.name, route: routes.group(g.id) })),
      });
    }
  }
  return out;
}
