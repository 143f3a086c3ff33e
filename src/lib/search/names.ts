/**
 * The "did you mean" index: the names of the dataset's provinces, districts and sub-districts (Thai and English)
 * and its group ids, in small shards the search page loads only when a search finds nothing as typed.
 *
 * National scale (77 provinces, 928 districts, 7,475 sub-districts, 30,000 groups) would be ~400 KB of names and
 * ~420 KB of ids in one file (100 KB each gzipped), so each name sits in the shard of its first letter and each id in
 * the shard of its first two characters. The first letter is Thai-aware: leading vowels (เ แ โ ใ ไ) are skipped and
 * letters that sound alike at the start of a word share a shard (ข ค ฆ, ซ ศ ษ ส, ร ล, …), so a misspelling of the
 * first letter among them still finds its name. Latin names shard by their first letter a–z.
 *
 * Group and village names (issue 20) are in the shard of their core: the name without "กลุ่มออมทรัพย์เพื่อการผลิต"
 * and without "บ้าน" (nearly every village's first word), so "ไร่น้อบ" and "บ้านไร่น้อบ" both look in the shard of ร
 * for บ้านไร่น้อย. A group whose name is the usual prefix and its village keeps only the village (a smaller shard).
 */
import { fold } from './text.js';
import { normalizeText } from '../thai/normalize.js';

/** One name: a province, a district, a sub-district or a group id, with what its suggestion needs. */
export type NameEntry =
  | ['p', code: string, th: string, en: string]
  | ['d', code: string, th: string, en: string, provinceTh: string, provinceEn: string]
  | ['s', th: string, en: string, districtTh: string, districtEn: string]
  | ['g', id: string]
  /** A group by its village and name; name '' when it is the usual prefix and the village. */
  | ['n', id: string, village: string, name: string];

const LEADING_VOWELS = /^[\u0E40-\u0E44]+/; // เ แ โ ใ ไ, written before the consonant they follow in speech
const THAI_CONSONANT = /^[\u0E01-\u0E2E]/;
const LATIN = /^[a-z]/;
const NOT_ALNUM = /[^\p{L}\p{N}]/gu;
/** Letters that sound alike at the start of a word, each to the first of its group. */
const SOUND_ALIKE: Record<string, string> = Object.fromEntries(
  ['ขฃคฅฆ', 'ชฉฌ', 'สซศษ', 'ยญ', 'ดฎ', 'ตฏ', 'ทฐฑฒถธ', 'นณ', 'พผภ', 'ฟฝ', 'ลรฤฦฬ', 'หฮ'].flatMap((g) => [...g].map((c) => [c, g[0]!])),
);

/** The usual start of a group's name, and of a village's. */
const GROUP_PREFIX = /^กลุ่ม(?:สัจจะ)?ออมทรัพย์(?:เพื่อการผลิต)?/;
const VILLAGE_PREFIX = /^บ้าน/;
export const USUAL_PREFIX = 'กลุ่มออมทรัพย์เพื่อการผลิต';

/** A group's or village's name without its usual first words ("กลุ่มออมทรัพย์เพื่อการผลิตบ้านไร่น้อย" → "ไร่น้อย"). */
export const nameCore = (name: string): string => name.replace(/[^\p{L}\p{M}\p{N}]/gu, '').replace(GROUP_PREFIX, '').replace(VILLAGE_PREFIX, '');

/** A group entry's name as registered (its name, or the usual prefix and its village). */
export const entryGroupName = (village: string, name: string): string => name || USUAL_PREFIX + village;

/** A group id as compared: letters and digits only, lower case ("6010-0002" → "60100002"). */
export const idKey = (id: string): string => id.toLowerCase().replace(NOT_ALNUM, '');

/** The shard of a place name ("0e15" for ต…, "t" for Takhli), or null for a name with no letter to start it. */
export function nameShard(name: string): string | null {
  const f = fold(name).replace(NOT_ALNUM, '').replace(LEADING_VOWELS, '');
  if (THAI_CONSONANT.test(f)) return (SOUND_ALIKE[f[0]!] ?? f[0]!).charCodeAt(0).toString(16).padStart(4, '0');
  return LATIN.test(f) ? f[0]! : null;
}

/** The shard of a group id: "id-" and its first two letters or digits ("6010-0002" → "id-60"). */
export const idShard = (id: string): string => `id-${idKey(id).slice(0, 2)}`;

type Named = { code: string; name: string; nameEn: string };
/** What the shards are made of: the dataset's places and its groups' ids and sub-districts. */
export interface NamedPlaces {
  provinces: readonly Named[];
  districts: readonly (Named & { province?: string })[];
  groups: readonly { id: string; subdistrict: Named; district: Named; name?: string; village?: string }[];
}

/** Every shard of a dataset, by shard name, entries in dataset order (the same data gives the same files). */
export function nameShards(dataset: NamedPlaces): Map<string, NameEntry[]> {
  const shards = new Map<string, NameEntry[]>();
  const add = (keys: (string | null)[], entry: NameEntry) => {
    for (const k of new Set(keys)) {
      if (k === null) continue;
      const shard = shards.get(k);
      if (shard) shard.push(entry);
      else shards.set(k, [entry]);
    }
  };
  const byName = (place: Named) => [nameShard(place.name), nameShard(place.nameEn)];
  const provinces = new Map(dataset.provinces.map((p) => [p.code, p]));
  for (const p of dataset.provinces) add(byName(p), ['p', p.code, p.name, p.nameEn]);
  for (const d of dataset.districts) {
    const p = provinces.get(d.province ?? '');
    add(byName(d), ['d', d.code, d.name, d.nameEn, p?.name ?? '', p?.nameEn ?? '']);
  }
  const seen = new Set<string>();
  for (const g of dataset.groups) {
    const key = `${g.subdistrict.code} ${g.subdistrict.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    add(byName(g.subdistrict), ['s', g.subdistrict.name, g.subdistrict.nameEn, g.district.name, g.district.nameEn]);
  }
  for (const g of dataset.groups) add([idShard(g.id)], ['g', g.id]);
  for (const g of dataset.groups) {
    if (!g.name) continue;
    const village = g.village ?? '';
    const name = g.name === USUAL_PREFIX + village ? '' : g.name;
    add([village, name].filter(Boolean).map((n) => nameShard(nameCore(normalizeText(n)))), ['n', g.id, village, name]);
  }
  return new Map([...shards].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
