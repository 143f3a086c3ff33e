/** LevelTable (province, district and home pages): an area's audited groups by level, with shares and bars. */
import { describe, expect, it } from 'vitest';
import LevelTable from '../../../src/components/LevelTable.astro';
import { attr, inside, render, text } from './render';

// 3 at level 1, 1 at level 2, none at level 3, 1 incomplete: 5 audited. Shares 3/5 = 60.0%, 1/5 = 20.0%, 0, 1/5.
const YEAR = { levels: { '1': 3, '2': 1, '3': 0, incomplete: 1 } };

describe('LevelTable', () => {
  it('in Thai: headers, each level as icon and word, its count and share, the total', async () => {
    const r = await render(LevelTable, { year: YEAR, caption: 'ระดับของกลุ่มที่ตรวจ ปีงบประมาณ 2567', lang: 'th' });
    expect(text(r.one('caption'))).toBe('ระดับของกลุ่มที่ตรวจ ปีงบประมาณ 2567');
    expect(r.texts('thead th')).toEqual(['ระดับ', 'จำนวนกลุ่ม', 'ร้อยละ', 'สัดส่วน']);
    // The level's icon is an SVG before a space and the word.
    expect(r.texts('tbody th .level')).toEqual([' ระดับ 1 ดี', ' ระดับ 2 ปานกลาง', ' ระดับ 3 ต้องปรับปรุง', ' ข้อมูลไม่ครบ']);
    expect(r.all('tbody th .level .icon').map((s) => attr(s, 'class'))).toEqual(['icon icon--check', 'icon icon--triangle', 'icon icon--cross', 'icon icon--question']);
    expect(r.all('tbody tr').map((tr) => inside(tr, 'td.num').map(text))).toEqual([
      ['3', '60.0%'],
      ['1', '20.0%'],
      ['0', '0.0%'],
      ['1', '20.0%'],
    ]);
    // Bars out of 100 units; none is thinner than 0.3 (a sliver for none).
    expect(r.all('rect').map((b) => [attr(b, 'class'), attr(b, 'width')])).toEqual([
      ['bar bar--good', '60.0'],
      ['bar bar--fair', '20.0'],
      ['bar bar--poor', '0.3'],
      ['bar bar--incomplete', '20.0'],
    ]);
    expect(r.texts('tfoot th, tfoot td')).toEqual(['รวมที่ตรวจแล้ว', '5', '', '']);
  });

  it('in English, and a dash for the shares of a year with no audit', async () => {
    const r = await render(LevelTable, { year: { levels: { '1': 0, '2': 0, '3': 0, incomplete: 0 } }, caption: 'Levels', lang: 'en' });
    expect(r.texts('thead th')).toEqual(['Level', 'Groups', 'Percent', 'Share']);
    expect(r.texts('tbody th .level')).toEqual([' Level 1: good', ' Level 2: fair', ' Level 3: needs improvement', ' Incomplete']);
    expect(r.texts('tbody td.num')).toEqual(['0', '–', '0', '–', '0', '–', '0', '–']);
    expect(r.texts('tfoot th, tfoot td')).toEqual(['Total audited', '0', '', '']);
  });
});
