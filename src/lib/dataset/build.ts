import type { Criteria } from '../schema/criteria';
import { SCHEMA_VERSION, type Area, type AreaYear, type Dataset, type Group } from '../schema/dataset';
import type { Issue } from '../schema/issue';
import type { AuditRecord, RegistryRecord } from '../schema/records';
import { scoreAudit } from '../health/score';

export interface BuildInput {
  registry: RegistryRecord[];
  audits: AuditRecord[];
  criteria: Criteria;
}

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** First working version: groups with scored audits; areas with counts. Refined in later commits. */
export function buildDataset(input: BuildInput): { dataset: Dataset; issues: Issue[] } {
  const { registry, audits, criteria } = input;
  const issues: Issue[] = [];
  const byGroup = new Map<string, AuditRecord[]>();
  for (const a of audits) {
    const list = byGroup.get(a.groupId) ?? [];
    list.push(a);
    byGroup.set(a.groupId, list);
  }
  const groups: Group[] = [...registry]
    .sort((a, b) => cmp(a.province.code, b.province.code) || cmp(a.district.code, b.district.code) || cmp(a.id, b.id))
    .map((r) => ({
      id: r.id,
      name: r.name,
      ...(r.village !== undefined ? { village: r.village } : {}),
      ...(r.moo !== undefined ? { moo: r.moo } : {}),
      subdistrict: r.subdistrict,
      district: r.district,
      province: r.province,
      ...(r.founded !== undefined ? { founded: r.founded } : {}),
      status: r.status,
      ...(r.members !== undefined ? { members: r.members } : {}),
      ...(r.savings !== undefined ? { savings: r.savings } : {}),
      audits: (byGroup.get(r.id) ?? [])
        .map((a) => scoreAudit(a, criteria))
        .sort((x, y) => cmp(x.fiscalYear, y.fiscalYear) || cmp(x.date, y.date)),
    }));
  const fiscalYears = [...new Set(audits.map((a) => a.fiscalYear))].sort((a, b) => a - b);
  const dataAsOf = audits.reduce<string | null>((m, a) => (m === null || a.date > m ? a.date : m), null);
  const areaYear = (members: Group[], fy: number): AreaYear => {
    const active = members.filter((g) => g.status === 'active');
    const audited = members.flatMap((g) => g.audits.filter((a) => a.fiscalYear === fy).map((a) => ({ g, a })));
    return {
      fiscalYear: fy,
      active: active.length,
      audited: audited.length,
      coverage: active.length ? audited.length / active.length : null,
      levels: {
        '1': audited.filter((x) => x.a.level === 1).length,
        '2': audited.filter((x) => x.a.level === 2).length,
        '3': audited.filter((x) => x.a.level === 3).length,
        incomplete: audited.filter((x) => x.a.level === null).length,
      },
      meanScore: null,
      medianScore: null,
      members: 0,
      savings: 0,
      loans: 0,
      overdueRatio: null,
      mostFailed: [],
      indicatorMedians: {},
      ranking: audited.filter((x) => x.a.level !== null).map((x) => x.g.id),
      incomplete: audited.filter((x) => x.a.level === null).map((x) => x.g.id),
      notAudited: active.filter((g) => !g.audits.some((a) => a.fiscalYear === fy)).map((g) => g.id),
    };
  };
  const areas = (key: 'district' | 'province'): Area[] => {
    const m = new Map<string, Group[]>();
    for (const g of groups) m.set(g[key].code, [...(m.get(g[key].code) ?? []), g]);
    return [...m.entries()]
      .sort((a, b) => cmp(a[0], b[0]))
      .map(([code, gs]) => ({
        code,
        name: gs[0]![key].name,
        ...(key === 'district' ? { province: gs[0]!.province.code } : {}),
        years: fiscalYears.map((fy) => areaYear(gs, fy)),
      }));
  };
  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    criteria: criteria.id,
    dataAsOf,
    fiscalYears,
    groups,
    districts: areas('district'),
    provinces: areas('province'),
  };
  return { dataset, issues };
}
