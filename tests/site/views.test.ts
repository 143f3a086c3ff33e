/**
 * What pages show, decided in src/site (pages only render): the whole data's roll-up, the group page's view, place
 * names and links, in both languages. Expected values are worked by hand from the fixture dataset
 * (tests/fixtures/site/make-dataset.ts), FY 2567.
 */
import { beforeAll, describe, expect, it } from 'vitest';

process.env.OMSAP_DATASET = 'tests/fixtures/site/dataset.json';
const { site, groupPaths, districtPaths, provincePaths } = await import('../../src/site/data');
const { countryYear, homeAreas, rankingRows, districtLists, areaFigures, provinceView, PROVINCE_TOP } = await import('../../src/site/area-view');
const { phrases } = await import('../../src/site/format');
const { provinceDataset } = await import('../../src/site/province-data');
const { groupsCsv, criteriaCsv, criteriaCsvFields, groupCsvFields } = await import('../../src/site/csv');
const { downloads } = await import('../../src/site/downloads');
const { DatasetSchema } = await import('../../src/lib/schema/dataset');
const { groupView } = await import('../../src/site/group-view');
const { groupPlace, byName } = await import('../../src/site/names');
const { href, fileHref, routes, files } = await import('../../src/site/links');

const props = (id: string) => groupPaths().find((p) => p.params.id === id)!.props;

beforeAll(() => {
  expect(site().latestFY).toBe(2567);
});

describe('countryYear: every group of the data, one areaYear (never a sum of the provinces\' rounded ratios)', () => {
  it('counts, levels, scores and sums as worked by hand', () => {
    const y = countryYear()!;
    // Active in FY 2567: 13 registered groups less 6007-0004 (inactive, not audited) = 12; audited 10 (not 1801-0004,
    // 6010-0005). Coverage 10 / 12 = 0.833333.
    expect([y.active, y.audited, y.coverage]).toEqual([12, 10, 0.833333]);
    // Level 1: 1801-0001, 6010-0001, 6010-0003; 2: 6007-0002; 3: 1801-0002, 1801-0003, 6007000000011, 6010-0002,
    // 6010-0004; incomplete: 6007-0003.
    expect(y.levels).toEqual({ '1': 3, '2': 1, '3': 5, incomplete: 1 });
    // Levelled scores 97 56 54 71 87 97 31 100 86: mean 679 / 9 = 75.444…, median of 9 = the 5th, 86.
    expect(y.meanScore).toBe(75.444444); // published to 6 decimals
    expect(y.medianScore).toBe(86);
    // Members: audited members_end 145+88+25+160+61+330+104+55+212+78 = 1,258, plus registry 70 + 40 = 1,368.
    expect(y.members).toBe(1368);
    // Savings: audited 2,100,000+760,000+60,000+1,200,000+8,900,000+1,000,000+400,000+3,400,000+620,000 = 18,440,000,
    // 6007-0003's registry 480,000 (its audit has none), 1801-0004's 510,000 and 6010-0005's 150,000 → 19,580,000.
    expect(y.savings).toBe(19_580_000);
    // Pooled overdue: Σ overdue 2,216,840 ÷ Σ loans 15,115,000 = 0.1466649… → 0.146665.
    expect(y.loans).toBe(15_115_000);
    expect(y.overdueRatio).toBe(0.146665);
  });

  it('the tiles sum what their labels say: members and savings of the audited groups', () => {
    const fig = areaFigures(site().dataset.groups, countryYear());
    // 13 registered groups; the 10 audited in FY 2567 have members_end 145+88+25+160+61+330+104+55+212+78 = 1,258
    // (the roll-up's 1,368 adds the registry members of 1801-0004 and 6010-0005, active but not audited).
    expect([fig.groups, fig.members]).toEqual([13, 1258]);
    // Savings: the 9 audits with savings 18,440,000 (above) + 6007-0003's registry 480,000 (its audit has none);
    // not 1801-0004's 510,000 nor 6010-0005's 150,000 (not audited) → 18,920,000.
    expect(fig.savings).toBe(18_920_000);
    // Takhli (6007): 6007000000011 330 / 8,900,000, 6007-0002 160 / 1,200,000, 6007-0003 61 / registry 480,000;
    // 6007-0004 (inactive, not audited) not counted → 551 members, 10,580,000 baht; 4 groups registered.
    const takhli = districtPaths().find((p) => p.params.code === '6007')!.props;
    const t = areaFigures(site().groupsOfDistrict.get('6007')!, districtLists(takhli).year);
    expect([t.groups, t.members, t.savings]).toEqual([4, 551, 10_580_000]);
    // No year (no audits at all): no sum to show.
    expect(areaFigures(site().groupsOfDistrict.get('6007')!, undefined)).toMatchObject({ groups: 4, members: undefined, savings: undefined });
  });

  it('home lists the provinces in the reader\'s order (two provinces: no single one)', () => {
    const th = homeAreas('th');
    expect(th.single).toBeUndefined();
    // Thai order: ชัยนาท (ช) before นครสวรรค์ (น); English: Chai Nat before Nakhon Sawan.
    expect(th.areas.map((a) => [a.area.code, a.route])).toEqual([['18', 'provinces/18/'], ['60', 'provinces/60/']]);
    expect(homeAreas('en').areas.map((a) => a.area.nameEn)).toEqual(['Chai Nat', 'Nakhon Sawan']);
  });
});

describe('area pages', () => {
  it('a district\'s ranked, incomplete and unaudited groups', () => {
    // Takhli (6007) in FY 2567: 6007000000011 level 3 (87) before 6007-0002 level 2 (71); 6007-0003 incomplete;
    // 6007-0004 is inactive, so it is not "not audited".
    const takhli = districtPaths().find((p) => p.params.code === '6007')!.props;
    const lists = districtLists(takhli);
    expect(lists.ranked.map((g) => g.id)).toEqual(['6007000000011', '6007-0002']);
    expect(lists.incomplete.map((g) => g.id)).toEqual(['6007-0003']);
    expect(lists.notAudited.map((g) => g.id)).toEqual([]);
    // Phayuha Khiri (6010): 6010-0005 is active with no audit.
    expect(districtLists(districtPaths().find((p) => p.params.code === '6010')!.props).notAudited.map((g) => g.id)).toEqual(['6010-0005']);
  });

  it('a district lists its inactive and dissolved groups once, apart from the ranking', () => {
    const takhli = districtPaths().find((p) => p.params.code === '6007')!.props;
    // 6007-0004 is inactive with no audit: in none of the year's lists, so under "inactive and dissolved".
    expect(districtLists(takhli).others.map((g) => g.id)).toEqual(['6007-0004']);
    expect(districtLists(districtPaths().find((p) => p.params.code === '6010')!.props).others).toEqual([]);
  });

  it('a province summarises: its first groups to develop, and each district\'s number ranked with a link', () => {
    const nsw = provincePaths().find((p) => p.params.code === '60')!.props;
    const v = provinceView(nsw, 'en');
    // Ranked in FY 2567: Phayuha Khiri 4 (6010-0001..0004), Takhli 2 (6007000000011, 6007-0002) = 6, all shown
    // (fewer than PROVINCE_TOP = 10). Level 3 first, lowest score first: 6010-0002 (31), 6010-0004 (86), 6007000000011 (87).
    expect(PROVINCE_TOP).toBe(10);
    expect(v.ranked).toBe(6);
    expect(v.top.map((g) => g.id).slice(0, 3)).toEqual(['6010-0002', '6010-0004', '6007000000011']);
    expect(v.top).toHaveLength(6);
    expect(v.districts.map((d) => [d.district.nameEn, d.ranked])).toEqual([['Phayuha Khiri', 4], ['Takhli', 2]]);
    // Nakhon Sawan's 9 registered groups; audited members 104+55+212+78 + 330+160+61 = 1,000.
    expect([v.figures.groups, v.figures.members]).toEqual([9, 1000]);
  });

  it('rankings: per district its number ranked and its first group', () => {
    const rows = rankingRows('en');
    expect(rows.map((r) => r.province.code)).toEqual(['18', '60']);
    const nsw = rows[1]!;
    // Nakhon Sawan's districts in English order: Phayuha Khiri, Takhli.
    expect(nsw.districts.map((d) => d.district.nameEn)).toEqual(['Phayuha Khiri', 'Takhli']);
    // Phayuha Khiri ranks 4 audited groups; first: level 3 before 1 and 2, then lowest score: 6010-0002 (31) before 6010-0004 (86).
    expect(nsw.districts[0]).toMatchObject({ ranked: 4, poor: 2, first: { id: '6010-0002' } });
  });
});

describe('groupView (6010-0002: DESIGN §5.4 group B in FY 2567, 38.0 in FY 2566)', () => {
  const criteria = () => site().criteria;

  it('place and summary, in Thai and English', () => {
    const th = groupView(props('6010-0002'), criteria(), 'th');
    expect(th.place).toBe('บ้านเขาทอง หมู่ที่ 1 ตำบลเขาทอง อำเภอพยุหะคีรี จังหวัดนครสวรรค์');
    expect(th.summary).toBe('ผลตรวจปีงบประมาณ 2567: ระดับ ต้องปรับปรุง คะแนน 31.0');
    const en = groupView(props('6010-0002'), criteria(), 'en');
    expect(en.place).toBe('บ้านเขาทอง Moo 1, Khao Thong Subdistrict, Phayuha Khiri District, Nakhon Sawan Province');
    expect(en.summary).toBe('FY 2024 (BE 2567) audit: needs improvement, score 31.0');
  });

  it('the trend: one rule (lib/aggregate/trend), the difference as shown', () => {
    // FY 2566: 38.0 (worked in this file's header); FY 2567: 31.0 → down 7.0.
    expect(groupView(props('6010-0002'), criteria(), 'th').trend.map((t) => [t.fiscalYear, t.score, t.arrow, t.change])).toEqual([
      [2566, 38, null, null],
      [2567, 31, '↓', 'ลด 7.0'],
    ]);
    expect(groupView(props('6010-0002'), criteria(), 'en').trend[1]!.change).toBe('down 7.0');
  });

  it('dimensions in percent of their full points; F1 in words with its rule', () => {
    const v = groupView(props('6010-0002'), criteria(), 'en');
    // DESIGN §5.4 group B: G 14/25, M 0/15, B 8/20, F 9/30, S 0/10.
    expect(v.dimensions.map((d) => [d.name, d.points, d.max, d.percent])).toEqual([
      ['Governance', 14, 25, 0.56], ['Members', 0, 15, 0], ['Books', 8, 20, 0.4], ['Finance', 9, 30, 0.3], ['Benefits', 0, 10, 0],
    ]);
    // F1: 60,000 / 380,000 = 15.8 % → 0 of 10, fail.
    expect(v.indicators.find((i) => i.code === 'F1')).toMatchObject({
      value: '15.8%', rule: '≤ 5% → 10; ≤ 10% → 5; else 0', points: '0/10', failed: true, status: { word: 'fail', icon: '✖' },
    });
    // Priorities: F1 first (a red-flag indicator), 10 points lost; 15.8 % is under the 20 % red-flag limit, so the
    // flag was not raised and the page does not say it was (issue 20).
    expect(v.priorities[0]).toEqual({ code: 'F1', name: 'Overdue loans to loans outstanding', lost: '10 points lost', redFlag: false });
  });

  it('a red flag in words, from the criteria and the audit value, never a stripped sentence', () => {
    const th = groupView(props('6010-0004'), criteria(), 'th').redFlags;
    expect(th).toEqual([{ code: 'B1', title: 'ธงแดง B1', why: 'บัญชีเป็นปัจจุบันและยอดเงินตรงกับหลักฐาน — ผลตรวจคือ "ไม่ผ่าน" จึงจัดเป็นระดับ 3 ต้องปรับปรุง ไม่ว่าคะแนนรวมจะเป็นเท่าใด' }]);
    // 6007000000011: overdue 1,800,000 ÷ loans 7,120,000 = 25.3 % > 20 %.
    expect(groupView(props('6007000000011'), criteria(), 'en').redFlags[0]!.why).toBe(
      'Overdue loans to loans outstanding is 25.3%, above the 20% limit, so the group is level 3 (needs improvement) whatever its score',
    );
  });

  it('an inactive group says so, instead of "no result" and "– baht"', () => {
    // 6007-0004: inactive in the registry, never audited; members 33 and savings 90,000 from the registry.
    const th = groupView(props('6007-0004'), criteria(), 'th');
    expect(th.summary).toBe('กลุ่มไม่ดำเนินการ ไม่มีผลการตรวจ');
    expect(th.noAuditNotice).toBe('กลุ่มนี้ไม่ดำเนินการตามทะเบียนกลุ่ม จึงไม่มีผลการตรวจสุขภาพทางการเงิน');
    expect(th.statusNotice).toBeNull();
    const en = groupView(props('6007-0004'), criteria(), 'en');
    expect(en.summary).toBe('inactive group: no audits');
    // Only the figures it has, the registry's said so; no loans or reserve line with a dash.
    expect(en.figures.map((x) => [x.label, x.value, x.unit])).toEqual([
      ['Status', 'Inactive', null],
      ['Founded date', '12 December 2012', null],
      ['Members (registry)', '33', 'people'],
      ['Savings (registry)', '90,000', 'baht'],
    ]);
  });

  it('a group never audited says so', () => {
    const v = groupView(props('6010-0005'), criteria(), 'en');
    expect(v.latest).toBeUndefined();
    expect(v.summary).toBe('no audits yet');
    expect(v.level).toMatchObject({ key: 'notAudited', word: 'not audited' });
  });
});

describe('per-province downloads', () => {
  it('a province file holds exactly that province\'s groups, districts and itself, in the national schema', () => {
    const { dataset, criteria } = site();
    const cnt = provinceDataset(dataset, '18', criteria);
    // Chai Nat (18): 1801-0001..0004, all in Mueang Chai Nat (1801).
    expect(cnt.groups.map((g) => g.id).sort()).toEqual(['1801-0001', '1801-0002', '1801-0003', '1801-0004']);
    expect(cnt.districts.map((d) => d.code)).toEqual(['1801']);
    expect(cnt.provinces.map((p) => p.code)).toEqual(['18']);
    expect(() => DatasetSchema.parse(cnt)).not.toThrow();
    // Nakhon Sawan (60): the other 9 of the 13.
    const nsw = provinceDataset(dataset, '60', criteria);
    expect(nsw.groups).toHaveLength(9);
    expect(nsw.groups.every((g) => g.province.code === '60')).toBe(true);
    // Its CSV: the national columns, one row per audit of its groups (none never audited in Chai Nat: 1801-0001 has
    // FY 2566 and 2567, 1801-0002 and 1801-0003 FY 2567, 1801-0004 FY 2566 → 5 rows), every row of province 18.
    const rows = groupsCsv(cnt, criteria, 'en').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows[0]).toBe(groupCsvFields(criteria, 'en').map((f) => f.name).join(','));
    expect(rows.slice(1).map((r) => r.split(',')[0])).toEqual(['1801-0001', '1801-0001', '1801-0002', '1801-0003', '1801-0004']);
  });

  it('the data page lists each province\'s files with their addresses, in the reader\'s order', () => {
    const th = downloads('th').provinces;
    expect(th.map((p) => [p.name, p.groups, p.json.href, p.csv.href])).toEqual([
      ['ชัยนาท', 4, '/data/provinces/18.json', '/data/provinces/18.csv'],
      ['นครสวรรค์', 9, '/data/provinces/60.json', '/data/provinces/60.csv'],
    ]);
    expect(downloads('en').provinces[0]!.csv.href).toBe('/en/data/provinces/18.csv');
  });

  it('the field dictionary names every column of criteria.csv', () => {
    const header = criteriaCsv(site().criteria, 'th').replace(/^\uFEFF/, '').split('\r\n')[0];
    expect(header).toBe('criteria,code,dimension,dimension_th,indicator_th,indicator_en,max_points,rule_th,red_flag_th');
    expect(criteriaCsvFields('th').map((f) => f.name).join(',')).toBe(header);
  });
});

describe('phrases: where a printed plan may break a line', () => {
  it('keeps short Thai phrases whole, lets sentences and other words break at spaces', () => {
    // "คณะกรรมการเงินกู้": 14 letters once its marks ิ ู ้ are left out → whole (Chromium's dictionary would break it "คณะกรรมการเงิน|กู้").
    // "ผู้ช่วย": ผ ช ว ย = 4 letters (marks ู ้ ่ not counted) → whole. "ทุก": 2 letters (ท ก) → free.
    expect(phrases('คณะกรรมการเงินกู้ ผู้ช่วย ทุก')).toEqual([
      { text: 'คณะกรรมการเงินกู้', whole: true }, { text: 'ผู้ช่วย', whole: true }, { text: 'ทุก', whole: false },
    ]);
    // 21 letters or more: a sentence, free to break between its words; English is never held.
    expect(phrases('กกกกกกกกกกกกกกกกกกกกก Loan committee')).toEqual([
      { text: 'กกกกกกกกกกกกกกกกกกกกก', whole: false }, { text: 'Loan', whole: false }, { text: 'committee', whole: false },
    ]);
  });
});

describe('names and links', () => {
  it('a group\'s place without a village or moo', () => {
    const g = { subdistrict: { code: '1', name: 'เขาทอง', nameEn: 'Khao Thong' }, district: { code: '2', name: 'พยุหะคีรี', nameEn: '' }, province: { code: '3', name: 'นครสวรรค์', nameEn: 'Nakhon Sawan' } };
    // No English name for the district: its Thai name stands in.
    expect(groupPlace(g, 'en')).toBe('Khao Thong Subdistrict, พยุหะคีรี District, Nakhon Sawan Province');
    expect(groupPlace(g, 'th')).toBe('ตำบลเขาทอง อำเภอพยุหะคีรี จังหวัดนครสวรรค์');
  });
  it('areas sort by the reader\'s language, code breaking ties', () => {
    const areas = [{ code: '2', name: 'ข', nameEn: 'A' }, { code: '1', name: 'ก', nameEn: 'B' }, { code: '0', name: 'ก', nameEn: 'B' }];
    expect(byName(areas, 'th').map((a) => a.code)).toEqual(['0', '1', '2']);
    expect(byName(areas, 'en').map((a) => a.code)).toEqual(['2', '0', '1']);
  });
  it('every link goes through the base path and the language', () => {
    expect(href('th', routes.group('6001001'))).toBe('/groups/6001001/');
    expect(href('en', routes.group('6001001'))).toBe('/en/groups/6001001/');
    expect(href('en', routes.home)).toBe('/en/');
    expect(href('th', routes.district('6010'), 'ranking')).toBe('/districts/6010/#ranking');
    expect(href('en', routes.groupsCsv)).toBe('/en/data/groups.csv');
    expect(fileHref(files.datasetJson)).toBe('/data/omsap.json');
    // Under --base /omsap/ (OMSAP_BASE, as astro.config.mjs reads it).
    process.env.OMSAP_BASE = '/omsap';
    try {
      expect(href('en', routes.district('6007'))).toBe('/omsap/en/districts/6007/');
      expect(fileHref(files.pagefind)).toBe('/omsap/pagefind/');
    } finally {
      delete process.env.OMSAP_BASE;
    }
  });
});
