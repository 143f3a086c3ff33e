/**
 * What pages say of plan follow-through, lessons and failing groups (issue 13), decided in src/site. The data is the
 * district worked by hand in tests/golden/followthrough-district.ts (เมืองนครสวรรค์, FY 2566 → 2567, every status,
 * planned and unplanned), with two KM articles:
 *   overdue-down   Thai and English, 2024-10-01, indicators F1, F4
 *   reserve-first  Thai only,        2024-09-01, indicator F4
 * so F4's lessons are overdue-down then reserve-first (newest first), F1's overdue-down only, every other none.
 *
 * Failing groups (status fail = 0 points; partial is not a failure), worked from the golden knobs:
 *   audited 2566: ก ข ค ง จ + the ten = 15 · audited 2567: ก ข ค ง ฉ + the ten = 15
 *   F4 2566: ข (reserve 30,000 → 0) = 1 → 1/15 = 6.7 % · 2567: ง and fillers 018–020 (30,000) = 4 → 4/15 = 26.7 %
 *   F1 2566: none (F1 5 is partial) = 0 → 0.0 % · 2567: ค and fillers 018–020 (overdue 15 %) = 4 → 26.7 %
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { build, fillerAudits, fillers, storyAudits, storyIds } from '../golden/followthrough-district';
import type { KmArticle } from '../../src/lib/km/article';

const OFFICE = 'สำนักงานพัฒนาชุมชนอำเภอเมืองนครสวรรค์';
const article = (slug: string, lang: 'th' | 'en', title: string, date: string, indicators: string[]): KmArticle => ({
  slug, lang, file: `content/km/${slug}${lang === 'en' ? '.en' : ''}.md`, title, author: '', position: '', office: OFFICE, date,
  tags: [], indicators, summary: title, body: title,
});
const articles = [
  article('overdue-down', 'th', 'ลดหนี้ค้างชำระ', '2024-10-01', ['F1', 'F4']),
  article('overdue-down', 'en', 'Bringing overdue loans down', '2024-10-01', ['F1', 'F4']),
  article('reserve-first', 'th', 'กันทุนสำรองก่อนปันผล', '2024-09-01', ['F4']),
];

const dir = mkdtempSync(join(tmpdir(), 'omsap-followthrough-views-'));
writeFileSync(join(dir, 'dataset.json'), JSON.stringify(build([...storyIds, ...fillers], [...storyAudits, ...fillerAudits], articles)));
writeFileSync(join(dir, 'km.json'), JSON.stringify({ articles }));
process.env.OMSAP_DATASET = join(dir, 'dataset.json');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const { site } = await import('../../src/site/data');
const { groupFollowThrough, followThroughTable, latestFollowThrough } = await import('../../src/site/followthrough-view');
const { lessonsFor, indicatorsOfArticle } = await import('../../src/site/lessons-view');
const { comparedYears, failingRows, indicatorView, indicatorIndex, articleIndicators } = await import('../../src/site/indicator-view');

const group = (id: string) => site().groupsById.get(id)!;
const criteria = () => site().criteria;

describe('a group\'s follow-through of last year\'s plan', () => {
  it('ก 6001001: planned F1 (fixed) and G1 (same), F4 fixed unplanned → "แผนปีที่แล้ว 2 ประเด็น แก้ได้ 1"', () => {
    const v = groupFollowThrough(group('6001001'), criteria(), 'th')!;
    expect(v.heading).toBe('ผลของแผนพัฒนาปีงบประมาณ 2566');
    expect(v.line).toBe('แผนปีที่แล้ว 2 ประเด็น แก้ได้ 1');
    expect(v.caption).toBe('ตัวชี้วัดที่เสียคะแนนในปีงบประมาณ 2566 และผลในปีงบประมาณ 2567');
    expect([v.firstYear, v.secondYear]).toEqual(['2566', '2567']);
    expect(v.rows.map((r) => [r.code, r.first, r.second, r.status.word, r.status.icon, r.planned, r.route])).toEqual([
      ['F1', '5/10', '10/10', 'ได้คะแนนเต็ม', '✔', 'อยู่ในแผน', 'indicators/F1/'],
      ['G1', '0/5', '0/5', 'เท่าเดิม', '=', 'อยู่ในแผน', 'indicators/G1/'],
      ['F4', '2/5', '5/5', 'ได้คะแนนเต็ม', '✔', 'ไม่อยู่ในแผน', 'indicators/F4/'],
    ]);
    expect(groupFollowThrough(group('6001001'), criteria(), 'en')!.line).toBe("Last year's plan: 2 issues, 1 fixed");
  });

  it('ข 6001002: better twice, planned; M3 unknown this year shows a dash', () => {
    const v = groupFollowThrough(group('6001002'), criteria(), 'en')!;
    expect(v.heading).toBe('What became of the FY 2023 (BE 2566) plan');
    expect(v.line).toBe("Last year's plan: 2 issues, 0 fixed");
    expect(v.rows.map((r) => [r.code, r.first, r.second, r.status.word, r.status.css, r.planned])).toEqual([
      ['G2', '0/8', '4/8', 'better, not full', 'better', 'in the plan'],
      ['F4', '0/5', '2/5', 'better, not full', 'better', 'in the plan'],
      ['M3', '0/4', '–', 'no data or not applicable', 'unknown', 'not in the plan'],
    ]);
  });

  it('ค worse though planned; ง had no plan; จ (2566 only) and ฉ (a gap) have nothing to follow', () => {
    expect(groupFollowThrough(group('6001003'), criteria(), 'th')!.rows.map((r) => [r.code, r.status.word, r.planned])).toEqual([
      ['F1', 'ลดลง', 'อยู่ในแผน'],
      ['S2', 'ได้คะแนนเต็ม', 'ไม่อยู่ในแผน'],
      ['F4', 'เท่าเดิม', 'ไม่อยู่ในแผน'],
    ]);
    expect(groupFollowThrough(group('6001004'), criteria(), 'th')!.line).toBe('ไม่พบแผนพัฒนาของปีที่แล้ว');
    expect(groupFollowThrough(group('6001004'), criteria(), 'en')!.line).toBe('No development plan for last year in the data');
    expect(groupFollowThrough(group('6001005'), criteria(), 'th')).toBeUndefined();
    expect(groupFollowThrough(group('6001006'), criteria(), 'th')).toBeUndefined();
  });
});

describe('roll-ups: planned against unplanned, shares from 10 groups with a known outcome', () => {
  it('the district (14 groups): planned 15 issues, 6 fixed = 40.0 %; unplanned 17, 5 fixed of 16 known = 31.3 %', () => {
    const year = site().districtsByCode.get('6001')!.years.find((y) => y.fiscalYear === 2567)!;
    const th = followThroughTable(year.followThrough!, 2567, 'th');
    expect(th.heading).toBe('ผลของแผนพัฒนาปีงบประมาณ 2566');
    expect(th.summary).toBe('ประเด็นที่แผนระบุ 15 ประเด็น ได้คะแนนเต็ม 6 (40.0%) · ประเด็นที่แผนไม่ได้ระบุ 17 ประเด็น ได้คะแนนเต็ม 5 (31.3%)');
    expect(th.caption).toBe('ผลในปีงบประมาณ 2567 ของตัวชี้วัดที่เสียคะแนนในปีงบประมาณ 2566');
    // groups, issues, fixed, better, same, worse, unknown, share
    expect(th.rows.map((r) => [r.label, r.groups, r.issues, r.fixed, r.better, r.same, r.worse, r.unknown, r.share])).toEqual([
      ['ที่แผนระบุ', '13', '15', '6', '2', '3', '4', '0', '40.0%'],
      ['ที่แผนไม่ได้ระบุ', '14', '17', '5', '0', '7', '4', '1', '31.3%'],
    ]);
    expect(th.fewGroups).toBeNull();
    // The province and the whole data are the same groups here.
    expect(latestFollowThrough()).toMatchObject({ fromFiscalYear: 2566, fiscalYear: 2567, groups: 14 });
  });

  it('per indicator, F4: planned 11 groups, 5 fixed = 45.5 %; unplanned 3 groups: counts only, and the page says why', () => {
    const f4 = latestFollowThrough()!.indicators.find((i) => i.code === 'F4')!;
    const en = followThroughTable({ fromFiscalYear: 2566, ...f4 }, 2567, 'en');
    expect(en.summary).toBe('Issues the plans named: 11 issues, 5 with full points (45.5%) · issues they did not name: 3 issues, 1 with full points');
    expect(en.rows.map((r) => [r.groups, r.fixed, r.better, r.same, r.worse, r.share])).toEqual([
      ['11', '5', '1', '2', '3', '45.5%'],
      ['3', '1', '0', '1', '1', '–'],
    ]);
    expect(en.fewGroups).toBe('A share is shown only when at least 10 groups have a known outcome; below that, only the counts.');
  });
});

describe('lessons beside what they address', () => {
  it('F4: newest first; a Thai-only article on an English page keeps its Thai title, marked as Thai', () => {
    expect(lessonsFor('F4', 'th').map((l) => [l.title, l.meta, l.route, l.lang])).toEqual([
      ['ลดหนี้ค้างชำระ', `${OFFICE} · 1 ตุลาคม 2567`, 'km/overdue-down/', undefined],
      ['กันทุนสำรองก่อนปันผล', `${OFFICE} · 1 กันยายน 2567`, 'km/reserve-first/', undefined],
    ]);
    expect(lessonsFor('F4', 'en').map((l) => [l.title, l.meta, l.lang])).toEqual([
      ['Bringing overdue loans down', `${OFFICE} · 1 October 2024`, undefined],
      ['กันทุนสำรองก่อนปันผล', `${OFFICE} · 1 September 2024`, 'th'],
    ]);
    expect(lessonsFor('B1', 'th')).toEqual([]);
  });

  it('an article\'s indicators in criteria order, with the groups failing each now', () => {
    expect(indicatorsOfArticle('overdue-down')).toEqual(['F1', 'F4']);
    expect(indicatorsOfArticle('reserve-first')).toEqual(['F4']);
    const v = articleIndicators(['F1', 'F4'], 'en')!;
    expect(v.indicators.map((i) => [i.code, i.route, i.failingNow])).toEqual([
      ['F1', 'indicators/F1/', 'FY 2024 (BE 2567): 4 of 15 audited groups fail it (26.7%)'],
      ['F4', 'indicators/F4/', 'FY 2024 (BE 2567): 4 of 15 audited groups fail it (26.7%)'],
    ]);
    expect(v.provinces).toEqual([]); // one province: the whole data says it all
    expect(articleIndicators(['X9'], 'th')).toBeNull();
  });
});

describe('indicator pages', () => {
  it('"this year and last": the latest fiscal year and the one before, those the data holds', () => {
    expect(comparedYears([2565, 2566, 2567], 2567)).toEqual([2566, 2567]);
    expect(comparedYears([2565, 2567], 2567)).toEqual([2567]);
    expect(comparedYears([], null)).toEqual([]);
  });

  it('failing groups by province and district, 2566 and 2567 (one province: no whole-data row)', () => {
    expect(failingRows('F4', [2566, 2567], 'th').map((r) => [r.kind, r.name, r.route, r.cells.map((c) => `${c.count} ${c.share}`)])).toEqual([
      ['province', 'จังหวัดนครสวรรค์', 'provinces/60/', ['1 จาก 15 6.7%', '4 จาก 15 26.7%']],
      ['district', 'อำเภอเมืองนครสวรรค์', 'districts/6001/', ['1 จาก 15 6.7%', '4 จาก 15 26.7%']],
    ]);
    expect(failingRows('F1', [2566, 2567], 'en').map((r) => [r.name, r.cells.map((c) => `${c.count} ${c.share}`)])).toEqual([
      ['Nakhon Sawan Province', ['0 of 15 0.0%', '4 of 15 26.7%']],
      ['Mueang Nakhon Sawan District', ['0 of 15 0.0%', '4 of 15 26.7%']],
    ]);
  });

  it('F4\'s page: what it measures and why, its points, two lessons, its follow-through', () => {
    const f4 = criteria().indicators.find((i) => i.code === 'F4')!;
    const v = indicatorView(f4, criteria(), 'th');
    expect(v.title).toBe('F4 ทุนสำรองต่อเงินทุน');
    expect(v.otherName).toBe('Reserve to total funds');
    expect(v.lead).toBe('ตัวชี้วัดด้านการเงิน คะแนนเต็ม 5 คะแนน');
    expect(v.about?.measures).toBe('ทุนสำรอง เทียบกับเงินทุนทั้งหมด');
    expect(v.ownCriteria).toBeNull();
    expect(v.years).toEqual(['ปีงบประมาณ 2566', 'ปีงบประมาณ 2567']);
    expect(v.lessons.map((s) => s.article.slug)).toEqual(['overdue-down', 'reserve-first']);
    expect(v.followThrough?.rows.map((r) => r.share)).toEqual(['45.5%', '–']);
  });

  it('the index: this year\'s failing groups and the number of lessons of each indicator', () => {
    const rows = new Map(indicatorIndex(criteria(), 'th').map((r) => [r.code, r]));
    expect(rows.size).toBe(17);
    expect([rows.get('F4')!.failing, rows.get('F4')!.lessons]).toEqual([{ count: '4 จาก 15', share: '26.7%' }, '2']);
    expect(rows.get('F1')!.lessons).toBe('1');
    expect(rows.get('B1')!.lessons).toBe('0');
  });
});
