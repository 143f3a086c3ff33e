/**
 * MostFailed (district and province pages): an area's most-failed indicators of a year, each linked to its page,
 * the failing groups of the audited ones beside the share. The count is the share of the audited, rounded.
 */
import { describe, expect, it } from 'vitest';
import MostFailed from '../../../src/components/MostFailed.astro';
import DistrictPage from '../../../src/components/views/DistrictPage.astro';
import { districtPaths } from '../../../src/site/data';
import { attr, inside, render, text } from './render';

// 12 audited: F1 fails in 3 (0.25), B1 in 1 (1/12 = 8.3%).
const YEAR = { audited: 12, mostFailed: [{ code: 'F1', share: 0.25 }, { code: 'B1', share: 1 / 12 }] };

const rows = (r: Awaited<ReturnType<typeof render>>) => r.all('tbody tr').map((tr) => inside(tr, 'th, td').map(text));

describe('MostFailed', () => {
  it('in Thai: code and name linked to the indicator page, "3 จาก 12", the share', async () => {
    const r = await render(MostFailed, { year: YEAR, caption: 'ตัวชี้วัดที่ไม่ผ่านมากที่สุด', lang: 'th' });
    expect(r.texts('thead th')).toEqual(['ตัวชี้วัด', 'กลุ่มที่ไม่ผ่าน (จาก ที่ตรวจ)', 'สัดส่วนกลุ่มที่ไม่ผ่าน']);
    expect(rows(r)).toEqual([
      ['F1 หนี้ค้างชำระต่อเงินให้กู้คงเหลือ', '3 จาก 12', '25.0%'],
      ['B1 บัญชีเป็นปัจจุบันและยอดเงินตรงกับหลักฐาน', '1 จาก 12', '8.3%'],
    ]);
    expect(r.all('tbody th a').map((a) => attr(a, 'href'))).toEqual(['/indicators/F1/', '/indicators/B1/']);
  });

  it('in English', async () => {
    const r = await render(MostFailed, { year: YEAR, caption: 'Most failed', lang: 'en' });
    expect(r.texts('thead th')).toEqual(['Indicator', 'Groups failing (of audited)', 'Share of groups failing']);
    expect(rows(r)[0]).toEqual(['F1 Overdue loans to loans outstanding', '3 of 12', '25.0%']);
    expect(attr(r.one('tbody th a'), 'href')).toBe('/en/indicators/F1/');
  });

  it('says so when no indicator was failed, with no table', async () => {
    const r = await render(MostFailed, { year: { audited: 4, mostFailed: [] }, caption: 'x', lang: 'th' });
    expect(r.all('table')).toEqual([]);
    expect(text(r.one('p'))).toBe('ไม่มีตัวชี้วัดที่ไม่ผ่าน');
  });

  it('on the district page of พยุหะคีรี (the site fixture), FY 2567: 4 audited, F1 fails in 6010-0002 alone', async () => {
    const props = districtPaths().find((p) => p.params.code === '6010')!.props;
    const r = await render(DistrictPage, { ...props, lang: 'th' });
    const f1 = r.all('table tr').find((tr) => inside(tr, 'a').some((a) => attr(a, 'href') === '/indicators/F1/'))!;
    expect(inside(f1, 'th, td').map(text)).toEqual(['F1 หนี้ค้างชำระต่อเงินให้กู้คงเหลือ', '1 จาก 4', '25.0%']);
  });
});
