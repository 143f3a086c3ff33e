/** How many groups each district gets: largest-remainder apportionment by the district's size. Pure. */
import type { SampleProvince } from './places';

/** Largest-remainder apportionment of `total` by weight; each gets at least `minEach` when total allows. */
export function apportion(weights: readonly number[], total: number, minEach = 0): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const base = total >= minEach * n ? minEach : 0;
  const rest = total - base * n;
  const sum = weights.reduce((s, w) => s + w, 0) || 1;
  const exact = weights.map((w) => (rest * w) / sum);
  const out = exact.map((x) => base + Math.floor(x));
  let left = total - out.reduce((s, x) => s + x, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % n, left--) out[order[k]!.i]! += 1;
  return out;
}

/** Groups per district for the whole run, proportional to sub-district counts (a proxy for villages). */
export function planDistricts(provinces: readonly SampleProvince[], groups: number): Map<string, number> {
  const districts = provinces.flatMap((p) => p.districts);
  const counts = apportion(districts.map((d) => d.subdistricts.length), groups, 1);
  return new Map(districts.map((d, i) => [d.code, counts[i]!]));
}
