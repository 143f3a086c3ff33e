import { describe, expect, it } from 'vitest';
import { addDays, parseThaiDate } from '../../../src/lib/thai/date.js';

const v = (x: unknown, opts?: { date1904?: boolean }) => {
  const r = parseThaiDate(x, opts);
  return r.ok ? r.value : { failed: r.found, expected: r.expected };
};
const BAD = (found: string) => ({ failed: found, expected: { th: 'วันที่ เช่น 28/6/2559', en: 'a date such as 28/6/2559' } });

// Written out by hand, independently of the code's tables.
const LONG = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
const SHORT = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const NODOT = ['มค', 'กพ', 'มีค', 'เมย', 'พค', 'มิย', 'กค', 'สค', 'กย', 'ตค', 'พย', 'ธค'];
const EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('parseThaiDate: text', () => {
  it.each([
    '28/6/2559', '28-06-2559', '28.6.2559', '28 มิ.ย. 2559', '28 มิย 2559', '28 มิ.ย.2559',
    '28 มิถุนายน พ.ศ. 2559', '28 มิถุนายน 2559', '๒๘ มิ.ย. ๕๙', '๒๘/๖/๒๕๕๙', '2016-06-28',
    '28/6/59', '28/06/2016', '2559-06-28', '28 June 2016', '28-Jun-2016', 'June 28, 2016',
    '28 jun 2559', '28 มิ.ย. ค.ศ. 2016', ' 28/6/2559\u200B ',
  ])('%s → 2016-06-28', (text) => {
    expect(v(text)).toBe('2016-06-28');
  });
  it('reads all 12 Thai month names, abbreviations with and without dots, and English names', () => {
    for (let i = 0; i < 12; i++) {
      const iso = `2024-${String(i + 1).padStart(2, '0')}-15`; // 2567 BE = 2024 CE
      expect(v(`15 ${LONG[i]} 2567`)).toBe(iso);
      expect(v(`15 ${SHORT[i]} 2567`)).toBe(iso);
      expect(v(`15 ${NODOT[i]} 67`)).toBe(iso);
      expect(v(`15 ${EN[i]} 2024`)).toBe(iso);
      expect(v(`15 ${EN[i]!.slice(0, 3)} 2024`)).toBe(iso);
    }
  });
  it('2-digit years are BE', () => {
    expect(v('1/1/00')).toBe('1957-01-01'); // 2500 BE
    expect(v('1/1/67')).toBe('2024-01-01');
  });
  it('rejects impossible dates', () => {
    expect(v('31/2/2559')).toEqual(BAD('31/2/2559'));
    expect(v('29/2/2566')).toEqual(BAD('29/2/2566')); // 2023: not a leap year
    expect(v('31/4/2567')).toEqual(BAD('31/4/2567'));
    expect(v('28/13/2559')).toEqual(BAD('28/13/2559'));
    expect(v('0/1/2559')).toEqual(BAD('0/1/2559'));
  });
  it('accepts 29 February in leap years (CE after conversion)', () => {
    expect(v('29/2/2567')).toBe('2024-02-29');
    expect(v('29/2/2563')).toBe('2020-02-29');
  });
  it('rejects years that are neither BE (≥ 2400) nor CE (1900–2199)', () => {
    expect(v('28/6/2300')).toEqual(BAD('28/6/2300'));
    expect(v('28/6/1850')).toEqual(BAD('28/6/1850'));
  });
  it('rejects text that is not a date', () => {
    expect(v('เมื่อวาน')).toEqual(BAD('เมื่อวาน'));
    expect(v('28 ไม่รู้ 2559')).toEqual(BAD('28 ไม่รู้ 2559'));
    expect(v('42549')).toEqual(BAD('42549'));
    expect(v(true)).toEqual(BAD('true'));
  });
  it('empty is missing', () => {
    expect(v('')).toBeNull();
    expect(v(' \u00A0')).toBeNull();
    expect(v(null)).toBeNull();
    expect(v(undefined)).toBeNull();
  });
});

describe('parseThaiDate: Excel serials', () => {
  // 2000-01-01 is serial 36526; +16 years (4 leap days) = 42370 = 2016-01-01; +179 days = 2016-06-28.
  it('1900 system', () => {
    expect(v(36526)).toBe('2000-01-01');
    expect(v(42370)).toBe('2016-01-01');
    expect(v(42549)).toBe('2016-06-28');
    expect(v(42549.75)).toBe('2016-06-28'); // time of day dropped
  });
  it("1900 system around Excel's fake 29 Feb 1900 (serial 60)", () => {
    expect(v(1)).toBe('1900-01-01');
    expect(v(59)).toBe('1900-02-28');
    expect(v(61)).toBe('1900-03-01');
    expect(v(60)).toEqual(BAD('60'));
    expect(v(0)).toEqual(BAD('0'));
    expect(v(-1)).toEqual(BAD('-1'));
  });
  it('1904 system (1462 days less)', () => {
    expect(v(0, { date1904: true })).toBe('1904-01-01');
    expect(v(41087, { date1904: true })).toBe('2016-06-28');
  });
  it('a serial in a year ≥ 2400 is BE typed into a Gregorian sheet', () => {
    // 2016-06-28 → 2559-06-28 is 543 × 365 days + 131 leap days (135 multiples of 4 in 2020…2556,
    // minus 2100, 2200, 2300, 2500) = 198326 days.
    expect(v(42549 + 198326)).toBe('2016-06-28');
  });
});

describe('parseThaiDate: Date objects', () => {
  it('local midnight (SheetJS cellDates) uses the local day', () => {
    expect(v(new Date(2016, 5, 28))).toBe('2016-06-28');
  });
  it('UTC midnight uses the UTC day', () => {
    expect(v(new Date(Date.UTC(2016, 5, 28)))).toBe('2016-06-28');
  });
  it('a BE year is converted', () => {
    expect(v(new Date(2559, 5, 28))).toBe('2016-06-28');
  });
  it('a BE 29 Feb that is not a leap day in CE fails', () => {
    // 2568 is a Gregorian leap year, 2025 is not.
    const r = parseThaiDate(new Date(2568, 1, 29));
    expect(r.ok).toBe(false);
  });
  it('an invalid Date fails', () => {
    expect(v(new Date(Number.NaN))).toEqual(BAD('Invalid Date'));
  });
});

describe('addDays', () => {
  it('adds days across months: 18 Aug 2024 + 60 = 17 Oct (13 days left in August, 30 in September, 17 in October)', () => {
    expect(addDays('2024-08-18', 60)).toBe('2024-10-17');
  });

  it('goes back across a year and a leap day: 10 Mar 2024 − 40 = 30 Jan (9 in March, 29 in February, 2 in January)', () => {
    expect(addDays('2024-03-10', -40)).toBe('2024-01-30');
  });
});
