/**
 * Thailand's administrative divisions, loaded once per process from `thai-address-universal`.
 * The edge of the Thai core: pure resolution lives in src/lib/thai/places.ts.
 *
 * Codes are the department's (src/lib/thai/department-codes.ts corrects the package's wrong ones: Bueng Kan 97 → 38
 * and its uncoded districts, กัลยาณิวัฒนา 5025, น้ำปาด 5304). The package's data has a few more flaws this loader
 * repairs so that every code is non-empty and unique among its siblings (codes are lookup keys and URL slugs):
 *  - getSubDistricts(code) merges two districts that share a code (น้ำปาด/ท่าปลา 5303,
 *    กัลยาณิวัฒนา/แม่แจ่ม 5003), so membership comes from the package's address table instead;
 *  - a district whose code is missing (all of บึงกาฬ) or taken by a sibling gets the code its
 *    sub-districts point to (majority 4-digit prefix) if free, else `<province code>-<romanised name>`;
 *    among districts sharing a code, the one with most sub-districts coded under it keeps it;
 *  - a sub-district without a code gets `<district code>-<romanised name>`.
 */
import { getDatabase, getDistricts, getEngMode, getProvinces, getSubDistricts, preload } from 'thai-address-universal';
import type { Division, Divisions, District, Subdistrict } from '../lib/thai/places.js';
import { departmentDistrict, departmentProvinceCode } from '../lib/thai/department-codes.js';

interface Entry {
  nameTh: string;
  nameEn: string;
  code: string;
}
interface Gathered {
  api: Entry;
  subs: Entry[];
  /** Majority 4-digit prefix of the sub-district codes ('' if none). */
  inferred: string;
}

let loading: Promise<Divisions> | undefined;

/** All provinces, districts and sub-districts (memoised: one load per process). */
export function loadDivisions(): Promise<Divisions> {
  loading ??= build().catch((e: unknown) => {
    loading = undefined; // let a later call retry
    throw e;
  });
  return loading;
}

const NON_ALNUM = /[^a-z0-9]+/g;
const EDGE_DASH = /^-|-$/g;
function slug(s: string): string {
  return s.toLowerCase().replace(NON_ALNUM, '-').replace(EDGE_DASH, '');
}

/** province → district → sub-district names, from the package's address rows (Thai). */
async function addressTree(): Promise<Map<string, Map<string, Set<string>>>> {
  await preload({ language: 'thai' });
  if (getEngMode()) throw new Error('thai-address-universal is in English mode; divisions need the Thai table');
  const rows = getDatabase();
  const tree = new Map<string, Map<string, Set<string>>>();
  for (const r of rows) {
    let districts = tree.get(r.province);
    if (!districts) tree.set(r.province, (districts = new Map()));
    let subs = districts.get(r.district);
    if (!subs) districts.set(r.district, (subs = new Set()));
    subs.add(r.sub_district);
  }
  return tree;
}

function majorityPrefix(codes: string[], provinceCode: string): string {
  const counts = new Map<string, number>();
  for (const c of codes) if (c.length === 6 && c.startsWith(provinceCode)) counts.set(c.slice(0, 4), (counts.get(c.slice(0, 4)) ?? 0) + 1);
  let best = '';
  let bestN = 0;
  for (const [p, n] of counts) if (n > bestN) [best, bestN] = [p, n];
  return best;
}

/** Province names the package runs together, as the Royal Thai General System writes them. */
const PROVINCE_EN_FIXES: Readonly<Record<string, string>> = { Nakhonsawan: 'Nakhon Sawan', Nakhonratchasima: 'Nakhon Ratchasima', Suphanburi: 'Suphan Buri' };

async function build(): Promise<Divisions> {
  const provinceEntries: Entry[] = await getProvinces();
  const tree = await addressTree();
  const provinces: Division[] = [];
  const districts: District[] = [];
  const subdistricts: Subdistrict[] = [];

  for (const p of provinceEntries) {
    const province: Division = { code: departmentProvinceCode(p.code) || slug(p.nameEn), name: p.nameTh, nameEn: PROVINCE_EN_FIXES[p.nameEn] ?? p.nameEn };
    provinces.push(province);
    const dbDistricts = tree.get(p.nameTh) ?? new Map<string, Set<string>>();
    const apiDistricts: Entry[] = await getDistricts(p.code || p.nameTh);
    const names = new Set([...apiDistricts.map((d) => d.nameTh), ...dbDistricts.keys()]);

    // Gather each district's sub-districts (names from the address table, codes from the API).
    const gathered: Gathered[] = [];
    for (const nameTh of names) {
      const found = apiDistricts.find((d) => d.nameTh === nameTh) ?? { nameTh, nameEn: '', code: '' };
      // The package is asked by its own code; the district carries the department's.
      const apiSubs: Entry[] = await getSubDistricts(found.code || nameTh);
      const api: Entry = { ...found, ...departmentDistrict(province.code, nameTh, found.code, found.nameEn) };
      const byName = new Map<string, Entry>();
      for (const s of apiSubs) {
        const prev = byName.get(s.nameTh);
        if (!prev || (!prev.code && s.code) || (api.code && !prev.code.startsWith(api.code) && s.code.startsWith(api.code))) {
          byName.set(s.nameTh, s);
        }
      }
      const subNames = dbDistricts.get(nameTh) ?? new Set(apiSubs.map((s) => s.nameTh));
      const subs = [...subNames].map((n) => byName.get(n) ?? { nameTh: n, nameEn: '', code: '' });
      gathered.push({ api, subs, inferred: majorityPrefix(subs.map((s) => s.code).filter(Boolean), province.code) });
    }

    // Codes: keep a unique data code; for a shared one, the district its sub-districts agree with keeps it.
    const dataCodeCount = new Map<string, number>();
    for (const g of gathered) if (g.api.code) dataCodeCount.set(g.api.code, (dataCodeCount.get(g.api.code) ?? 0) + 1);
    const used = new Set<string>();
    const codeOf = new Map<Gathered, string>();
    const support = (g: Gathered) => g.subs.filter((s) => s.code.startsWith(g.api.code)).length;
    for (const g of gathered) {
      const c = g.api.code;
      if (!c || used.has(c)) continue;
      // Among districts sharing c, the one with most sub-districts coded under c keeps it (first on a tie).
      const rivals = gathered.filter((o) => o.api.code === c);
      const keeper = rivals.reduce((best, o) => (support(o) > support(best) ? o : best));
      codeOf.set(keeper, c);
      used.add(c);
    }
    for (const g of gathered) {
      if (codeOf.has(g)) continue;
      const taken = (c: string) => used.has(c) || (dataCodeCount.get(c) ?? 0) > 0;
      let c = g.inferred && !taken(g.inferred) ? g.inferred : `${province.code}-${slug(g.api.nameEn) || 'd'}`;
      for (let n = 2; used.has(c); n++) c = `${c}-${n}`;
      codeOf.set(g, c);
      used.add(c);
    }

    for (const g of gathered) {
      const code = codeOf.get(g)!;
      districts.push({ code, name: g.api.nameTh, nameEn: g.api.nameEn, provinceCode: province.code });
      const subCodes = new Set<string>();
      for (const s of g.subs) {
        let sc = s.code || `${code}-${slug(s.nameEn) || 's'}`;
        for (let n = 2; subCodes.has(sc); n++) sc = `${s.code || code}-${n}`;
        subCodes.add(sc);
        subdistricts.push({ code: sc, name: s.nameTh, nameEn: s.nameEn, districtCode: code });
      }
    }
  }
  return { provinces, districts, subdistricts };
}
