/**
 * The maps and bar pictures of the fixture dataset (tests/fixtures/site/make-dataset.ts, FY 2567): provinces 18 and
 * 60, districts 1801, 6007 and 6010. Shares worked by hand from the groups' levels listed in tests/site/views.test.ts.
 */
import { describe, expect, it } from 'vitest';

process.env.OMSAP_DATASET = 'tests/fixtures/site/dataset.json';
const { site } = await import('../../src/site/data');
const { districtMap, provinceMap, poorShare, mapLegend } = await import('../../src/site/map-view');
const { failingChart, levelsChart } = await import('../../src/site/chart-view');
const { provinceView } = await import('../../src/site/area-view');

const links = (svg: string) => [...svg.matchAll(/<a href="([^"]+)" aria-label="([^"]+)">/g)].map((m) => `${m[1]} ${m[2]}`);

describe('district map of a province', () => {
  const province = site().provincesByCode.get('60')!;

  it('draws all 15 districts of the boundaries, linking the 2 the data has, each named with its figure', () => {
    const map = districtMap(province, 'th')!;
    expect(map.svg.match(/<path /g)).toHaveLength(15);
    // 6007: 6007-0002 level 2, 6007000000011 level 3, 6007-0003 incomplete → 1 of 3 = 33.3%.
    // 6010: 6010-0001 and 6010-0003 level 1, 6010-0002 and 6010-0004 level 3 (6010-0005 not audited) → 2 of 4 = 50.0%.
    expect(links(map.svg)).toEqual(['/districts/6007/ ตาคลี: ระดับ 3 33.3% (1 จาก 3 กลุ่มที่ตรวจ)', '/districts/6010/ พยุหะคีรี: ระดับ 3 50.0% (2 จาก 4 กลุ่มที่ตรวจ)']);
    expect(map.svg).toContain('fill="#e6550d"><title>ตาคลี'); // 30–40%
    expect(map.svg).toContain('fill="#a63603"><title>พยุหะคีรี'); // 40% or more
    // A district without groups: its name from the boundaries, hatched, no link.
    expect(map.svg).toContain('fill="url(#map-60-none)"><title>เมืองนครสวรรค์: ไม่มีกลุ่มในข้อมูล</title>');
    expect(map.title).toBe('แผนที่อำเภอของจังหวัดนครสวรรค์: สัดส่วนกลุ่มที่ตรวจแล้วซึ่งอยู่ระดับ 3 ต้องปรับปรุง ปีงบประมาณ 2567');
  });

  it('in English, with English names and links under /en/', () => {
    const map = districtMap(province, 'en')!;
    expect(links(map.svg)[0]).toBe('/en/districts/6007/ Takhli: 33.3% at level 3 (1 of 3 audited groups)');
    expect(map.svg).toContain('<title>Mueang Nakhon Sawan: no groups in the data</title>');
  });

  it('a legend of five classes and "no audits"', () => {
    expect(mapLegend('en').map((e) => `${e.fill ?? 'hatch'} ${e.label}`)).toEqual([
      '#feedde under 10%',
      '#fdbe85 10% to under 20%',
      '#fd8d3c 20% to under 30%',
      '#e6550d 30% to under 40%',
      '#a63603 40% or more',
      'hatch No audits',
    ]);
  });

  it('share at level 3 counts incomplete audits among the audited; none without audits', () => {
    expect(poorShare({ audited: 4, levels: { '1': 1, '2': 0, '3': 2, incomplete: 1 } } as never)).toBe(0.5);
    expect(poorShare({ audited: 0, levels: { '1': 0, '2': 0, '3': 0, incomplete: 0 } } as never)).toBeNull();
    expect(poorShare(undefined)).toBeNull();
  });
});

describe('province map of the country', () => {
  it('draws the 77 provinces, linking the 2 of the data', () => {
    const map = provinceMap('th')!;
    expect(map.svg.match(/<path /g)).toHaveLength(77);
    // 18: 1801-0001 level 1, 1801-0002 and 1801-0003 level 3 → 2 of 3 = 66.7%; 60: 1 + 2 of 3 + 4 = 3 of 7 = 42.9%.
    expect(links(map.svg)).toEqual(['/provinces/18/ ชัยนาท: ระดับ 3 66.7% (2 จาก 3 กลุ่มที่ตรวจ)', '/provinces/60/ นครสวรรค์: ระดับ 3 42.9% (3 จาก 7 กลุ่มที่ตรวจ)']);
  });
});

describe('bar pictures', () => {
  it('the levels of each district of a province, one row per audited district', () => {
    const props = { province: site().provincesByCode.get('60')!, districts: site().districtsOfProvince.get('60')! };
    const chart = levelsChart(provinceView(props, 'en').districts, 'levels-60', 'en')!;
    expect(chart.title).toBe('Groups at each level by district, FY 2024 (BE 2567)');
    expect([...chart.svg.matchAll(/<text x="0" y="\d+">([^<]+)<\/text>/g)].map((m) => m[1])).toEqual(['Phayuha Khiri (4 audited)', 'Takhli (3 audited)']);
  });

  it("an indicator's failing share by district, highest first", () => {
    const chart = failingChart('F1', 'en');
    expect(chart?.title).toBe('Share of audited groups failing F1, by district, FY 2024 (BE 2567), highest first');
    const values = [...chart!.svg.matchAll(/text-anchor="end">([^<]+)</g)].map((m) => m[1]);
    const shares = values.map((v) => Number(v!.split('%')[0]));
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    expect(values).toHaveLength(3);
    expect(chart!.note).toBeUndefined();
  });
});

