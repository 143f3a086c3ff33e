/**
 * The one recogniser of personal numbers (src/lib/privacy/recognise.ts): a table of forms officers type, each
 * written by hand, that must be caught (with the digits it must read) and that must not be caught.
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData, isValidNationalId, maskDigitsOf, maskPersonalData, PERSONAL_MASK } from '../../src/lib/privacy/recognise';

const ZWSP = '\u200b';
const WJ = '\u2060';
const SHY = '\u00ad';
const BOM = '\ufeff';
const ZWNJ = '\u200c';
const ZWJ = '\u200d';

// Valid ids, check digits worked by hand (Σ dᵢ×(13−i) over the first 12 digits, then (11 − Σ mod 11) mod 10):
// 1-1037-00123-45-?: 13+12+0+30+63+0+0+6+10+12+12+10 = 168; 168 mod 11 = 3; 11 − 3 = 8 → 1103700123458
// 3-1005-01234-56-?: 39+12+0+0+45+0+7+12+15+16+15+12 = 173; 173 mod 11 = 8; 11 − 8 = 3 → 3100501234563
// 5-6011-00456-78-?: 65+72+0+10+9+0+0+24+25+24+21+16 = 266; 266 mod 11 = 2; 11 − 2 = 9 → 5601100456789
// 1-2345-67890-12-?: 13+24+33+40+45+48+49+48+45+0+3+4 = 352; 352 mod 11 = 0; (11 − 0) mod 10 = 1 → 1234567890121

/** [text, kind, digits read] — every one must be caught. */
const CAUGHT: [string, 'phone' | 'national-id', string][] = [
  // mobiles, every separator officers use
  ['0812345678', 'phone', '0812345678'],
  ['081-234-5678', 'phone', '0812345678'],
  ['08-1234-5678', 'phone', '0812345678'],
  ['081 234 5678', 'phone', '0812345678'],
  ['081.234.5678', 'phone', '0812345678'],
  ['081–234–5679', 'phone', '0812345679'],
  ['081—234—5679', 'phone', '0812345679'],
  ['(081) 234-5670', 'phone', '0812345670'],
  ['(081)234-5670', 'phone', '0812345670'],
  ['081 - 234 - 5678', 'phone', '0812345678'],
  ['0 8 1 2 3 4 5 6 7 8', 'phone', '0812345678'],
  ['061-234-5678', 'phone', '0612345678'],
  ['0912345678', 'phone', '0912345678'],
  // international prefixes
  ['+66 81 234 5678', 'phone', '0812345678'],
  ['+66-81-234-5678', 'phone', '0812345678'],
  ['+66812345678', 'phone', '0812345678'],
  ['0066812345678', 'phone', '0812345678'],
  ['0066 81 234 5678', 'phone', '0812345678'],
  ['+66 (0)81 234 5678', 'phone', '0812345678'],
  ['tel:+66-2-123-4567', 'phone', '021234567'],
  // Thai and full-width digits
  ['๐๘๑-๒๓๔-๕๖๗๘', 'phone', '0812345678'],
  ['๐๘๑๒๓๔๕๖๗๘', 'phone', '0812345678'],
  ['０８１－２３４－５６７８', 'phone', '0812345678'],
  ['０８１２３４５６７８', 'phone', '0812345678'],
  // right after the words officers put before a number
  ['โทร.089-765-4321', 'phone', '0897654321'],
  ['โทร089-765-4321', 'phone', '0897654321'],
  ['Tel.0891234567', 'phone', '0891234567'],
  ['Tel0891234567', 'phone', '0891234567'],
  ['T.0891234567', 'phone', '0891234567'],
  ['มือถือ0891234567', 'phone', '0891234567'],
  ['เบอร์ 089-123-4567', 'phone', '0891234567'],
  ['ติดต่อพัฒนากรตำบล โทร.089-765-4321', 'phone', '0897654321'],
  // invisible characters inside
  [`08${ZWSP}1-234-5678`, 'phone', '0812345678'],
  [`081${WJ}234${WJ}5678`, 'phone', '0812345678'],
  [`081-2${SHY}34-5678`, 'phone', '0812345678'],
  [`${BOM}0812345678`, 'phone', '0812345678'],
  [`081${ZWNJ}234${ZWJ}5678`, 'phone', '0812345678'],
  // landlines: 02 + 7 digits, 03x–07x
  ['02-123-4567', 'phone', '021234567'],
  ['02 123 4567', 'phone', '021234567'],
  ['056-123-456', 'phone', '056123456'],
  ['056123456', 'phone', '056123456'],
  ['032-123-4567', 'phone', '0321234567'],
  // national ids in any grouping
  ['1103700123458', 'national-id', '1103700123458'],
  ['1-1037-00123-45-8', 'national-id', '1103700123458'],
  ['1.1037.00123.45.8', 'national-id', '1103700123458'],
  ['1–1037–00123–45–8', 'national-id', '1103700123458'],
  ['1 1037 00123 45 8', 'national-id', '1103700123458'],
  ['11037-00123-458', 'national-id', '1103700123458'],
  ['1103-7001-2345-8', 'national-id', '1103700123458'],
  [`1${WJ}1037${SHY}00123${ZWSP}45-8`, 'national-id', '1103700123458'],
  ['๓-๑๐๐๕-๐๑๒๓๔-๕๖-๓', 'national-id', '3100501234563'],
  ['เลขบัตร 5601100456789 ครับ', 'national-id', '5601100456789'],
  ['ID1234567890121', 'national-id', '1234567890121'],
];

/** Texts that hold numbers but no phone and no id. */
const NOT_CAUGHT: string[] = [
  '1,234,567.89',
  '800000',
  '1000000 บาท',
  '28/06/2567',
  '28-06-2567',
  '2024-06-28',
  '0.0874609375',
  '{"overdueRatio":0.09123456534,"savings":10912345653}',
  '6001003',
  '6010-0002',
  'ปีงบประมาณ 2567',
  '2566 2567',
  'คะแนน 97.0',
  '1103700123459', // 13 digits, wrong check digit (8 is right)
  '1-1037-00123-45-9',
  '11037001234580', // 14 digits
  '0.1103700123458', // the decimals of a ratio
  '12,345,678.00',
  '{"id":"6007000000011","score":97.0,"members":104}',
  'ตำบล 600101 อำเภอ 6001',
  'เวลา 08.30-16.30 น.',
  'หมู่ที่ 4 บ้านเลขที่ 99/12',
  'v1.0812345678',
  'hotel0812345678',
  '#0b0c0c',
  '1 234 567 890 123', // amounts spaced by thousands: 13 digits, but not an id's grouping
  '01-234-5678', // no Thai number starts 01
  '081-234-567', // 9 digits starting 08
];

describe('the recogniser catches every typed form', () => {
  it.each(CAUGHT)('%s → %s %s', (text, kind, digits) => {
    const found = findPersonalData(text);
    expect(found.map((m) => [m.kind, m.digits])).toEqual([[kind, digits]]);
  });
  it(`has at least 40 forms to catch (${CAUGHT.length})`, () => expect(CAUGHT.length).toBeGreaterThanOrEqual(40));
});

describe('the recogniser leaves amounts, dates, ratios, ids, years and scores alone', () => {
  it.each(NOT_CAUGHT)('%s', (text) => expect(findPersonalData(text)).toEqual([]));
  it(`has at least 20 forms to leave alone (${NOT_CAUGHT.length})`, () => expect(NOT_CAUGHT.length).toBeGreaterThanOrEqual(20));
  it('agrees with the check-digit rule worked by hand', () => {
    expect(isValidNationalId('1103700123458')).toBe(true);
    expect(isValidNationalId('3100501234563')).toBe(true);
    expect(isValidNationalId('5601100456789')).toBe(true);
    expect(isValidNationalId('1234567890121')).toBe(true);
    expect(isValidNationalId('1103700123459')).toBe(false);
  });
});

describe('masking', () => {
  it('replaces the number with the fixed marker, and the brackets and + that belong to it', () => {
    expect(PERSONAL_MASK).toBe('(ซ่อนข้อมูลส่วนบุคคล)');
    expect(maskPersonalData('ติดต่อพัฒนากรตำบล โทร.089-765-4321').text).toBe('ติดต่อพัฒนากรตำบล โทร.(ซ่อนข้อมูลส่วนบุคคล)');
    expect(maskPersonalData('(081) 234-5670 คุณแม่').text).toBe('(ซ่อนข้อมูลส่วนบุคคล) คุณแม่');
    expect(maskPersonalData('โทร +66 81 234 5678').text).toBe('โทร (ซ่อนข้อมูลส่วนบุคคล)');
    expect(maskPersonalData('ก 081-111-2222 และ 1-1037-00123-45-8 ข').text).toBe('ก (ซ่อนข้อมูลส่วนบุคคล) และ (ซ่อนข้อมูลส่วนบุคคล) ข');
    expect(maskPersonalData('ยอด 1,234,567.89 บาท').text).toBe('ยอด 1,234,567.89 บาท');
  });
  it('reports the number with its middle digits hidden: the first three and last two stay', () => {
    expect(maskPersonalData('โทร.089-765-4321').reported).toBe('โทร.089-xxx-xx21');
    expect(maskPersonalData('เลข 1-1037-00123-45-8').reported).toBe('เลข 1-10xx-xxxxx-x5-8');
    const text = `Tel.08${ZWSP}91234567`;
    expect(maskDigitsOf(text, findPersonalData(text)[0]!)).toBe('089xxxxx67');
  });
});

/**
 * The before-stop hook's scan (a Python regex over dist/) must never find what this recogniser misses. Its patterns,
 * copied here: digits Thai/full-width → ASCII and invisible characters deleted, then
 *   phone: (?<![0-9])(?<![0-9][.,])(?:\+66|0066|0)[-. –—()]{0,2}[689][0-9](?:[-. –—()]{0,2}[0-9]){7}(?![0-9])
 *   id:    (?<![0-9])([0-9])-?([0-9]{4})-?([0-9]{5})-?([0-9]{2})-?([0-9])(?![0-9]) with a valid check digit.
 * Generated texts (seeded) around such numbers: wherever the hook matches, the recogniser must match there too.
 * Two deliberate differences are left out of the texts: a number glued to a Latin word ("abc0812345678": code
 * and hashes, not a phone) and an id right after "digit." (the decimals of a ratio).
 */
describe('at least as broad as the before-stop hook', () => {
  const HOOK_PHONE = /(?<![0-9])(?<![0-9][.,])(?:\+66|0066|0)[-. \u2013\u2014()]{0,2}[689][0-9](?:[-. \u2013\u2014()]{0,2}[0-9]){7}(?![0-9])/g;
  const HOOK_ID = /(?<![0-9])([0-9])-?([0-9]{4})-?([0-9]{5})-?([0-9]{2})-?([0-9])(?![0-9])/g;
  const hookView = (s: string) =>
    s
      .replace(/[\u0e50-\u0e59]/g, (d) => String(d.charCodeAt(0) - 0x0e50))
      .replace(/[\uff10-\uff19]/g, (d) => String(d.charCodeAt(0) - 0xff10))
      .replace(/[\u200b\u200c\u200d\u2060\u00ad\ufeff]/g, '');

  let seed = 20240628;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const pick = <T,>(xs: readonly T[]) => xs[rand(xs.length)]!;
  const SEPS = ['', '', '', '-', '.', ' ', '–', '—', '(', ')', ' -', ') ', '--'];
  const CONTEXT = ['', 'โทร.', 'โทร ', 'เบอร์', ' ', '(', 'ก', '1 ', '5. ', '/', ':', ', ', '0', '12-'];
  const AFTER = ['', ' ', 'ค่ะ', '.', '. ', ')', ',', '-1', ' 9', '/2567'];
  const INVISIBLES = [ZWSP, WJ, SHY, BOM];
  const digitForm = (d: string) => (rand(6) === 0 ? String.fromCharCode(0x0e50 + Number(d)) : rand(8) === 0 ? String.fromCharCode(0xff10 + Number(d)) : d);
  const withSeps = (digits: string) =>
    [...digits].map((d, k) => (k === 0 ? '' : pick(SEPS)) + (rand(12) === 0 ? pick(INVISIBLES) : '') + digitForm(d)).join('');

  const phoneText = () => {
    const prefix = pick(['0', '0', '0', '+66', '0066', '+66 ', '+66-']);
    const body = pick(['6', '8', '9']) + Array.from({ length: 8 }, () => String(rand(10))).join('');
    return pick(CONTEXT) + prefix + withSeps(body) + pick(AFTER);
  };
  const idText = () => {
    const first12 = String(1 + rand(8)) + Array.from({ length: 11 }, () => String(rand(10))).join('');
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
    const id = first12 + String((11 - (sum % 11)) % 10);
    const parts = [id.slice(0, 1), id.slice(1, 5), id.slice(5, 10), id.slice(10, 12), id.slice(12)];
    return pick(CONTEXT.filter((c) => !/[0-9][.,] ?$/.test(c))) + parts.map((p, k) => (k === 0 ? '' : pick(['', '-'])) + p).join('') + pick(AFTER);
  };

  it('catches every number the hook catches, over 4,000 generated texts', () => {
    const missed: string[] = [];
    let hooked = 0;
    for (let n = 0; n < 4000; n++) {
      const text = n % 2 === 0 ? phoneText() : idText();
      const view = hookView(text);
      const hook = [...view.matchAll(HOOK_PHONE)].length + [...view.matchAll(HOOK_ID)].filter((m) => isValidNationalId(m.slice(1).join(''))).length;
      if (hook > 0) hooked++;
      if (hook > 0 && findPersonalData(text).length === 0) missed.push(JSON.stringify(text));
    }
    expect(missed).toEqual([]);
    expect(hooked).toBeGreaterThan(2000); // most generated texts are numbers the hook sees: the comparison means something
  });
});
