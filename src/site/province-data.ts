/**
 * The per-province downloads (DESIGN §7 /data/): the national files' schema, filtered to one province, so a province
 * office downloads its own groups without the national file. The JSON keeps the national dataAsOf, fiscalYears and
 * criteria (they describe the publication) and recomputes the follow-through roll-up from the province's groups
 * only; groups.csv's columns are unchanged, its rows are the province's.
 */
import { datasetFollowThrough } from '../lib/followthrough/rollup';
import type { Criteria } from '../lib/schema/criteria';
import type { Dataset } from '../lib/schema/dataset';

/** The dataset of one province: its groups, its districts, itself. */
export function provinceDataset(dataset: Dataset, code: string, criteria: Criteria): Dataset {
  const groups = dataset.groups.filter((g) => g.province.code === code);
  return {
    ...dataset,
    groups,
    districts: dataset.districts.filter((d) => d.province === code),
    provinces: dataset.provinces.filter((p) => p.code === code),
    followThrough: datasetFollowThrough(groups, dataset.fiscalYears, criteria),
  };
}
