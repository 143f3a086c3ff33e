import { compareThai } from './collate.js';
import { normalizeText } from './normalize.js';
import { nameKey } from './name-key';
import { type Parsed, fail, ok } from './result.js';
import { expectedPlace } from '../issues/messages';

export interface Division {
  code: string;
  name: string;
  nameEn: string;
}
export type District = Division & { provinceCode: string };
export type Subdistrict = Division & { districtCode: string };
export interface Divisions {
  provinces: Division[];
  districts: District[];
  subdistricts: Subdistrict[];
}
export type PlaceLevel = 'province' | 'district' | 'subdistrict';

const PREFIXES: Record<PlaceLevel, readonly string[]> = {
  // Longest first so "จังหวัด" wins over a shorter prefix.
  province: ['จังหวัด', 'จ.'],
  district: ['กิ่งอำเภอ', 'อำเภอ', 'อ.', 'เขต'],
  subdistrict: ['ตำบล', 'ต.', 'แขวง'],
};
const NON_ALNUM = /[^a-z0-9]+/g;
const ASCII_LETTER = /[A-Za-z]/;
const MUEANG_KEYS = new Set(['เมือง', 'mueang', 'muang', 'mueng']);
const BANGKOK_ALIASES = ['กทม', 'กทม.', 'กรุงเทพ', 'กรุงเทพฯ', 'bangkok', 'krungthep'];

/** Remove a level prefix (`จ.`, `อำเภอ`, `แขวง` …, with or without a space after it). */
export function stripPlacePrefix(s: string, level: PlaceLevel): string {
  const t = normalizeText(s);
  for (const p of PREFIXES[level]) {
    if (t.startsWith(p) && t.length > p.length) return t.slice(p.length).trimStart();
  }
  return t;
}

/** Lookup key: a Thai name as names are compared (nameKey); English lower-case letters and digits only. */
function enKey(s: string): string {
  return s.toLowerCase().replace(NON_ALNUM, '');
}

interface Level {
  byKey: Map<string, Division>;
  items: Division[];
}
interface Index {
  provinces: Level;
  provinceByCode: Map<string, Division>;
  districts: Map<string, Level>; // by province code
  subdistricts: Map<string, Level>; // by district code
}

const cache = new WeakMap<Divisions, Index>();

function newLevel(): Level {
  return { byKey: new Map(), items: [] };
}
function addTo(level: Level, div: Division): void {
  level.items.push(div);
  for (const k of [nameKey(div.name), enKey(div.nameEn)]) {
    if (k !== '' && !level.byKey.has(k)) level.byKey.set(k, div);
  }
}
function group<T extends Division>(items: T[], parent: (t: T) => string): Map<string, Level> {
  const out = new Map<string, Level>();
  for (const it of items) {
    let level = out.get(parent(it));
    if (!level) out.set(parent(it), (level = newLevel()));
    addTo(level, it);
  }
  return out;
}

function indexOf(d: Divisions): Index {
  let idx = cache.get(d);
  if (idx) return idx;
  const provinces = newLevel();
  for (const p of d.provinces) addTo(provinces, p);
  const bangkok = provinces.byKey.get(nameKey('กรุงเทพมหานคร'));
  if (bangkok) for (const a of BANGKOK_ALIASES) provinces.byKey.set(ASCII_LETTER.test(a) ? enKey(a) : nameKey(a), bangkok);
  idx = {
    provinces,
    provinceByCode: new Map(d.provinces.map((p) => [p.code, p])),
    districts: group(d.districts, (x) => x.provinceCode),
    subdistricts: group(d.subdistricts, (x) => x.districtCode),
  };
  cache.set(d, idx);
  return idx;
}

function lookup(level: Level | undefined, name: string, prefixLevel: PlaceLevel): Division | undefined {
  if (!level) return undefined;
  const raw = normalizeText(name);
  if (ASCII_LETTER.test(raw)) return level.byKey.get(enKey(raw));
  return level.byKey.get(nameKey(raw)) ?? level.byKey.get(nameKey(stripPlacePrefix(raw, prefixLevel)));
}

/** Edit distance (insert/delete/substitute = 1) over UTF-16 units; Thai is all in the BMP. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Up to n candidates nearest to name by edit distance; ties in Thai order. */
export function suggestClosest(name: string, candidates: readonly string[], n = 3): string[] {
  return candidates
    .map((c) => ({ c, dist: levenshtein(name, c) }))
    .sort((x, y) => x.dist - y.dist || compareThai(x.c, y.c))
    .slice(0, n)
    .map((x) => x.c);
}

function unknown(level: Level | undefined, name: string, lv: PlaceLevel): Parsed<Division> {
  const found = normalizeText(name);
  const items = level?.items ?? [];
  const english = ASCII_LETTER.test(found);
  const names = suggestClosest(
    english ? enKey(found) : nameKey(stripPlacePrefix(found, lv)),
    items.map((i) => (english ? enKey(i.nameEn) : i.name)),
    3,
  ).map((k) => (english ? items.find((i) => enKey(i.nameEn) === k)?.nameEn ?? k : k));
  return fail(found, expectedPlace(lv, names));
}

/** Province by Thai or English name, with or without `จังหวัด`/`จ.`. */
export function resolveProvince(d: Divisions, name: string): Parsed<Division> {
  const idx = indexOf(d);
  const hit = lookup(idx.provinces, name, 'province');
  return hit ? ok(hit) : unknown(idx.provinces, name, 'province');
}

/** District of a province; `เมือง` / `อ.เมือง` alone means the province's capital district. */
export function resolveDistrict(d: Divisions, provinceCode: string, name: string): Parsed<Division> {
  const idx = indexOf(d);
  const level = idx.districts.get(provinceCode);
  const hit = lookup(level, name, 'district');
  if (hit) return ok(hit);
  const province = idx.provinceByCode.get(provinceCode);
  const stripped = stripPlacePrefix(name, 'district');
  const key = ASCII_LETTER.test(stripped) ? enKey(stripped) : nameKey(stripped);
  if (level && province && MUEANG_KEYS.has(key)) {
    // Most provinces: เมือง<province>; Ayutthaya's capital district carries the province name alone.
    const capital = level.byKey.get(nameKey('เมือง' + province.name)) ?? level.byKey.get(nameKey(province.name));
    if (capital) return ok(capital);
  }
  return unknown(level, name, 'district');
}

/** Sub-district (ตำบล/แขวง) of a district, by Thai or English name. */
export function resolveSubdistrict(d: Divisions, districtCode: string, name: string): Parsed<Division> {
  const level = indexOf(d).subdistricts.get(districtCode);
  const hit = lookup(level, name, 'subdistrict');
  return hit ? ok(hit) : unknown(level, name, 'subdistrict');
}

/** Stable ASCII URL slug: the official code. */
export function placeSlug(div: Division): string {
  return div.code;
}

const allNames = new WeakMap<Divisions, Set<string>>();
const ALL_PREFIXES = [...PREFIXES.province, ...PREFIXES.district, ...PREFIXES.subdistrict].sort((a, b) => b.length - a.length);

function nameKeys(d: Divisions): Set<string> {
  let keys = allNames.get(d);
  if (keys) return keys;
  keys = new Set(MUEANG_KEYS);
  for (const a of BANGKOK_ALIASES) keys.add(ASCII_LETTER.test(a) ? enKey(a) : nameKey(a));
  for (const list of [d.provinces, d.districts, d.subdistricts]) {
    for (const div of list) {
      keys.add(nameKey(div.name));
      if (div.nameEn) keys.add(enKey(div.nameEn));
    }
  }
  allNames.set(d, keys);
  return keys;
}

function onePlace(keys: Set<string>, token: string): boolean {
  let t = token;
  for (const p of ALL_PREFIXES) {
    if (t.startsWith(p) && t.length > p.length) {
      t = t.slice(p.length);
      break;
    }
  }
  return keys.has(ASCII_LETTER.test(t) ? enKey(t) : nameKey(t));
}

/**
 * True when a text is only place names: a province, district or sub-district of anywhere in Thailand, with or
 * without its prefix ("นครสวรรค์", "จ.นครสวรรค์", "ต.วังข่อย อ.ไพศาลี"). Such a text in a private column is no
 * person's data (DESIGN §8).
 */
export function isPlaceName(d: Divisions, s: string): boolean {
  const keys = nameKeys(d);
  const t = normalizeText(s);
  if (t === '') return false;
  if (onePlace(keys, t)) return true;
  const tokens = t.split(/[\s,]+/).filter(Boolean);
  return tokens.length > 1 && tokens.every((x) => onePlace(keys, x));
}
