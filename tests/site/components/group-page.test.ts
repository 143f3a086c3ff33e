/**
 * GroupPage (src/components/views): a group's page from the site fixture, as a reader without JavaScript gets it:
 * the name as registered, the place, the level in words with its icon, a red flag explained. 6010-0002 is worked
 * example B (31.0, level 3); 6010-0004 raised the B1 flag; 1801-0003's registered name holds "<b>" (tests/fixtures/site).
 */
import { describe, expect, it } from 'vitest';
import GroupPage from '../../../src/components/views/GroupPage.astro';
import { groupPaths } from '../../../src/site/data';
import { attr, render, text } from './render';

const page = (id: string, lang: 'th' | 'en') => render(GroupPage, { ...groupPaths().find((p) => p.params.id === id)!.props, lang });

describe('GroupPage', () => {
  it('in English: the name as registered (Thai, marked Thai), the place in English, the level in English words', async () => {
    const r = await page('6010-0002', 'en');
    expect(text(r.one('h1'))).toBe('กลุ่มออมทรัพย์เพื่อการผลิตบ้านเขาทอง');
    expect(attr(r.one('h1'), 'lang')).toBe('th');
    expect(text(r.one('.lead'))).toBe(
      'Group ID 6010-0002 · บ้านเขาทอง Moo 1, Khao Thong Subdistrict, Phayuha Khiri District, Nakhon Sawan Province — FY 2024 (BE 2567) audit: needs improvement, score 31.0',
    );
    expect(text(r.one('.level-big .level'))).toBe(' Level 3: needs improvement');
  });

  it('in Thai: the level as word and icon (hidden from screen readers), and the score', async () => {
    const r = await page('6010-0002', 'th');
    expect(text(r.one('.level-big .level'))).toBe(' ระดับ 3 ต้องปรับปรุง');
    expect(attr(r.one('.level-big .level .icon--cross'), 'aria-hidden')).toBe('true');
    expect(text(r.one('.level-big'))).toContain('31.0 คะแนน');
  });

  it('explains a red flag in words, its indicator linked, in either language', async () => {
    const th = await page('6010-0004', 'th');
    expect(th.all('.flag .icon--flag')).toHaveLength(1);
    expect(text(th.one('.flag'))).toBe(' ธงแดง B1 — บัญชีเป็นปัจจุบันและยอดเงินตรงกับหลักฐาน — ผลตรวจคือ "ไม่ผ่าน" จึงจัดเป็นระดับ 3 ต้องปรับปรุง ไม่ว่าคะแนนรวมจะเป็นเท่าใด');
    expect(attr(th.one('.flag a'), 'href')).toBe('/indicators/B1/');
    const en = await page('6010-0004', 'en');
    expect(text(en.one('.flag'))).toBe(' Red flag B1 — Books up to date and reconciled — the audit answer is "no", so the group is level 3 (needs improvement) whatever its score');
    expect(attr(en.one('.flag a'), 'href')).toBe('/en/indicators/B1/');
  });

  it('writes a name holding HTML as text: "<b>ทดสอบ</b>" is read, never a bold element', async () => {
    const r = await page('1801-0003', 'th');
    expect(text(r.one('h1'))).toContain('<b>ทดสอบ</b>');
    expect(r.all('h1 b')).toEqual([]);
  });
});
