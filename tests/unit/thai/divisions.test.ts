import { readFileSync } from 'node:fs';
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

  it('แม่แจ่ม keeps 5003 and กัลยาณิวัฒนา, split from it, has its own 5025 (the package gives both 5003)', async () => {
    const d = await loadDivisions();
    const maeChaem = resolveDistrict(d, '50', 'แม่แจ่ม');
    const galyani = resolveDistrict(d, '50', 'กัลยาณิวัฒนา');
    expect(maeChaem.ok && maeChaem.value.code).toBe('5003');
    expect(galyani.ok && galyani.value.code).toBe('5025');
    expect(galyani.ok && galyani.value.nameEn).toBe('Galyani Vadhana');
    expect(resolveDistrict(d, '50', 'Galyani Vadhana').ok).toBe(true);
  });

  it('บึงกาฬ is 38 (the package says 97) and its 8 districts are 3801–3808 (the package has no codes)', async () => {
    const d = await loadDivisions();
    const buengKan = resolveProvince(d, 'บึงกาฬ');
    expect(buengKan.ok && buengKan.value.code).toBe('38');
    expect(d.provinces.some((p) => p.code === '97')).toBe(false);
    const districts = d.districts.filter((x) => x.provinceCode === '38').map((x) => `${x.code} ${x.name}`).sort();
    expect(districts).toEqual(['3801 เมืองบึงกาฬ', '3802 พรเจริญ', '3803 โซ่พิสัย', '3804 เซกา', '3805 ปากคาด', '3806 บึงโขงหลง', '3807 ศรีวิไล', '3808 บุ่งคล้า']);
    const seka = resolveDistrict(d, '38', 'อ.เซกา');
    expect(seka.ok && resolveSubdistrict(d, seka.value.code, 'ซาง').ok).toBe(true);
  });

  it('every province and district code is one of the boundary files (src/data/geo), Thai name for Thai name', async () => {
    const d = await loadDivisions();
    const names = (file: string, object: string) =>
      new Map(
        (JSON.parse(readFileSync(new URL(`../../../src/data/geo/${file}`, import.meta.url), 'utf8')) as { objects: Record<string, { geometries: { id: string; properties: { name_th: string } }[] }> })
          .objects[object]!.geometries.map((g) => [g.id, g.properties.name_th]),
      );
    const provinces = names('th-provinces.topo.json', 'provinces');
    expect(new Map(d.provinces.map((p) => [p.code, p.name]))).toEqual(provinces);
    const districts = new Map<string, string>();
    for (const code of provinces.keys()) for (const [c, n] of names(`th-districts-${code}.topo.json`, 'districts')) districts.set(c, n);
    const mismatched = d.districts.filter((x) => districts.get(x.code) !== x.name).map((x) => `${x.code} ${x.name} (maps: ${districts.get(x.code) ?? 'none'})`);
    expect(mismatched).toEqual([]);
    expect(d.districts).toHaveLength(928);
  });
});
