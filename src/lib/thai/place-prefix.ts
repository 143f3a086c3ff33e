/** Place-level prefixes that officers type before a name (จ. อำเภอ แขวง …). */
import { normalizeText } from './normalize.js';

export type PlaceLevel = 'province' | 'district' | 'subdistrict';

export const PREFIXES: Record<PlaceLevel, readonly string[]> = {
  // Longest first so "จังหวัด" wins over a shorter prefix.
  province: ['จังหวัด', 'จ.'],
  district: ['กิ่งอำเภอ', 'อำเภอ', 'อ.', 'เขต'],
  subdistrict: ['ตำบล', 'ต.', 'แขวง'],
};

/** Remove a level prefix (`จ.`, `อำเภอ`, `แขวง` …, with or without a space after it). */
export function stripPlacePrefix(s: string, level: PlaceLevel): string {
  const t = normalizeText(s);
  for (const p of PREFIXES[level]) {
    if (t.startsWith(p) && t.length > p.length) return t.slice(p.length).trimStart();
  }
  return t;
}
