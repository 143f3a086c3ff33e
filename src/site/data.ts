/**
 * The ONE module pages use to read the dataset (DESIGN §3). It reads the validated dataset file named by
 * OMSAP_DATASET (default .omsap/dataset.json), refuses fields off the privacy allow-list, and hands each
 * page only the slice it needs (§12: per-page data stays small at 30,000 groups).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Area, AreaYear, Dataset, Group } from '../lib/schema/dataset';
import { CriteriaSchema, type Criteria, type Indicator } from '../lib/schema/criteria';
import type { Place } from '../lib/schema/records';
import { DEFAULT_CRITERIA } from '../lib/health/default-criteria';
import { validateDataset } from '../lib/dataset/validate';
import { auditFor, membersIn } from '../lib/aggregate/audit-year';
import { compareCodes, compareThai } from '../lib/thai/collate';
import { consoleText } from '../lib/i18n/words';
import { collectGarbage } from '../util/gc';

export const DATASET_ENV = 'OMSAP_DATASET';
export const CRITERIA_ENV = 'OMSAP_CRITERIA';
/**
 * The SHA-256 (hex) of the dataset file as the build wrote it from the dataset it had just validated
 * (src/publish/prepare.ts): a file with exactly those bytes is not validated again. Validating the national dataset a
 * second time in Astro's process cost 1.5 s and took its memory from 0.6 to 1.0 GB while the pages started.
 */
export const DATASET_SHA256_ENV = 'OMSAP_DATASET_SHA256';

export function datasetPath(): string {
  return resolve(process.env[DATASET_ENV] ?? '.omsap/dataset.json');
}

/**
 * Reads and validates a dataset file (src/lib/dataset/validate.ts). Throws with the path on any problem. A file whose
 * bytes have the SHA-256 `validated` is the one a build wrote from a validated dataset, and is only parsed.
 */
export function readDatasetFile(path: string, validated?: string): Dataset {
  let raw: unknown;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
    raw = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw new Error(`${consoleText((w) => w.console.datasetUnreadable)}: ${path}: ${(e as Error).message}`);
  }
  if (validated && createHash('sha256').update(bytes).digest('hex') === validated) return raw as Dataset;
  return validateDataset(raw, path);
}

/** A group as lists show it: no audits, just the latest result. */
export interface GroupSummary {
  id: string;
  name: string;
  subdistrict: Place;
  district: Place;
  province: Place;
  status: Group['status'];
  /** Members at the end of the year's audit, else as registered. */
  members?: number;
  /** The audit of the fiscal year asked for, if any. */
  audit: { fiscalYear: number; score: number | null; level: 1 | 2 | 3 | null; redFlags: string[] } | null;
}

export interface Site {
  dataset: Dataset;
  criteria: Criteria;
  indicators: Map<string, Indicator>;
  /** Latest fiscal year in the data (the "this year" of coverage), or null with no audits. */
  latestFY: number | null;
  groupsById: Map<string, Group>;
  districtsByCode: Map<string, Area>;
  provincesByCode: Map<string, Area>;
  /** Province code → its districts (in Thai order; src/site/names.ts byName() orders them for a language). */
  districtsOfProvince: Map<string, Area[]>;
  /** District code → its groups, Thai order of name. */
  groupsOfDistrict: Map<string, Group[]>;
}

let cached: Site | undefined;

/**
 * In the build's Astro process this module has two instances, Astro's bundle's and the build's own (which writes the
 * group pages after Astro, src/publish/group-pages.ts): they share one Site on a global key, so that process never
 * holds the national dataset twice. Only for a file pinned by its SHA-256 (DATASET_SHA256_ENV): what was read is
 * then exactly what either instance would read.
 */
const SHARED_SITE = Symbol.for('omsap.site');
type SharedSite = { key: string; site: Site };
const sharedKey = (): string | undefined => (process.env[DATASET_SHA256_ENV] ? `${datasetPath()}\n${process.env[DATASET_SHA256_ENV]}` : undefined);
const shared = globalThis as { [SHARED_SITE]?: SharedSite };

/**
 * The criteria table of a dataset scored with criteria `id` (read from `datasetFile`): OMSAP_CRITERIA, else the table
 * the build wrote beside the dataset (a province's own replaces the default), else the default. Throws when it is not `id`.
 */
export function criteriaTable(id: string, datasetFile: string): Criteria {
  const beside = join(dirname(datasetFile), 'criteria.json');
  const file = process.env[CRITERIA_ENV] ?? (existsSync(beside) ? beside : undefined);
  const criteria = file ? CriteriaSchema.parse(JSON.parse(readFileSync(resolve(file), 'utf8'))) : DEFAULT_CRITERIA;
  if (criteria.id !== id) {
    throw new Error(
      `${consoleText((w) => w.console.criteriaMismatch(id, criteria.id))} (${CRITERIA_ENV})`,
    );
  }
  return criteria;
}

export function site(): Site {
  if (cached) return cached;
  const key = sharedKey();
  if (key !== undefined && shared[SHARED_SITE]?.key === key) return (cached = shared[SHARED_SITE].site);
  const dataset = readDatasetFile(datasetPath(), process.env[DATASET_SHA256_ENV]);
  // The file's bytes and text are garbage now: at national scale they took the page process from 0.8 to 1.1 GB until
  // V8 got round to them, just as the build's scan ahead starts (src/publish/run.ts).
  collectGarbage();
  const criteria = criteriaTable(dataset.criteria, datasetPath());
  const groupsById = new Map(dataset.groups.map((g) => [g.id, g]));
  const districtsByCode = new Map(dataset.districts.map((d) => [d.code, d]));
  const provincesByCode = new Map(dataset.provinces.map((p) => [p.code, p]));
  const districtsOfProvince = new Map<string, Area[]>();
  for (const d of [...dataset.districts].sort((a, b) => compareThai(a.name, b.name) || compareCodes(a.code, b.code))) {
    const key = d.province ?? '';
    districtsOfProvince.set(key, [...(districtsOfProvince.get(key) ?? []), d]);
  }
  const groupsOfDistrict = new Map<string, Group[]>();
  for (const g of [...dataset.groups].sort((a, b) => compareThai(a.name, b.name) || compareCodes(a.id, b.id))) {
    const list = groupsOfDistrict.get(g.district.code);
    if (list) list.push(g);
    else groupsOfDistrict.set(g.district.code, [g]);
  }
  cached = {
    dataset,
    criteria,
    indicators: new Map(criteria.indicators.map((i) => [i.code, i])),
    latestFY: dataset.fiscalYears.length ? Math.max(...dataset.fiscalYears) : null,
    groupsById,
    districtsByCode,
    provincesByCode,
    districtsOfProvince,
    groupsOfDistrict,
  };
  if (key !== undefined) shared[SHARED_SITE] = { key, site: cached };
  return cached;
}

export function yearOf(area: Area | undefined, fy: number | null): AreaYear | undefined {
  return fy === null ? undefined : area?.years.find((y) => y.fiscalYear === fy);
}

export function summarize(group: Group, fy: number | null): GroupSummary {
  const a = auditFor(group, fy);
  const members = membersIn(group, a);
  return {
    id: group.id,
    name: group.name,
    subdistrict: group.subdistrict,
    district: group.district,
    province: group.province,
    status: group.status,
    ...(members !== undefined ? { members } : {}),
    audit: a ? { fiscalYear: a.fiscalYear, score: a.score, level: a.level, redFlags: a.redFlags.map((r) => r.code) } : null,
  };
}

/** Summaries of the given ids, in the given order (ids not in the dataset are skipped). */
export function summariesOf(ids: readonly string[], fy: number | null): GroupSummary[] {
  const s = site();
  return ids.flatMap((id) => {
    const g = s.groupsById.get(id);
    return g ? [summarize(g, fy)] : [];
  });
}

/**
 * A route's paths, each call a fresh array of fresh path objects around props made once: the Thai and English
 * routes share the props (a national site holds no two copies of them, DESIGN §12), never the array Astro keys by
 * its route (shared, one language's keys would replace the other's: NoMatchingStaticPathFound).
 */
function freshPaths<P extends { params: Record<string, string>; props: object }>(made: readonly P[]): P[] {
  return made.map((p) => ({ ...p, params: { ...p.params } }));
}

/** Props of /groups/{id}/ (both languages): the group, and only the medians of its district and province. */
let groupPathsCache: ReturnType<typeof makeGroupPaths> | undefined;
export function groupPaths() {
  return freshPaths((groupPathsCache ??= makeGroupPaths()));
}
function makeGroupPaths() {
  const s = site();
  return s.dataset.groups.map((group) => {
    const medians = (area: Area | undefined) =>
      Object.fromEntries((area?.years ?? []).map((y) => [y.fiscalYear, y.indicatorMedians])) as Record<number, Record<string, number | null>>;
    return {
      params: { id: group.id },
      props: {
        group,
        districtMedians: medians(s.districtsByCode.get(group.district.code)),
        provinceMedians: medians(s.provincesByCode.get(group.province.code)),
      },
    };
  });
}
export type GroupProps = ReturnType<typeof groupPaths>[number]['props'];

let districtPathsCache: ReturnType<typeof makeDistrictPaths> | undefined;
export function districtPaths() {
  return freshPaths((districtPathsCache ??= makeDistrictPaths()));
}
function makeDistrictPaths() {
  const s = site();
  return s.dataset.districts.map((district) => ({
    params: { code: district.code },
    props: {
      district,
      province: s.provincesByCode.get(district.province ?? ''),
      groups: (s.groupsOfDistrict.get(district.code) ?? []).map((g) => summarize(g, s.latestFY)),
    },
  }));
}
export type DistrictProps = ReturnType<typeof districtPaths>[number]['props'];

export function provincePaths() {
  const s = site();
  return s.dataset.provinces.map((province) => ({
    params: { code: province.code },
    props: { province, districts: s.districtsOfProvince.get(province.code) ?? [] },
  }));
}
export type ProvinceProps = ReturnType<typeof provincePaths>[number]['props'];
