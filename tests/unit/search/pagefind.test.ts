/**
 * The adapter between Pagefind's JS API and the search: what a result is read as, and the filters asked for.
 * Fragments are written here as Pagefind 1.6 gives them.
 */
import { describe, expect, it } from 'vitest';
import { fromPagefind, readResult, type PagefindFragment } from '../../../src/lib/search/pagefind';
import { fakePagefind } from './fake-pagefind';

const GROUP: PagefindFragment = {
  url: '/groups/6010-0002/',
  content: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านเขาทอง ตำบลเขาทอง อำเภอพยุหะคีรี',
  // Pagefind's zero-width spaces between the Thai words it split; locations count in these words.
  raw_content: 'กลุ่ม\u200Bออม\u200Bทรัพย์\u200Bเพื่อ\u200Bการ\u200Bผลิต\u200Bบ้าน\u200Bเขา\u200Bทอง\u200Bตำบล\u200Bเขา\u200Bทอง\u200Bอำเภอ\u200Bพยุหะคีรี',
  locations: [7, 8],
  excerpt: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้าน<mark>เขา</mark><mark>ทอง</mark> ตำบลเขาทอง',
  meta: { title: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านเขาทอง' },
  filters: { type: ['กลุ่มออมทรัพย์'], province: ['นครสวรรค์'], district: ['พยุหะคีรี'], level: ['ต้องปรับปรุง'] },
};

describe('readResult', () => {
  it('reads a group page: title, kind, level, place, and the words Pagefind matched (at locations 7 and 8)', () => {
    expect(readResult(GROUP)).toEqual({
      url: '/groups/6010-0002/',
      title: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านเขาทอง',
      excerpt: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้าน<mark>เขา</mark><mark>ทอง</mark> ตำบลเขาทอง',
      content: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านเขาทอง ตำบลเขาทอง อำเภอพยุหะคีรี',
      matched: ['เขา', 'ทอง'],
      kind: 'กลุ่มออมทรัพย์',
      level: 'ต้องปรับปรุง',
      province: 'นครสวรรค์',
      district: 'พยุหะคีรี',
    });
  });

  it('falls back to the address for a page with no title, no kind for a page with no type, content split at spaces', () => {
    const r = readResult({ url: '/en/km/x/', content: 'A visit to Takhli', locations: [3], excerpt: 'A visit to <mark>Takhli</mark>', meta: {}, filters: {} });
    expect(r.title).toBe('/en/km/x/');
    expect(r.kind).toBe('');
    expect(r.matched).toEqual(['Takhli']);
    expect([r.level, r.province, r.district]).toEqual([undefined, undefined, undefined]);
  });
});

describe('fromPagefind', () => {
  it('asks Pagefind with the chosen filters (empty ones left out) and the kinds as "type: any"', async () => {
    const pf = fakePagefind([{ url: '/provinces/18/', words: ['ชัยนาท'], filters: { type: ['จังหวัด'], province: ['ชัยนาท'] } }], { ชัยนาท: [['/provinces/18/', [0]]] });
    const index = fromPagefind(pf);
    const hits = await index.search('ชัยนาท', { province: 'ชัยนาท', district: '', level: '' }, ['อำเภอ', 'จังหวัด']);
    expect(pf.calls).toEqual([{ q: 'ชัยนาท', filters: { province: 'ชัยนาท', type: { any: ['อำเภอ', 'จังหวัด'] } } }]);
    expect(hits.map((h) => h.id)).toEqual(['/provinces/18/']);
    expect((await hits[0]!.result()).matched).toEqual(['ชัยนาท']);
  });

  it('asks with no query for a filter alone', async () => {
    const pf = fakePagefind([], {});
    await fromPagefind(pf).search(null, { level: 'ดี' });
    expect(pf.calls).toEqual([{ q: null, filters: { level: 'ดี' } }]);
  });
});
