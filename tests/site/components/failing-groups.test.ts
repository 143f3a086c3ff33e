/**
 * FailingGroups (indicator page): the groups failing an indicator in the latest fiscal year, district by district,
 * each linked; a district of up to two groups open, more folded. Read from the site fixture, where F1 fails in FY 2567
 * in 1801-0003 (เมืองชัยนาท), 6007000000011 (ตาคลี) and 6010-0002 (พยุหะคีรี). Its example: <FailingGroups code="F1" lang="th" />.
 */
import { describe, expect, it } from 'vitest';
import FailingGroups from '../../../src/components/FailingGroups.astro';
import IndicatorPage from '../../../src/components/views/IndicatorPage.astro';
import { indicatorPaths } from '../../../src/site/indicator-view';
import { attr, inside, render, text } from './render';

describe('FailingGroups', () => {
  it('in Thai: Thai order (ชัยนาท before นครสวรรค์, ตาคลี before พยุหะคีรี), each district open with its group linked', async () => {
    const r = await render(FailingGroups, { code: 'F1', lang: 'th' });
    expect(text(r.one('h2'))).toBe('กลุ่มที่ไม่ผ่าน F1 ในปีงบประมาณ 2567 รายอำเภอ');
    // Two provinces: each district says its province.
    expect(r.texts('.failing-groups summary')).toEqual(['อำเภอเมืองชัยนาท จังหวัดชัยนาท: 1 กลุ่ม', 'อำเภอตาคลี จังหวัดนครสวรรค์: 1 กลุ่ม', 'อำเภอพยุหะคีรี จังหวัดนครสวรรค์: 1 กลุ่ม']);
    expect(r.all('details').map((d) => attr(d, 'open'))).toEqual(['', '', '']);
    const last = r.all('details')[2]!;
    expect(inside(last, '.group-links a').map((a) => [text(a), attr(a, 'href'), attr(a, 'lang')])).toEqual([['กลุ่มออมทรัพย์เพื่อการผลิตบ้านเขาทอง', '/groups/6010-0002/', null]]);
    expect(inside(last, '.group-links .hint').map(text)).toEqual(['6010-0002']);
    expect(inside(last, 'p.hint a').map((a) => [text(a), attr(a, 'href')])).toEqual([['ทุกกลุ่มในอำเภอพยุหะคีรี', '/districts/6010/']]);
  });

  it('in English: alphabetical (Phayuha Khiri before Takhli), the Thai group names marked Thai', async () => {
    const r = await render(FailingGroups, { code: 'F1', lang: 'en' });
    expect(text(r.one('h2'))).toBe('Groups failing F1 in FY 2024 (BE 2567), by district');
    expect(r.texts('summary')).toEqual([
      'Mueang Chai Nat District Chai Nat Province: 1 group',
      'Phayuha Khiri District Nakhon Sawan Province: 1 group',
      'Takhli District Nakhon Sawan Province: 1 group',
    ]);
    expect(r.all('.group-links a').map((a) => [attr(a, 'href'), attr(a, 'lang')])).toEqual([
      ['/en/groups/1801-0003/', 'th'],
      ['/en/groups/6010-0002/', 'th'],
      ['/en/groups/6007000000011/', 'th'],
    ]);
  });

  it('an indicator no group fails (G1: every FY 2567 audit passes it at least partly) says so', async () => {
    const r = await render(FailingGroups, { code: 'G1', lang: 'th' });
    expect(r.all('details')).toEqual([]);
    expect(text(r.one('.failing-groups p'))).toBe('ไม่มีกลุ่มที่ไม่ผ่านตัวชี้วัดนี้ในปีล่าสุด');
  });

  it('on the indicator page of F1, as its readers get it', async () => {
    const props = indicatorPaths().find((p) => p.params.code === 'F1')!.props;
    const r = await render(IndicatorPage, { ...props, lang: 'th' });
    expect(r.texts('.failing-groups summary')).toEqual(['อำเภอเมืองชัยนาท จังหวัดชัยนาท: 1 กลุ่ม', 'อำเภอตาคลี จังหวัดนครสวรรค์: 1 กลุ่ม', 'อำเภอพยุหะคีรี จังหวัดนครสวรรค์: 1 กลุ่ม']);
    // The link to 6010-0002 is in an open district (shown, not folded).
    const open = r.all('.failing-groups details[open]');
    expect(open.flatMap((d) => inside(d, 'a').map((a) => attr(a, 'href')))).toContain('/groups/6010-0002/');
  });
});
