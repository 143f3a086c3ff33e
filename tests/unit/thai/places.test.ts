import { describe, expect, it } from 'vitest';
import {
  type Divisions,
  levenshtein,
  placeSlug,
  resolveDistrict,
  resolveProvince,
  resolveSubdistrict,
  stripPlacePrefix,
  suggestClosest,
} from '../../../src/lib/thai/places.js';

const D: Divisions = {
  provinces: [
    { code: '60', name: 'นครสวรรค์', nameEn: 'Nakhon Sawan' },
    { code: '26', name: 'นครนายก', nameEn: 'Nakhon Nayok' },
    { code: '73', name: 'นครปฐม', nameEn: 'Nakhon Pathom' },
    { code: '10', name: 'กรุงเทพมหานคร', nameEn: 'Bangkok' },
    { code: '14', name: 'พระนครศรีอยุธยา', nameEn: 'Phra Nakhon Si Ayutthaya' },
  ],
  districts: [
    { code: '6001', name: 'เมืองนครสวรรค์', nameEn: 'Mueang Nakhon Sawan', provinceCode: '60' },
    { code: '6003', name: 'ชุมแสง', nameEn: 'Chum Saeng', provinceCode: '60' },
    { code: '6007', name: 'ตาคลี', nameEn: 'Takhli', provinceCode: '60' },
    { code: '2601', name: 'เมืองนครนายก', nameEn: 'Mueang Nakhon Nayok', provinceCode: '26' },
    { code: '1007', name: 'ปทุมวัน', nameEn: 'Pathum Wan', provinceCode: '10' },
    { code: '1401', name: 'พระนครศรีอยุธยา', nameEn: 'Phra Nakhon Si Ayutthaya', provinceCode: '14' },
  ],
  subdistricts: [
    { code: '600101', name: 'ปากน้ำโพ', nameEn: 'Pak Nam Pho', districtCode: '6001' },
    { code: '600102', name: 'กลางแดด', nameEn: 'Klang Daet', districtCode: '6001' },
    { code: '600301', name: 'ชุมแสง', nameEn: 'Chum Saeng', districtCode: '6003' },
    { code: '100704', name: 'ลุมพินี', nameEn: 'Lumphini', districtCode: '1007' },
  ],
};

const code = (r: ReturnType<typeof resolveProvince>) => (r.ok ? r.value.code : { failed: r.found, expected: r.expected });

describe('stripPlacePrefix', () => {
  it('strips the prefixes of each level, with or without a space', () => {
    expect(stripPlacePrefix('จ.นครสวรรค์', 'province')).toBe('นครสวรรค์');
    expect(stripPlacePrefix('จังหวัด นครสวรรค์', 'province')).toBe('นครสวรรค์');
    expect(stripPlacePrefix('  อำเภอ\u00A0 ชุมแสง ', 'district')).toBe('ชุมแสง');
    expect(stripPlacePrefix('อ.เมือง', 'district')).toBe('เมือง');
    expect(stripPlacePrefix('เขตปทุมวัน', 'district')).toBe('ปทุมวัน');
    expect(stripPlacePrefix('ต.ปากน้ำโพ', 'subdistrict')).toBe('ปากน้ำโพ');
    expect(stripPlacePrefix('ตำบล ปากน้ำโพ', 'subdistrict')).toBe('ปากน้ำโพ');
    expect(stripPlacePrefix('แขวงลุมพินี', 'subdistrict')).toBe('ลุมพินี');
  });
  it("leaves another level's prefix alone", () => {
    expect(stripPlacePrefix('เขตปทุมวัน', 'subdistrict')).toBe('เขตปทุมวัน');
    expect(stripPlacePrefix('อ.ชุมแสง', 'province')).toBe('อ.ชุมแสง');
  });
});

describe('levenshtein / suggestClosest', () => {
  it('counts single-character edits', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'กขค')).toBe(3);
    expect(levenshtein('นครสวรรค', 'นครสวรรค์')).toBe(1);
  });
  it('returns the n nearest, ties in Thai order', () => {
    // distances: กา 0, ขา 1, กาก 1, ไก่ 2+ ; tie ขา/กาก → ก before ข
    expect(suggestClosest('กา', ['ไก่', 'ขา', 'กาก', 'กา'], 2)).toEqual(['กา', 'กาก']);
    expect(suggestClosest('x', [], 3)).toEqual([]);
  });
});

describe('resolveProvince', () => {
  it('Thai name with or without prefix', () => {
    expect(code(resolveProvince(D, 'นครสวรรค์'))).toBe('60');
    expect(code(resolveProvince(D, 'จ.นครสวรรค์'))).toBe('60');
    expect(code(resolveProvince(D, ' จังหวัด นครสวรรค์ '))).toBe('60');
  });
  it('English name, case- and space-insensitive', () => {
    expect(code(resolveProvince(D, 'nakhon sawan'))).toBe('60');
    expect(code(resolveProvince(D, 'NAKHONSAWAN'))).toBe('60');
  });
  it('Bangkok aliases', () => {
    expect(code(resolveProvince(D, 'กทม.'))).toBe('10');
    expect(code(resolveProvince(D, 'กรุงเทพฯ'))).toBe('10');
  });
  it('unknown: suggests the 3 closest official names', () => {
    // นครสวรรค (missing ์) is 1 edit from นครสวรรค์; นครนายก and นครปฐม are 5 each
    // (no shared letters after นคร); นครนายก first in Thai order (น before ป).
    expect(code(resolveProvince(D, 'นครสวรรค'))).toEqual({
      failed: 'นครสวรรค',
      expected: {
        th: 'ชื่อจังหวัด เช่น นครสวรรค์, นครนายก, นครปฐม',
        en: 'a province name such as นครสวรรค์, นครนายก, นครปฐม',
      },
    });
  });
  it('unknown English name suggests English names', () => {
    const r = resolveProvince(D, 'Nakhon Sawann');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.expected.en.startsWith('a province name such as Nakhon Sawan,')).toBe(true);
  });
});

describe('resolveDistrict', () => {
  it('by name with prefixes', () => {
    expect(code(resolveDistrict(D, '60', 'ชุมแสง'))).toBe('6003');
    expect(code(resolveDistrict(D, '60', 'อ.ชุมแสง'))).toBe('6003');
    expect(code(resolveDistrict(D, '60', 'อำเภอ ชุมแสง'))).toBe('6003');
    expect(code(resolveDistrict(D, '10', 'เขตปทุมวัน'))).toBe('1007');
    expect(code(resolveDistrict(D, '60', 'เมืองนครสวรรค์'))).toBe('6001');
  });
  it('English names case-insensitively', () => {
    expect(code(resolveDistrict(D, '60', 'chum saeng'))).toBe('6003');
    expect(code(resolveDistrict(D, '60', 'Mueang Nakhon Sawan'))).toBe('6001');
  });
  it('เมือง alone resolves through the province', () => {
    expect(code(resolveDistrict(D, '60', 'อ.เมือง'))).toBe('6001');
    expect(code(resolveDistrict(D, '60', 'เมือง'))).toBe('6001');
    expect(code(resolveDistrict(D, '26', 'อำเภอเมือง'))).toBe('2601');
    expect(code(resolveDistrict(D, '60', 'Mueang'))).toBe('6001');
    // Ayutthaya's capital district has the province's name, without เมือง
    expect(code(resolveDistrict(D, '14', 'อ.เมือง'))).toBe('1401');
  });
  it("a district of another province is unknown here, with this province's names suggested", () => {
    // ชุมแสน: ชุมแสง 1 edit; ตาคลี 6 (no shared letters, 6 vs 5 long); เมืองนครสวรรค์ ≥ 8
    expect(code(resolveDistrict(D, '60', 'ชุมแสน'))).toEqual({
      failed: 'ชุมแสน',
      expected: { th: 'ชื่ออำเภอ เช่น ชุมแสง, ตาคลี, เมืองนครสวรรค์', en: 'a district name such as ชุมแสง, ตาคลี, เมืองนครสวรรค์' },
    });
    const r = resolveDistrict(D, '60', 'ปทุมวัน');
    expect(r.ok).toBe(false);
  });
  it('an unknown province code fails', () => {
    expect(code(resolveDistrict(D, '99', 'ชุมแสง'))).toEqual({
      failed: 'ชุมแสง',
      expected: { th: 'ชื่ออำเภอที่มีอยู่จริง', en: 'a known district' },
    });
  });
});

describe('resolveSubdistrict', () => {
  it('by name with prefixes, and ำ typed as ํ + า', () => {
    expect(code(resolveSubdistrict(D, '6001', 'ปากน้ำโพ'))).toBe('600101');
    expect(code(resolveSubdistrict(D, '6001', 'ต.ปากน้ำโพ'))).toBe('600101');
    expect(code(resolveSubdistrict(D, '6001', 'ตำบล ปากน้ำโพ'))).toBe('600101');
    // ปากน้ำโพ = ป า ก น ้ ำ โ พ; typed with ำ split into ํ + า, tone mark before or after ํ
    expect(code(resolveSubdistrict(D, '6001', 'ปากน\u0E49\u0E4D\u0E32โพ'))).toBe('600101');
    expect(code(resolveSubdistrict(D, '6001', 'ปากน\u0E4D\u0E49\u0E32โพ'))).toBe('600101');
    expect(code(resolveSubdistrict(D, '1007', 'แขวงลุมพินี'))).toBe('100704');
    expect(code(resolveSubdistrict(D, '6001', 'pak nam pho'))).toBe('600101');
  });
  it('a same-named sub-district resolves within its own district only', () => {
    expect(code(resolveSubdistrict(D, '6003', 'ชุมแสง'))).toBe('600301');
    expect(resolveSubdistrict(D, '6001', 'ชุมแสง').ok).toBe(false);
  });
});

describe('placeSlug', () => {
  it('is the official code', () => {
    expect(placeSlug({ code: '6001', name: 'เมืองนครสวรรค์', nameEn: 'Mueang Nakhon Sawan' })).toBe('6001');
  });
});

describe('lookup cache', () => {
  it('builds its index once per Divisions object, however many calls (counted, not timed)', () => {
    let reads = 0;
    const counted: Divisions = {
      ...D,
      get districts() {
        reads++;
        return D.districts;
      },
    };
    for (let i = 0; i < 1000; i++) expect(resolveDistrict(counted, '60', i % 2 ? 'อ.ชุมแสง' : 'ตาคลี').ok).toBe(true);
    expect(reads).toBe(1);
  });
});
