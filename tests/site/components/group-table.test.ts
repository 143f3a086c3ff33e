/** GroupTable (district, province and rankings pages): groups with their place, level, score and members. */
import { describe, expect, it } from 'vitest';
import GroupTable from '../../../src/components/GroupTable.astro';
import { attr, inside, render, text } from './render';

const NAKHON_SAWAN = { code: '60', name: 'นครสวรรค์', nameEn: 'Nakhon Sawan' };
const PHAYUHA_KHIRI = { code: '6010', name: 'พยุหะคีรี', nameEn: 'Phayuha Khiri' };
const place = (name: string, nameEn: string) => ({ code: '601001', name, nameEn });

const AUDITED = {
  id: '6010-0001',
  name: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านหนองกระทุ่ม',
  subdistrict: place('พยุหะ', 'Phayuha'),
  district: PHAYUHA_KHIRI,
  province: NAKHON_SAWAN,
  status: 'active',
  members: 1234,
  audit: { fiscalYear: 2567, score: 97, level: 1, redFlags: [] },
};
const NOT_AUDITED = { ...AUDITED, id: '6010-0005', name: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านเนินมะกอก', status: 'inactive', members: undefined, audit: null };
const RED_FLAGS = {
  ...AUDITED,
  id: '6010-0004',
  name: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านหัวดง',
  subdistrict: place('เขากะลา', 'Khao Kala'),
  members: 78,
  audit: { fiscalYear: 2567, score: 62.5, level: 3, redFlags: ['B1', 'F1'] },
};

/** Each body row's cells, as text. */
const rows = (r: Awaited<ReturnType<typeof render>>) => r.all('tbody tr').map((tr) => inside(tr, 'th, td').map(text));

describe('GroupTable', () => {
  it('in Thai, unranked: each group linked by its id, its sub-district, level, score and members; a dash for none', async () => {
    const r = await render(GroupTable, { groups: [AUDITED, NOT_AUDITED], caption: 'กลุ่มในอำเภอพยุหะคีรี', lang: 'th' });
    expect(text(r.one('caption'))).toBe('กลุ่มในอำเภอพยุหะคีรี');
    expect(r.texts('thead th')).toEqual(['กลุ่ม', 'ตำบล', 'ระดับ', 'คะแนน', 'สมาชิก']);
    expect(rows(r)).toEqual([
      ['กลุ่มออมทรัพย์เพื่อการผลิตบ้านหนองกระทุ่มรหัส 6010-0001', 'พยุหะ', ' ระดับ 1 ดี', '97.0', '1,234'],
      // Not active: its status beside its id; not audited: the word, no score, members unknown.
      ['กลุ่มออมทรัพย์เพื่อการผลิตบ้านเนินมะกอกรหัส 6010-0005 · ไม่ดำเนินการ', 'พยุหะ', ' ยังไม่ได้ตรวจ', '–', '–'],
    ]);
    const links = r.all('tbody th a');
    expect(links.map((a) => [attr(a, 'href'), attr(a, 'lang')])).toEqual([
      ['/groups/6010-0001/', null],
      ['/groups/6010-0005/', null],
    ]);
    // On a phone each cell says its column (table.stack).
    expect(inside(r.one('tbody tr'), 'td').map((td) => attr(td, 'data-label'))).toEqual(['ตำบล', 'ระดับ', 'คะแนน', 'สมาชิก']);
  });

  it('in English, ranked with districts: the rank, the Thai name marked Thai, red flags linked to their indicators', async () => {
    const r = await render(GroupTable, { groups: [RED_FLAGS, AUDITED], caption: 'Develop first', lang: 'en', ranked: true, showDistrict: true });
    expect(r.texts('thead th')).toEqual(['Rank', 'Group', 'District / subdistrict', 'Level', 'Score', 'Members']);
    expect(rows(r)).toEqual([
      ['1', 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านหัวดงID 6010-0004', 'Phayuha Khiri / Khao Kala', ' Level 3: needs improvementRed flags B1, F1', '62.5', '78'],
      ['2', 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านหนองกระทุ่มID 6010-0001', 'Phayuha Khiri / Phayuha', ' Level 1: good', '97.0', '1,234'],
    ]);
    expect(r.all('tbody th a').map((a) => [attr(a, 'href'), attr(a, 'lang')])).toEqual([
      ['/en/groups/6010-0004/', 'th'],
      ['/en/groups/6010-0001/', 'th'],
    ]);
    expect(r.all('td .hint a').map((a) => [text(a), attr(a, 'href')])).toEqual([
      ['B1', '/en/indicators/B1/'],
      ['F1', '/en/indicators/F1/'],
    ]);
  });
});
