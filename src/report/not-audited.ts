import type { Dataset } from '../lib/schema/dataset';

export interface NotAuditedDistrict {
  code: string;
  name: string;
  province: string;
  groups: { id: string; name: string }[];
}

/** Active groups with no audit, per fiscal year (DESIGN §6, §11); `districts` groups them for the HTML page. */
export interface NotAuditedYear {
  fiscalYear: number;
  groups: string[];
  districts?: NotAuditedDistrict[];
}

/** From the dataset's districts' notAudited lists, oldest fiscal year first; ids sorted. */
export function notAuditedFrom(dataset: Dataset): NotAuditedYear[] {
  const names = new Map(dataset.groups.map((g) => [g.id, g.name]));
  const provinces = new Map(dataset.provinces.map((p) => [p.code, p.name]));
  const years = new Map<number, NotAuditedYear>();
  for (const fy of dataset.fiscalYears) years.set(fy, { fiscalYear: fy, groups: [], districts: [] });
  for (const d of dataset.districts) {
    for (const y of d.years) {
      if (y.notAudited.length === 0) continue;
      let entry = years.get(y.fiscalYear);
      if (!entry) {
        entry = { fiscalYear: y.fiscalYear, groups: [], districts: [] };
        years.set(y.fiscalYear, entry);
      }
      const ids = [...y.notAudited].sort();
      for (const id of ids) entry.groups.push(id); // never push(...ids): unbounded at national scale
      entry.districts!.push({
        code: d.code,
        name: d.name,
        province: provinces.get(d.province ?? '') ?? d.province ?? '',
        groups: ids.map((id) => ({ id, name: names.get(id) ?? '' })),
      });
    }
  }
  return [...years.values()]
    .map((y) => ({ ...y, groups: [...y.groups].sort() }))
    .sort((a, b) => a.fiscalYear - b.fiscalYear);
}
