/**
 * The criteria sheet (criteriaToRows, the template a province starts from) and the criteria in words (ruleText,
 * redFlagRuleText: the methodology page, the group page, criteria.csv) are rendered from the table scoring reads.
 * This test holds them against DESIGN §5.1, copied here (tests never read ../shared).
 */
import { describe, expect, it } from 'vitest';
import { criteriaToRows } from '../../src/lib/health/criteria-rows';
import { measureText, redFlagRuleText, ruleText } from '../../src/lib/health/criteria-words';
import { DEFAULT_CRITERIA } from '../../src/lib/health/default-criteria';

/** code → [dimension, Thai name in §5.1, measured from, points in §5.1, rendered rule, red flag]. */
const DESIGN_5_1: Record<string, [string, string, string, string, number, string, string]> = {
  G1: ['G', 'คณะกรรมการครบ 4 คณะและอยู่ในวาระ', 'book: yes/no', 'yes 5, no 0', 5, '', ''],
  G2: ['G', 'จำนวนครั้งที่ประชุมคณะกรรมการในปี', 'book: count', '≥ 12 → 8; 6–11 → 4; < 6 → 0', 8, '>=12:8; >=6:4', ''],
  G3: ['G', 'ประชุมใหญ่สามัญประจำปีและรายงานผลต่อสมาชิก', 'book: yes/no', 'yes 7, no 0', 7, '', ''],
  G4: ['G', 'มีระเบียบกลุ่มเป็นลายลักษณ์อักษรและทบทวนภายใน 3 ปี', 'book: yes/no', 'yes 5, no 0', 5, '', ''],
  M1: ['M', 'สมาชิกส่งเงินสัจจะครบทุกเดือน', 'regular_savers ÷ members_end', '≥ 90 % → 6; ≥ 75 % → 3; else 0', 6, '>=90%:6; >=75%:3', ''],
  M2: ['M', 'การเปลี่ยนแปลงจำนวนสมาชิก', '(members_end − members_start) ÷ members_start', '≥ 0 → 5; ≥ −5 % → 2; else 0', 5, '>=0%:5; >=-5%:2', ''],
  M3: ['M', 'สมาชิกเข้าร่วมประชุมใหญ่', 'book: percent', '≥ 60 % → 4; else 0', 4, '>=60%:4', ''],
  B1: ['B', 'บัญชีเป็นปัจจุบันและยอดเงินตรงกับหลักฐาน', 'book: yes/no', 'yes 8, no 0 · red flag', 8, '', 'no'],
  B2: ['B', 'ตรวจสอบบัญชีแล้ว ไม่พบข้อบกพร่องร้ายแรง', 'book: yes/no', 'yes 8, no 0', 8, '', ''],
  B3: ['B', 'เงินสดในมือไม่เกินร้อยละ 5 ของเงินทุน', 'cash ÷ total_funds', '≤ 5 % → 4; else 0', 4, '<=5%:4', ''],
  F1: ['F', 'หนี้ค้างชำระต่อเงินให้กู้คงเหลือ', 'overdue ÷ loans_outstanding', '≤ 5 % → 10; ≤ 10 % → 5; else 0 · red flag above 20 %', 10, '<=5%:10; <=10%:5', '>20%'],
  F2: ['F', 'การใช้เงินทุน', 'loans_outstanding ÷ (savings + reserve)', '70–90 % → 6; 50–<70 % or >90–100 % → 3; else 0', 6, '70%-90%:6; 50%-<70%:3; >90%-100%:3', ''],
  F3: ['F', 'สภาพคล่อง', '(cash + bank) ÷ savings', '≥ 15 % → 5; ≥ 10 % → 2; else 0', 5, '>=15%:5; >=10%:2', ''],
  F4: ['F', 'ทุนสำรองต่อเงินทุน', 'reserve ÷ total funds', '≥ 10 % → 5; ≥ 5 % → 2; else 0', 5, '>=10%:5; >=5%:2', ''],
  F5: ['F', 'มีกำไรและจัดสรรตามระเบียบ', 'net_profit and book: yes/no', 'both → 4; else 0', 4, '', ''],
  S1: ['S', 'จ่ายสวัสดิการให้สมาชิกในปี', 'welfare_paid > 0', 'yes 5, no 0', 5, '', ''],
  S2: ['S', 'จ่ายเงินปันผลหรือเฉลี่ยคืน', 'book: yes/no', 'yes 5, no 0', 5, '', ''],
};
/** §5.1 "measured from", in the sheet's notation. */
const MEASURED: Record<string, string> = {
  G1: 'answer:yesno', G2: 'answer:count', G3: 'answer:yesno', G4: 'answer:yesno',
  M1: 'ratio:regular_savers/members_end', M2: 'ratio:members_end-members_start/members_start', M3: 'answer:percent',
  B1: 'answer:yesno', B2: 'answer:yesno', B3: 'ratio:cash/total_funds',
  F1: 'ratio:overdue/loans_outstanding', F2: 'ratio:loans_outstanding/savings+reserve', F3: 'ratio:cash+bank/savings',
  F4: 'ratio:reserve/total_funds', F5: 'positive+answer:net_profit', S1: 'positive:welfare_paid', S2: 'answer:yesno',
};

describe('criteriaToRows(DEFAULT_CRITERIA) against DESIGN §5.1', () => {
  const rows = criteriaToRows(DEFAULT_CRITERIA);
  const header = rows.findIndex((r) => r[0] === 'รหัส');
  const body = rows.slice(header + 1);

  it('has the header the sheet format documents', () => {
    expect(rows[header]).toEqual(['รหัส', 'มิติ', 'ตัวชี้วัด', 'indicator', 'วัดจาก', 'คะแนนเต็ม', 'เกณฑ์คะแนน', 'ธงแดง']);
  });

  it('lists the 17 indicators of §5.1 in order, 100 points over 5 dimensions', () => {
    expect(body.map((r) => r[0])).toEqual(Object.keys(DESIGN_5_1));
    expect(body.reduce((s, r) => s + Number(r[5]), 0)).toBe(100);
    expect(rows.filter((r) => r[0] === 'มิติ').map((r) => r[1])).toEqual(['G', 'M', 'B', 'F', 'S']);
  });

  it.each(Object.entries(DESIGN_5_1))('%s: dimension, name, measure, points, rule and red flag as in §5.1', (code, d) => {
    const [dimension, th, , , points, rule, flag] = d;
    const row = body.find((r) => r[0] === code)!;
    expect(row[1]).toBe(dimension);
    expect(String(row[2])).toContain(th);
    expect(row[4]).toBe(MEASURED[code]);
    expect(row[5]).toBe(points);
    expect(row[6]).toBe(rule);
    expect(row[7]).toBe(flag);
  });

  it('states the version id, the level thresholds 80 / 60 and the 10-point incomplete limit', () => {
    expect(rows[0]).toEqual(['รหัสชุดเกณฑ์', 'omsap-2567']);
    expect(rows.find((r) => String(r[0]).startsWith('ระดับ 1 ดี'))![1]).toBe(80);
    expect(rows.find((r) => String(r[0]).startsWith('ระดับ 2 ปานกลาง'))![1]).toBe(60);
    expect(rows.find((r) => String(r[0]).startsWith('ข้อมูลไม่ครบ'))![1]).toBe(10);
  });
});

describe('ruleText / redFlagRuleText read like DESIGN §5.1', () => {
  it.each(Object.entries(DESIGN_5_1))('%s in English', (code, d) => {
    const ind = DEFAULT_CRITERIA.indicators.find((i) => i.code === code)!;
    // The site writes the percent sign without a space ("90%"); otherwise the design's words.
    const design = d[3].replace(/ · red flag.*$/, '').replace(/ %/g, '%');
    // G2 and F2 are the two the design words by hand; the rendering says the same thing band by band. F2 writes
    // each end of each band as the criteria data has it (min 0.7 and max 0.9 inclusive; 0.5 up to 0.7 exclusive;
    // above 0.9 exclusive up to 1 inclusive), never a bare range that hides whether its ends count.
    const expected: Record<string, string> = {
      G2: '≥ 12 → 8; ≥ 6 → 4; else 0', // design: ≥ 12 → 8; 6–11 → 4; < 6 → 0
      F2: '≥ 70% and ≤ 90% → 6; ≥ 50% and < 70% → 3; > 90% and ≤ 100% → 3; else 0', // design: 70–90 % → 6; 50–<70 % or >90–100 % → 3; else 0
    };
    expect(ruleText(ind, 'en')).toBe(expected[code] ?? design);
  });
  it('in Thai', () => {
    const rule = (c: string) => ruleText(DEFAULT_CRITERIA.indicators.find((i) => i.code === c)!, 'th');
    expect(rule('G1')).toBe('ใช่ ได้ 5; ไม่ใช่ 0');
    expect(rule('M1')).toBe('≥ 90% ได้ 6; ≥ 75% ได้ 3; นอกนั้น 0');
    expect(rule('M2')).toBe('≥ 0 ได้ 5; ≥ −5% ได้ 2; นอกนั้น 0');
    expect(rule('F2')).toBe('≥ 70% และ ≤ 90% ได้ 6; ≥ 50% และ < 70% ได้ 3; > 90% และ ≤ 100% ได้ 3; นอกนั้น 0');
    expect(rule('F5')).toBe('ครบทั้งสองข้อ ได้ 4; นอกนั้น 0');
  });
  it('red flags', () => {
    const flag = (c: string, lang: 'th' | 'en') => redFlagRuleText(DEFAULT_CRITERIA.indicators.find((i) => i.code === c)!, lang);
    expect(flag('F1', 'th')).toBe('เกิน 20% → ระดับ 3 ทันที'); // design: red flag above 20 %
    expect(flag('F1', 'en')).toBe('above 20% → level 3 at once');
    expect(flag('B1', 'th')).toBe('ตอบว่าไม่ใช่ → ระดับ 3 ทันที');
    expect(flag('B1', 'en')).toBe('answered no → level 3 at once');
    expect(flag('G1', 'en')).toBeNull();
  });
  it('what each value is measured from, in field labels', () => {
    const m = (c: string, lang: 'th' | 'en') => measureText(DEFAULT_CRITERIA.indicators.find((i) => i.code === c)!, lang);
    expect(m('F1', 'th')).toBe('(ลูกหนี้ค้างชำระ) ÷ (ลูกหนี้เงินกู้คงเหลือ)');
    expect(m('F1', 'en')).toBe('(overdue loans) ÷ (loans outstanding)');
    expect(m('M2', 'en')).toBe('(members at end of year − members at start of year) ÷ (members at start of year)');
    expect(m('F4', 'th')).toBe('(ทุนสำรอง) ÷ (เงินทุน)');
    expect(m('F3', 'en')).toBe('(cash on hand + bank deposits) ÷ (savings)');
    expect(m('G2', 'th')).toBe('สมุดตรวจ: จำนวนครั้ง');
    expect(m('S1', 'en')).toBe('welfare paid above 0');
    expect(m('F5', 'th')).toBe('กำไรสุทธิ มากกว่า 0 และสมุดตรวจ: ใช่');
  });
});
