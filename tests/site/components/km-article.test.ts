/**
 * KM pages in the language an article is not written in (src/components/views KmIndexPage, KmArticlePage): the
 * article is listed and shown in its own language, marked so, with a note. The articles file is written here, as
 * the build writes it beside the dataset (OMSAP_KM), with one article in Thai only.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import KmIndexPage from '../../../src/components/views/KmIndexPage.astro';
import KmArticlePage from '../../../src/components/views/KmArticlePage.astro';
import { kmArticlePaths } from '../../../src/site/km-languages';
import { attr, render, text } from './render';
import { THAI_ARTICLE } from './km-article-fixture';

const ARTICLE = { ...THAI_ARTICLE, tags: ['การตรวจสุขภาพ'], body: 'นัดคณะกรรมการ แล้วตรวจด้วยกันทีละข้อ' };
// Before any page reads the articles (src/site/km.ts reads the file once).
const dir = mkdtempSync(join(tmpdir(), 'omsap-km-'));
writeFileSync(join(dir, 'km.json'), JSON.stringify({ articles: [ARTICLE] }));
process.env.OMSAP_KM = join(dir, 'km.json');

afterAll(() => {
  delete process.env.OMSAP_KM;
  rmSync(dir, { recursive: true, force: true });
});

describe('an article only in Thai, read in English', () => {
  it('is listed with its Thai title, marked Thai, and "(in Thai)"', async () => {
    const r = await render(KmIndexPage, { lang: 'en' });
    const a = r.one('.cards li a');
    expect([text(a), attr(a, 'href'), attr(a, 'lang')]).toEqual(['ตรวจสุขภาพกลุ่มด้วยสมุดตรวจสุขภาพ', '/en/km/audit-visit-with-the-book/', 'th']);
    expect(text(r.one('.cards li .hint'))).toBe(' (in Thai)');
  });

  it('is shown with a note that it is only in Thai, its title marked Thai', async () => {
    const { props } = kmArticlePaths().find((p) => p.params.slug === 'audit-visit-with-the-book')!;
    const r = await render(KmArticlePage, { ...props, lang: 'en' });
    expect(text(r.one('.article .notice'))).toBe('This article is only in Thai.');
    expect(attr(r.one('.article h1'), 'lang')).toBe('th');
    expect(text(r.one('.article h1'))).toBe('ตรวจสุขภาพกลุ่มด้วยสมุดตรวจสุขภาพ');
  });

  it('in Thai, the same article has no note and no language mark', async () => {
    const { props } = kmArticlePaths().find((p) => p.params.slug === 'audit-visit-with-the-book')!;
    const r = await render(KmArticlePage, { ...props, lang: 'th' });
    expect(r.all('.article .notice')).toEqual([]);
    expect(attr(r.one('.article h1'), 'lang')).toBeNull();
  });
});
