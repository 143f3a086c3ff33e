import type { Criteria } from '../schema/criteria';

/**
 * Omsap's default criteria set (DESIGN §5.1): built from public sources — the department's yearly process,
 * the Cooperative Promotion Department's group standard and WOCCU's PEARLS ratios. 100 points, 5 dimensions.
 */
export const DEFAULT_CRITERIA: Criteria = {
  id: 'omsap-2567',
  th: 'เกณฑ์ตรวจสุขภาพทางการเงินกลุ่มออมทรัพย์เพื่อการผลิต (ชุดเริ่มต้นของ Omsap ปี 2567)',
  en: 'Savings-group financial health criteria (Omsap default set, 2567)',
  dimensions: [
    { code: 'G', th: 'การบริหารจัดการ', en: 'Governance' },
    { code: 'M', th: 'สมาชิก', en: 'Members' },
    { code: 'B', th: 'บัญชี', en: 'Books' },
    { code: 'F', th: 'การเงิน', en: 'Finance' },
    { code: 'S', th: 'สวัสดิการ', en: 'Benefits' },
  ],
  levels: { good: 80, fair: 60 },
  incompleteAbovePoints: 10,
  indicators: [
    {
      code: 'G1', dimension: 'G', max: 5, bands: [],
      th: 'คณะกรรมการครบ 4 คณะและอยู่ในวาระ',
      en: 'All four committees in office',
      measure: { kind: 'answer', input: 'yesno' },
    },
    {
      code: 'G2', dimension: 'G', max: 8,
      th: 'จำนวนครั้งที่ประชุมคณะกรรมการในปี',
      en: 'Committee meetings in the year',
      measure: { kind: 'answer', input: 'count' },
      bands: [{ min: 12, points: 8 }, { min: 6, points: 4 }],
    },
    {
      code: 'G3', dimension: 'G', max: 7, bands: [],
      th: 'ประชุมใหญ่สามัญประจำปีและรายงานผลต่อสมาชิก',
      en: 'Annual general meeting held, results reported',
      measure: { kind: 'answer', input: 'yesno' },
    },
    {
      code: 'G4', dimension: 'G', max: 5, bands: [],
      th: 'มีระเบียบกลุ่มเป็นลายลักษณ์อักษรและทบทวนภายใน 3 ปี',
      en: 'Written rules, reviewed within 3 years',
      measure: { kind: 'answer', input: 'yesno' },
    },
    {
      code: 'M1', dimension: 'M', max: 6,
      th: 'สมาชิกส่งเงินสัจจะครบทุกเดือน',
      en: 'Share of members who saved every month',
      measure: { kind: 'ratio', plus: ['regular_savers'], minus: [], denominator: ['members_end'] },
      bands: [{ min: 0.9, points: 6 }, { min: 0.75, points: 3 }],
    },
    {
      code: 'M2', dimension: 'M', max: 5,
      th: 'การเปลี่ยนแปลงจำนวนสมาชิก',
      en: 'Member growth',
      measure: { kind: 'ratio', plus: ['members_end'], minus: ['members_start'], denominator: ['members_start'] },
      bands: [{ min: 0, points: 5 }, { min: -0.05, points: 2 }],
    },
    {
      code: 'M3', dimension: 'M', max: 4,
      th: 'สมาชิกเข้าร่วมประชุมใหญ่',
      en: 'AGM attendance',
      measure: { kind: 'answer', input: 'percent' },
      bands: [{ min: 0.6, points: 4 }],
    },
    {
      code: 'B1', dimension: 'B', max: 8, bands: [],
      th: 'บัญชีเป็นปัจจุบันและยอดเงินตรงกับหลักฐาน',
      en: 'Books up to date and reconciled',
      measure: { kind: 'answer', input: 'yesno' },
      redFlag: { when: 'no' },
    },
    {
      code: 'B2', dimension: 'B', max: 8, bands: [],
      th: 'ตรวจสอบบัญชีแล้ว ไม่พบข้อบกพร่องร้ายแรง',
      en: 'Accounts audited, no serious finding',
      measure: { kind: 'answer', input: 'yesno' },
    },
    {
      code: 'B3', dimension: 'B', max: 4,
      th: 'เงินสดในมือไม่เกินร้อยละ 5 ของเงินทุน',
      en: 'Cash on hand at most 5 % of total funds',
      measure: { kind: 'ratio', plus: ['cash'], minus: [], denominator: ['savings', 'reserve', 'other_funds'] },
      bands: [{ max: 0.05, points: 4 }],
    },
    {
      code: 'F1', dimension: 'F', max: 10,
      th: 'หนี้ค้างชำระต่อเงินให้กู้คงเหลือ',
      en: 'Overdue loans to loans outstanding',
      measure: { kind: 'ratio', plus: ['overdue'], minus: [], denominator: ['loans_outstanding'] },
      bands: [{ max: 0.05, points: 10 }, { max: 0.1, points: 5 }],
      redFlag: { when: 'above', value: 0.2 },
    },
    {
      code: 'F2', dimension: 'F', max: 6,
      th: 'การใช้เงินทุน (เงินให้กู้ต่อเงินสัจจะและทุนสำรอง)',
      en: 'Use of funds: loans outstanding to savings and reserve',
      measure: { kind: 'ratio', plus: ['loans_outstanding'], minus: [], denominator: ['savings', 'reserve'] },
      bands: [
        { min: 0.7, max: 0.9, points: 6 },
        { min: 0.5, max: 0.7, maxExclusive: true, points: 3 },
        { min: 0.9, max: 1, minExclusive: true, points: 3 },
      ],
    },
    {
      code: 'F3', dimension: 'F', max: 5,
      th: 'สภาพคล่อง (เงินสดและเงินฝากต่อเงินสัจจะ)',
      en: 'Liquidity: cash and bank to savings',
      measure: { kind: 'ratio', plus: ['cash', 'bank'], minus: [], denominator: ['savings'] },
      bands: [{ min: 0.15, points: 5 }, { min: 0.1, points: 2 }],
    },
    {
      code: 'F4', dimension: 'F', max: 5,
      th: 'ทุนสำรองต่อเงินทุน',
      en: 'Reserve to total funds',
      measure: { kind: 'ratio', plus: ['reserve'], minus: [], denominator: ['savings', 'reserve', 'other_funds'] },
      bands: [{ min: 0.1, points: 5 }, { min: 0.05, points: 2 }],
    },
    {
      code: 'F5', dimension: 'F', max: 4, bands: [],
      th: 'มีกำไรและจัดสรรตามระเบียบ',
      en: 'Net profit made and allocated by the rules',
      measure: { kind: 'positiveAndAnswer', field: 'net_profit' },
    },
    {
      code: 'S1', dimension: 'S', max: 5, bands: [],
      th: 'จ่ายสวัสดิการให้สมาชิกในปี',
      en: 'Welfare paid to members',
      measure: { kind: 'positive', field: 'welfare_paid' },
    },
    {
      code: 'S2', dimension: 'S', max: 5, bands: [],
      th: 'จ่ายเงินปันผลหรือเฉลี่ยคืน',
      en: 'Dividend or patronage refund paid',
      measure: { kind: 'answer', input: 'yesno' },
    },
  ],
};
