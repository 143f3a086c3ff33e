/**
 * What the group page shows first and what no longer dead-ends (issue 20), decided in src/site: last year's plan row
 * by row with its outcome, the score chart's geometry, a red flag named only when raised, the most-failed counts,
 * the failing groups of an indicator district by district, and indicator codes found in a text. Expected values are
 * worked by hand from the fixture dataset (tests/fixtures/site/dataset.json), FY 2567.
 */
import { describe, expect, it } from 'vitest';

process.env.OMSAP_DATASET = 'tests/fixtures/site/dataset.json';
const { site, groupPaths } = await import('../../src/site/data');
const { groupView } = await import('../../src/site/group-view');
const { lastPlanView } = await import('../../src/site/last-plan-view');
const { scoreChart, groupScoreChart } = await import('../../src/site/score-chart');
const { mostFailedRows } = await import('../../src/site/most-failed-view');
const { failingGroupsByDistrict } = await import('../../src/site/failing-groups-view');
const { splitCodes } = await import('../../src/site/code-links');
const { codeLinksHtml } = await import('../../src/site/markup');

const props = (id: string) => groupPaths().find((p) => p.params.id === id)!.props;
const group = (id: string) => props(id).group;

describe('priorities: "red flag raised" only where the flag was raised', () => {
  it('6010-0002 is level 3 by its score (31.0), not by F1: F1 comes first (a red-flag indicator) but raised no flag', () => {
    const [first] = groupView(props('6010-0002'), site().criteria, 'th').priorities;
    // F1: overdue above 10 % gives 0 of 10, but not above the 20 % red-flag limit.
    expect(first).toEqual({ code: 'F1', name: 'หนี้ค้างชำระต่อเงินให้กู้คงเหลือ', lost: 'เสีย 10 คะแนน', redFlag: false });
  });
  it('6010-0004 raised the B1 flag (books not up to date): B1 says so', () => {
    const [first] = groupView(props('6010-0004'), site().criteria, 'en').priorities;
    expect(first).toMatchObject({ code: 'B1', redFlag: true });
  });
});

describe('lastPlanView: last year\'s plan, row by row, with what became of what each row names', () => {
  it('6010-0001: FY 2566\'s one row named F1 (5 of 10 then), which has full points in FY 2567', () => {
    expect(lastPlanView(group('6010-0001'), site().criteria, 'th')).toEqual({
      heading: 'แผนพัฒนาปีงบประมาณ 2566 และผลในปีนี้',
      caption: 'แผนพัฒนาปีงบประมาณ 2566 และผลในปีงบประมาณ 2567 ของตัวชี้วัดที่แต่ละแถวระบุ',
      rows: [
        {
          topic: 'F1 หนี้ค้างชำระต่อเงินให้กู้คงเหลือ', // written so in the book
          activity: 'ทำบันทึกข้อตกลงผ่อนชำระ',
          owner: 'คณะกรรมการเงินกู้',
          due: '31 มี.ค. 2567', // 2024-03-31
          outcomes: [{ code: 'F1', route: 'indicators/F1/', status: { css: 'fixed', icon: '✔', word: 'ได้คะแนนเต็ม' } }],
        },
      ],
    });
  });
  it('6010-0002: a row naming F1 by its code alone, another naming B2 by its Thai name; both the same a year on', () => {
    const v = lastPlanView(group('6010-0002'), site().criteria, 'en')!;
    expect(v.heading).toBe('Development plan of FY 2023 (BE 2566) and what came of it');
    expect(v.rows.map((r) => [r.topic, r.due, r.outcomes.map((o) => `${o.code} ${o.status.word}`)])).toEqual([
      ['F1 Overdue loans to loans outstanding', '31 Jan 2024', ['F1 same']],
      ['ตรวจสอบบัญชีแล้ว ไม่พบข้อบกพร่องร้ายแรง', '31 Mar 2024', ['B2 same']],
    ]);
  });
  it('nothing when the year before had no plan (6010-0004) or no audit (1801-0002)', () => {
    expect(lastPlanView(group('6010-0004'), site().criteria, 'th')).toBeUndefined();
    expect(lastPlanView(group('1801-0002'), site().criteria, 'th')).toBeUndefined();
  });
});

describe('scoreChart: a small SVG line of the score by year', () => {
  // The plot: x from 96 to 320 − 22 = 298; y from 18 (score 100) down to 150 − 26 = 124 (score 0), 106 high.
  it('two years: 38 → y = 18 + 106 × 0.62 = 83.72 → 83.7; 31 → 18 + 106 × 0.69 = 91.14 → 91.1', () => {
    const c = scoreChart({ years: [{ year: '2566', score: 38, label: '38.0' }, { year: '2567', score: 31, label: '31.0' }], bands: [{ at: 80, label: 'ดี ≥ 80' }, { at: 60, label: 'ปานกลาง ≥ 60' }] });
    expect(c.path).toBe('M96 83.7 L298 91.1');
    expect(c.points).toEqual([{ x: 96, y: 83.7, label: '38.0' }, { x: 298, y: 91.1, label: '31.0' }]);
    // 80 → 18 + 106 × 0.2 = 39.2; 60 → 18 + 106 × 0.4 = 60.4.
    expect(c.bands).toEqual([{ y: 39.2, label: 'ดี ≥ 80' }, { y: 60.4, label: 'ปานกลาง ≥ 60' }]);
    expect(c.years).toEqual([{ x: 96, label: '2566' }, { x: 298, label: '2567' }]);
  });
  it('one year sits in the middle, (96 + 298) / 2 = 197; a year with no score breaks the line', () => {
    expect(scoreChart({ years: [{ year: '2567', score: 100, label: '100.0' }], bands: [] }).points).toEqual([{ x: 197, y: 18, label: '100.0' }]);
    // 50 → 18 + 53 = 71; 70 → 18 + 31.8 = 49.8; the middle year (incomplete) has no point.
    const c = scoreChart({ years: [{ year: 'a', score: 50, label: '' }, { year: 'b', score: null, label: '–' }, { year: 'c', score: 70, label: '' }], bands: [] });
    expect(c.path).toBe('M96 71 M298 49.8');
    expect(c.years.map((y) => y.x)).toEqual([96, 197, 298]);
  });
  it('a group page\'s chart: its years and scores, the criteria\'s thresholds in words', () => {
    const c = groupScoreChart([{ fiscalYear: 2566, score: 38 }, { fiscalYear: 2567, score: 31 }], site().criteria, 'en');
    expect(c.years.map((y) => y.label)).toEqual(['FY 2023', 'FY 2024']);
    expect(c.points.map((p) => p.label)).toEqual(['38.0', '31.0']);
    expect(c.bands.map((b) => b.label)).toEqual(['good ≥ 80', 'fair ≥ 60']);
  });
});

describe('most-failed tables: each indicator linked, the count beside the share', () => {
  it('พยุหะคีรี (6010) in FY 2567: 4 audited; each of B1 B2 B3 F1 F4 fails in one group, 1 of 4 = 25.0%', () => {
    const year = site().dataset.districts.find((d) => d.code === '6010')!.years.find((y) => y.fiscalYear === 2567)!;
    const rows = mostFailedRows(year, site().indicators, 'th');
    expect(rows.map((r) => r.code)).toEqual(['B1', 'B2', 'B3', 'F1', 'F4']);
    expect(rows[3]).toEqual({ code: 'F1', name: 'หนี้ค้างชำระต่อเงินให้กู้คงเหลือ', route: 'indicators/F1/', count: '1 จาก 4', share: '25.0%' });
    expect(mostFailedRows(year, site().indicators, 'en')[0]!.count).toBe('1 of 4');
  });
});

describe('an indicator page\'s failing groups, district by district', () => {
  it('F1 in FY 2567 fails in 1801-0003, 6007000000011 and 6010-0002: ชัยนาท before นครสวรรค์, ตาคลี before พยุหะคีรี', () => {
    const th = failingGroupsByDistrict('F1', 'th');
    expect(th.map((d) => [d.district, d.province, d.open, d.groups.map((g) => g.id)])).toEqual([
      ['อำเภอเมืองชัยนาท', 'จังหวัดชัยนาท', true, ['1801-0003']],
      ['อำเภอตาคลี', 'จังหวัดนครสวรรค์', true, ['6007000000011']],
      ['อำเภอพยุหะคีรี', 'จังหวัดนครสวรรค์', true, ['6010-0002']],
    ]);
    expect(th[2]!.groups[0]).toEqual({ id: '6010-0002', name: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านเขาทอง', route: 'groups/6010-0002/' });
    expect(th[2]!.route).toBe('districts/6010/');
  });
  it('an indicator no group fails lists no district', () => {
    // G1 (committees in office): every FY 2567 audit of the fixture passes or partly passes it.
    expect(failingGroupsByDistrict('G1', 'th')).toEqual([]);
  });
});

describe('splitCodes: indicator codes inside a text, as whole tokens', () => {
  const CODES = ['B1', 'B2', 'F1', 'F10'];
  it('finds a code in brackets, at the start, and beside Thai letters', () => {
    expect(splitCodes('ตรวจสอบบัญชี (B2)', CODES)).toEqual([{ text: 'ตรวจสอบบัญชี (' }, { text: 'B2', code: 'B2' }, { text: ')' }]);
    expect(splitCodes('F1 หนี้ค้างชำระ', CODES)).toEqual([{ text: 'F1', code: 'F1' }, { text: ' หนี้ค้างชำระ' }]);
    expect(splitCodes('ธงแดงB1', CODES)).toEqual([{ text: 'ธงแดง' }, { text: 'B1', code: 'B1' }]);
  });
  it('takes F10 as F10, not F1; AF1 and F1x name nothing', () => {
    expect(splitCodes('F10 AF1 F1x', CODES)).toEqual([{ text: 'F10', code: 'F10' }, { text: ' AF1 F1x' }]);
    expect(splitCodes('', CODES)).toEqual([]);
  });
});

describe('codeLinksHtml: a text with its indicator codes linked, as pages write it', () => {
  it('links each code to its indicator page in the page\'s language and escapes the rest as Astro does', () => {
    expect(codeLinksHtml('บัญชี (B2) & <x>', 'th')).toBe('บัญชี (<a href="/indicators/B2/">B2</a>) &amp; &lt;x&gt;');
    expect(codeLinksHtml("B2's \"books\"", 'en')).toBe('<a href="/en/indicators/B2/">B2</a>&#39;s &quot;books&quot;');
  });
  it('in phrases: each phrase apart, a Thai phrase of 4 to 20 letters kept whole, the spaces beside a code kept', () => {
    // "ปรับปรุง" has 8 letters: whole; "ข้อ" has 2 letters once its mark is dropped: not.
    expect(codeLinksHtml('ปรับปรุง ข้อ B2 ด่วน', 'th', true)).toBe('<span class="nobr">ปรับปรุง</span> ข้อ <a href="/indicators/B2/">B2</a> ด่วน');
  });
});
