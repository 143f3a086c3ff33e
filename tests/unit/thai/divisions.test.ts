import { describe, expect, it } from 'vitest';
import { loadDivisions } from '../../../src/ingest/divisions.js';
import { resolveDistrict, resolveProvince, resolveSubdistrict } from '../../../src/lib/thai/places.js';

describe('loadDivisions (thai-address-universal)', () => {
  it('has 77 provinces and is memoised', async () => {
    const d = await loadDivisions();
    expect(d.provinces).toHaveLength(77);
    expect(await loadDivisions()).toBe(d);
  });

  it('Nakhon Sawan has 15 districts with codes, including เมืองนครสวรรค์', async () => {
    const d = await loadDivisions();
    const ns = d.provinces.find((p) => p.name === 'นครสวรรค์');
    expect(ns?.code).toBe('60');
    const districts = d.districts.filter((x) => x.provinceCode === '60');
    expect(districts).toHaveLength(15);
    for (const x of districts) expect(x.code).toMatch(/^60\d\d$/);
    expect(districts.find((x) => x.name === 'เมืองนครสวรรค์')?.code).toBe('6001');
    const r = resolveDistrict(d, '60', 'อ.เมือง');
    expect(r.ok && r.value.name).toBe('เมืองนครสวรรค์');
  });

  it('every code is non-empty ASCII and unique among its siblings', async () => {
    const d = await loadDivisions();
    const unique = (codes: string[]) => new Set(codes).size === codes.length;
    expect(unique(d.provinces.map((p) => p.code))).toBe(true);
    expect(unique(d.districts.map((x) => x.code))).toBe(true);
    const byDistrict = new Map<string, string[]>();
    for (const s of d.subdistricts) byDistrict.set(s.districtCode, [...(byDistrict.get(s.districtCode) ?? []), s.code]);
    for (const codes of byDistrict.values()) expect(unique(codes)).toBe(true);
    for (const x of [...d.provinces, ...d.districts, ...d.subdistricts]) expect(x.code).toMatch(/^[a-z0-9-]+$/);
  });

  it('districts that share a code in the package are told apart', async () => {
    const d = await loadDivisions();
    const uttaradit = resolveProvince(d, 'อุตรดิตถ์');
    expect(uttaradit.ok).toBe(true);
    if (!uttaradit.ok) return;
    const thaPla = resolveDistrict(d, uttaradit.value.code, 'ท่าปลา');
    const namPat = resolveDistrict(d, uttaradit.value.code, 'น้ำปาด');
    expect(thaPla.ok && thaPla.value.code).toBe('5303');
    // Its sub-districts are coded 5304xx in the package, so it gets 5304 (its official code).
    expect(namPat.ok && namPat.value.code).toBe('5304');
    if (!namPat.ok) return;
    expect(resolveSubdistrict(d, namPat.value.code, 'น้ำไคร้').ok).toBe(true);
    expect(resolveSubdistrict(d, namPat.value.code, 'จริม').ok).toBe(false); // belongs to ท่าปลา
  });

  it('แม่แจ่ม keeps 5003, which the package also gives to กัลยาณิวัฒนา (split from it)', async () => {
    const d = await loadDivisions();
    const maeChaem = resolveDistrict(d, '50', 'แม่แจ่ม');
    const kalyani = resolveDistrict(d, '50', 'กัลยาณิวัฒนา');
    expect(maeChaem.ok && maeChaem.value.code).toBe('5003');
    expect(kalyani.ok && kalyani.value.code).not.toBe('5003');
  });
});
