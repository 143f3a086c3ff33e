/**
 * Real administrative divisions for the sample (from src/ingest/divisions.ts, the same table ingest resolves
 * names against): provinces, their districts and sub-districts, sorted by code so generation is deterministic.
 */
import { loadDivisions } from '../ingest/divisions';
import { compareCodes } from '../lib/thai/collate';

export interface Division { code: string; name: string; nameEn: string }
export interface SampleDistrict extends Division {
  /** First four digits of its groups' ids: the district code, or a free province-code + 2-digit number when the data has none. */
  idPrefix: string;
  subdistricts: Division[];
}
export interface SampleProvince extends Division { districts: SampleDistrict[] }

/**
 * Bangkok has no savings groups for production under the Community Development Department (its
 * districts are run by the city), so the national sample covers the other 76 provinces.
 */
export const EXCLUDED_PROVINCES = new Set(['10']);

const byCode = (a: Division, b: Division) => compareCodes(a.code, b.code);
const pick = (d: Division): Division => ({ code: d.code, name: d.name, nameEn: d.nameEn });

/** Loads the provinces (all but EXCLUDED_PROVINCES, or just `only`) with districts and sub-districts. */
export async function loadSampleProvinces(only?: string): Promise<SampleProvince[]> {
  const div = await loadDivisions();
  const provinces = div.provinces.map(pick).sort(byCode);
  const chosen = only ? provinces.filter((p) => p.code === only) : provinces.filter((p) => !EXCLUDED_PROVINCES.has(p.code));
  if (only && chosen.length === 0) throw new Error(`unknown province code ${only}`);
  const subsOf = new Map<string, Division[]>();
  for (const s of div.subdistricts) subsOf.set(s.districtCode, [...(subsOf.get(s.districtCode) ?? []), pick(s)]);
  return chosen.map((p) => {
    const ds = div.districts.filter((d) => d.provinceCode === p.code).map(pick).sort(byCode);
    const official = new Set(ds.map((d) => d.code).filter((c) => /^\d{4}$/.test(c) && c.startsWith(p.code)));
    let next = 1;
    const districts: SampleDistrict[] = [];
    for (const d of ds) {
      let idPrefix = d.code;
      if (!official.has(d.code)) {
        while (official.has(`${p.code}${String(next).padStart(2, '0')}`)) next++;
        idPrefix = `${p.code}${String(next++).padStart(2, '0')}`;
      }
      // A sub-district name listed twice in one district would make the sample ambiguous: keep the first.
      const seen = new Set<string>();
      const subdistricts = (subsOf.get(d.code) ?? [])
        .sort(byCode)
        .filter((s) => (seen.has(s.name) ? false : (seen.add(s.name), true)));
      if (subdistricts.length > 0) districts.push({ ...d, idPrefix, subdistricts });
    }
    return { ...p, districts };
  });
}
