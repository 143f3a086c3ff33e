/** The savings groups of one district: village, moo, founding date, members, savings and invented private values. Pure. */
import type { Division, SampleDistrict, SampleProvince } from './places';
import { address, nationalId, personName, phoneNumber } from './people';
import type { Rng } from './prng';
import { roundTo } from './round';
import { GROUP_NAME_PREFIX, iso, villageName } from './thai-text';
import type { SampleGroup } from './types';
import { compareCodes } from '../lib/thai/collate';

const FOUNDED_FROM = Date.UTC(1985, 0, 1);

function randomDate(rng: Rng, fromMs: number, toMs: number): string {
  const t = new Date(fromMs + Math.floor(rng.next() * (toMs - fromMs)));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Group id: province code (2) + district (2) + running number (3 digits, more only beyond 999). */
export function groupId(districtCode: string, running: number): string {
  return `${districtCode}${String(running).padStart(3, '0')}`;
}

/** What the generator knows of a group and does not publish: how well it is run, and whether it lends at all. */
export interface Latent {
  quality: number;
  noLoans: boolean;
}

/** `count` groups of a district, in sub-district and moo order, numbered from 1, founded before `foundedBefore`. */
export function makeGroups(
  rng: Rng,
  province: SampleProvince,
  district: SampleDistrict,
  count: number,
  foundedBefore: number,
): { group: SampleGroup; latent: Latent }[] {
  const usedMoo = new Map<string, Set<number>>();
  const drafts: { sub: Division; moo: number; r: Rng }[] = [];
  for (let k = 0; k < count; k++) {
    const sub = rng.pick(district.subdistricts);
    const used = usedMoo.get(sub.code) ?? new Set<number>();
    usedMoo.set(sub.code, used);
    let moo = rng.int(1, 15);
    while (used.has(moo)) moo++;
    used.add(moo);
    drafts.push({ sub, moo, r: rng.fork(`g${k}`) });
  }
  drafts.sort((a, b) => compareCodes(a.sub.code, b.sub.code) || a.moo - b.moo);
  return drafts.map(({ sub, moo, r }, i) => {
    const village = r.chance(0.15) ? (sub.name.startsWith('บ้าน') ? sub.name : `บ้าน${sub.name}`) : villageName(r);
    const status = r.weighted([['active', 90], ['inactive', 7], ['dissolved', 3]] as const);
    const members = Math.round(Math.min(600, Math.max(12, Math.exp(4.2 + 0.6 * r.normal()))));
    const group: SampleGroup = {
      id: groupId(district.idPrefix, i + 1),
      name: `${GROUP_NAME_PREFIX}${village}`,
      village,
      moo,
      subdistrict: { code: sub.code, name: sub.name, nameEn: sub.nameEn },
      district: { code: district.code, name: district.name, nameEn: district.nameEn },
      province: { code: province.code, name: province.name, nameEn: province.nameEn },
      founded: randomDate(r, FOUNDED_FROM, foundedBefore),
      status,
      members,
      savings: roundTo(members * r.real(1500, 12000), 10),
      chair: personName(r),
      phone: phoneNumber(r),
      nationalId: nationalId(r, r.chance(0.2)),
      address: address(r, moo, sub.name, district.name, province.name),
    };
    return { group, latent: { quality: r.next(), noLoans: r.chance(0.02) } };
  });
}
