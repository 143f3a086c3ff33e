import { areaYear } from '../aggregate/area';
import { datasetFollowThrough, followThroughSummary, withFollowThrough } from '../followthrough';
import { scoreAudit } from '../health/score';
import type { Criteria } from '../schema/criteria';
import { SCHEMA_VERSION, type Area, type Dataset, type Group } from '../schema/dataset';
import type { AuditRecord, RegistryRecord } from '../schema/records';
import { compareCodes } from '../thai/collate';
import { lessonLinks, type ArticleRef } from '../km/lessons';

export interface BuildInput {
  registry: RegistryRecord[];
  /** Audits of registered groups, one per group and fiscal year: ingest's rules across files decide which. */
  audits: AuditRecord[];
  criteria: Criteria;
  /** The KM articles published with the dataset (their checked `indicators`): the dataset's lessons. None: no lessons. */
  articles?: readonly ArticleRef[];
}

export interface BuildResult {
  dataset: Dataset;
}


/** Stable order of audits for one group: fiscal year, then date, then where they were read. */
const auditOrder = (a: AuditRecord, b: AuditRecord) =>
  a.fiscalYear - b.fiscalYear || compareCodes(a.date, b.date) || compareCodes(a.source.file, b.source.file) || (a.source.row ?? 0) - (b.source.row ?? 0);

/**
 * The registry record's public fields (the dataset's Group, without audits). Listed one by one, so a field
 * added to RegistryRecord never reaches the public dataset unless it is added here; key order is fixed
 * for stable JSON.
 */
function publicGroup(r: RegistryRecord): Omit<Group, 'audits'> {
  return {
    id: r.id,
    name: r.name,
    ...(r.village !== undefined ? { village: r.village } : {}),
    ...(r.moo !== undefined ? { moo: r.moo } : {}),
    subdistrict: { code: r.subdistrict.code, name: r.subdistrict.name, nameEn: r.subdistrict.nameEn },
    district: { code: r.district.code, name: r.district.name, nameEn: r.district.nameEn },
    province: { code: r.province.code, name: r.province.name, nameEn: r.province.nameEn },
    ...(r.founded !== undefined ? { founded: r.founded } : {}),
    status: r.status,
    ...(r.members !== undefined ? { members: r.members } : {}),
    ...(r.savings !== undefined ? { savings: r.savings } : {}),
  };
}

/**
 * Builds the published dataset (DESIGN §11) from validated records. Pure and deterministic: the same
 * input gives the same JSON whatever order the records arrive in.
 */
export function buildDataset(input: BuildInput): BuildResult {
  const { registry, criteria } = input;
  const known = new Set(registry.map((r) => r.id));

  // The rules across files (src/lib/validate/cross-file.ts) decided which audits are used; this only asserts them,
  // so no rule is decided twice (a broken promise here is a bug, not a data problem).
  const byGroup = new Map<string, AuditRecord[]>();
  for (const a of [...input.audits].sort((x, y) => compareCodes(x.groupId, y.groupId) || auditOrder(x, y))) {
    if (!known.has(a.groupId)) throw new Error(`buildDataset: audit of ${a.groupId} (${a.source.file}) has no registry row; ingest should have left it out`);
    const list = byGroup.get(a.groupId) ?? [];
    const same = list.find((x) => x.fiscalYear === a.fiscalYear);
    if (same) throw new Error(`buildDataset: two audits of ${a.groupId} in fiscal year ${a.fiscalYear} (${same.source.file}, ${a.source.file}); ingest should have kept one`);
    list.push(a);
    byGroup.set(a.groupId, list);
  }

  const groups: Group[] = [...registry]
    .sort((a, b) => compareCodes(a.province.code, b.province.code) || compareCodes(a.district.code, b.district.code) || compareCodes(a.id, b.id))
    .map((r) => {
      const audits = byGroup.get(r.id) ?? [];
      return { ...publicGroup(r), audits: withFollowThrough(audits.map((a) => scoreAudit(a, criteria)), criteria) };
    });

  const used = [...byGroup.values()].flat();
  const fiscalYears = [...new Set(used.map((a) => a.fiscalYear))].sort((a, b) => a - b);
  const dataAsOf = used.reduce<string | null>((m, a) => (m === null || a.date > m ? a.date : m), null);

  const areas = (key: 'district' | 'province'): Area[] => {
    const members = new Map<string, Group[]>();
    for (const g of groups) {
      const list = members.get(g[key].code);
      if (list) list.push(g);
      else members.set(g[key].code, [g]);
    }
    return [...members.entries()]
      .sort((a, b) => compareCodes(a[0], b[0]))
      .map(([code, gs]) => ({
        code,
        name: gs[0]![key].name,
        nameEn: gs[0]![key].nameEn,
        ...(key === 'district' ? { province: gs[0]!.province.code } : {}),
        years: fiscalYears.map((fy) => {
          const followThrough = followThroughSummary(gs, fy);
          return { ...areaYear(gs, fy, criteria), ...(followThrough ? { followThrough } : {}) };
        }),
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
    followThrough: datasetFollowThrough(groups, fiscalYears, criteria),
    lessons: lessonLinks(input.articles ?? [], criteria),
  };
  return { dataset };
}
