/** Which indicators a development-plan row names (src/lib/followthrough/planned.ts), on the default criteria. */
import { describe, expect, it } from 'vitest';
import { indicatorNamer, plannedCodes } from '../../../src/lib/followthrough/planned';
import { DEFAULT_CRITERIA } from '../../../src/lib/health/default-criteria';

const names = indicatorNamer(DEFAULT_CRITERIA);

describe('a plan row names an indicator by its code', () => {
  it('alone, in any case, with Thai digits', () => {
    expect(names('F1')).toEqual(['F1']);
    expect(names('f1')).toEqual(['F1']);
    expect(names('F๑')).toEqual(['F1']);
    expect(names('ข้อ b๒')).toEqual(['B2']);
  });

  it('inside a sentence, next to spaces, punctuation, or Thai script (Thai is written without spaces)', () => {
    expect(names('ลดหนี้ค้างชำระ F1 ให้ต่ำกว่าร้อยละ 5')).toEqual(['F1']);
    expect(names('ลดหนี้ค้างชำระ (F1)')).toEqual(['F1']);
    expect(names('F1, B1: ทำบัญชีให้เป็นปัจจุบัน')).toEqual(['B1', 'F1']);
    expect(names('ตัวชี้วัดF1')).toEqual(['F1']);
    expect(names('F1ลดหนี้')).toEqual(['F1']);
  });

  it('with zero-width or non-breaking characters typed around or inside it', () => {
    expect(names('F\u200B1')).toEqual(['F1']);
    expect(names('\uFEFF\u00A0F1\u00A0')).toEqual(['F1']);
  });

  it('not when the code only appears inside another token: F10, AF1, F1x, ทF1x, F๑๐', () => {
    expect(names('F10')).toEqual([]);
    expect(names('AF1')).toEqual([]);
    expect(names('F1x')).toEqual([]);
    expect(names('ทF1x')).toEqual([]);
    expect(names('F๑๐')).toEqual([]);
    expect(names('ระเบียบข้อ 2F1')).toEqual([]);
  });
});

describe('a plan row names an indicator by its name as the criteria write it', () => {
  it('the Thai name, with spaces and zero-width characters anywhere', () => {
    expect(names('หนี้ค้างชำระต่อเงินให้กู้คงเหลือ')).toEqual(['F1']);
    expect(names('ลด หนี้ค้างชำระ ต่อ เงินให้กู้\u200Bคงเหลือ ให้ได้ตามเกณฑ์')).toEqual(['F1']);
    expect(names('บัญชีเป็นปัจจุบันและยอดเงินตรงกับหลักฐาน')).toEqual(['B1']);
  });

  it('"ํา" typed as two characters reads as "ำ"', () => {
    expect(names('หนี้ค้างช\u0E4D\u0E32ระต่อเงินให้กู้คงเหลือ')).toEqual(['F1']);
  });

  it('"ํา" typed with a tone mark between ("น" "้" "ํ" "า") reads as "น้ำ", as headers read it (composeSaraAm)', () => {
    const water = { ...DEFAULT_CRITERIA, indicators: [{ ...DEFAULT_CRITERIA.indicators[0]!, code: 'X1', th: 'ค่าน้ำประปา', en: 'Water bill' }] };
    expect(indicatorNamer(water)('ลดค่าน\u0E49\u0E4D\u0E32ประปา')).toEqual(['X1']);
  });

  it('the English name, in any case and spacing', () => {
    expect(names('Overdue loans to loans outstanding')).toEqual(['F1']);
    expect(names('Bring BOOKS UP TO  DATE AND RECONCILED by March')).toEqual(['B1']);
    expect(names('Reserve to total funds')).toEqual(['F4']);
  });

  it('the name without its trailing bracket: "การใช้เงินทุน" names F2, "สภาพคล่อง" names F3', () => {
    expect(names('การใช้เงินทุน')).toEqual(['F2']);
    expect(names('สภาพคล่อง')).toEqual(['F3']);
  });

  it('not by a part of a name or by a paraphrase', () => {
    expect(names('จ่ายเงินปันผล')).toEqual([]); // S2 is "จ่ายเงินปันผลหรือเฉลี่ยคืน"
    expect(names('หนี้ค้างชำระสูง')).toEqual([]);
    expect(names('ทำบัญชีครัวเรือน')).toEqual([]);
  });
});

describe('plannedCodes', () => {
  it('collects the codes named by every row’s topic (and only the topic)', () => {
    const plan = [
      { order: 1, topic: 'F1 หนี้ค้างชำระต่อเงินให้กู้คงเหลือ', cause: 'ขาดการติดตาม B2' },
      { order: 2, topic: 'ทุนสำรองต่อเงินทุน' },
      { order: 3, topic: 'อบรมกรรมการ' },
    ];
    expect([...plannedCodes(plan, DEFAULT_CRITERIA)].sort()).toEqual(['F1', 'F4']);
    expect(plannedCodes([], DEFAULT_CRITERIA).size).toBe(0);
  });
});
