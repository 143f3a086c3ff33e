/**
 * KmList (home and KM pages): articles as cards, title link, byline, summary; an article with no version in the
 * page's language listed in its own, marked. Its documented example: <KmList items={…} lang={lang} heading={3} />.
 */
import { describe, expect, it } from 'vitest';
import KmList from '../../../src/components/KmList.astro';
import { attr, render, text } from './render';
import { THAI_ARTICLE } from './km-article-fixture';

const ARTICLE = THAI_ARTICLE;
const NO_SUMMARY = { ...ARTICLE, slug: 'plan', title: 'แผนพัฒนากลุ่ม', position: '', summary: '', date: '2023-10-01' };

describe('KmList', () => {
  it('in Thai, under a section heading (h3): title link, byline with the date in BE, summary', async () => {
    const r = await render(KmList, { items: [{ article: ARTICLE, otherLanguage: false }, { article: NO_SUMMARY, otherLanguage: false }], lang: 'th', heading: 3 });
    const titles = r.all('li h3.card-title a');
    expect(titles.map((a) => [text(a), attr(a, 'href'), attr(a, 'lang')])).toEqual([
      ['ตรวจสุขภาพกลุ่มด้วยสมุดตรวจสุขภาพ', '/km/audit-visit-with-the-book/', null],
      ['แผนพัฒนากลุ่ม', '/km/plan/', null],
    ]);
    // Author and position, office, date (28 June 2024 = 28 มิถุนายน 2567); a missing position leaves no gap.
    expect(r.texts('.byline')).toEqual([
      'นางสาวสมศรี ใจดี นักวิชาการพัฒนาชุมชน · สำนักงานพัฒนาชุมชนอำเภอตาคลี · 28 มิถุนายน 2567',
      'นางสาวสมศรี ใจดี · สำนักงานพัฒนาชุมชนอำเภอตาคลี · 1 ตุลาคม 2566',
    ]);
    expect(r.texts('li p:not(.byline)')).toEqual(['ขั้นตอนการตรวจกับคณะกรรมการกลุ่ม']);
    expect(r.all('.hint')).toEqual([]);
  });

  it('in English, an article only in Thai: its Thai title marked Thai and "(in Thai)", an h2 by default', async () => {
    const r = await render(KmList, { items: [{ article: ARTICLE, otherLanguage: true }], lang: 'en' });
    const a = r.one('li h2.card-title a');
    expect([text(a), attr(a, 'href'), attr(a, 'lang')]).toEqual(['ตรวจสุขภาพกลุ่มด้วยสมุดตรวจสุขภาพ', '/en/km/audit-visit-with-the-book/', 'th']);
    expect(text(r.one('.card-title .hint'))).toBe(' (in Thai)');
    expect(text(r.one('.byline'))).toBe('นางสาวสมศรี ใจดี นักวิชาการพัฒนาชุมชน · สำนักงานพัฒนาชุมชนอำเภอตาคลี · 28 June 2024');
    expect(attr(r.one('li p:not(.byline)'), 'lang')).toBe('th');
  });
});
