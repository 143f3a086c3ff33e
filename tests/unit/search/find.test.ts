/**
 * What the search page shows for a query, over a fake Pagefind (fake-pagefind.ts) whose answers the tests write:
 * places first for a place query, a named group or place before the others, junk left out, "did you mean".
 * Each expectation is worked by hand beside it from the pages and answers below.
 */
import { describe, expect, it } from 'vitest';
import { find, PAGE, results, shardNames, suggestions, type Names, type Ranking } from '../../../src/lib/search/find';
import { fromPagefind } from '../../../src/lib/search/pagefind';
import type { NameEntry } from '../../../src/lib/search/names';
import type { SuggestTemplates } from '../../../src/lib/search/suggest';
import { fakePagefind, type Answers, type FakePage } from './fake-pagefind';

// A Thai site: Nakhon Sawan province, its Takhli district, two groups in Hua Wai sub-district, a KM article.
// Page words are as Pagefind splits Thai (Intl.Segmenter: กลุ่ม|ออม|ทรัพย์|…|บ้าน|หัว|หวาย).
const GROUP = 'กลุ่มออมทรัพย์';
const P60: FakePage = { url: '/provinces/60/', words: ['จังหวัด', 'นครสวรรค์', 'อำเภอ', 'ตาคลี', 'อำเภอ', 'พยุหะคีรี'], filters: { type: ['จังหวัด'], province: ['นครสวรรค์'] } };
const D6007: FakePage = {
  url: '/districts/6007/',
  words: ['อำเภอ', 'ตาคลี', 'จังหวัด', 'นครสวรรค์', 'ตำบล', 'หัว', 'หวาย'],
  filters: { type: ['อำเภอ'], province: ['นครสวรรค์'], district: ['ตาคลี'] },
};
const G0002: FakePage = {
  url: '/groups/6007-0002/',
  words: ['กลุ่ม', 'ออม', 'ทรัพย์', 'เพื่อ', 'การ', 'ผลิต', 'บ้าน', 'หัว', 'หวาย', 'ตำบล', 'หัว', 'หวาย', 'อำเภอ', 'ตาคลี'],
  filters: { type: [GROUP], province: ['นครสวรรค์'], district: ['ตาคลี'], level: ['ดี'] },
};
const G0003: FakePage = {
  url: '/groups/6007-0003/',
  words: ['กลุ่ม', 'ออม', 'ทรัพย์', 'เพื่อ', 'การ', 'ผลิต', 'บ้าน', 'หนอง', 'โพ', 'ตำบล', 'หัว', 'หวาย', 'อำเภอ', 'ตาคลี'],
  filters: { type: [GROUP], province: ['นครสวรรค์'], district: ['ตาคลี'], level: ['ต้องปรับปรุง'] },
};
const KM: FakePage = { url: '/km/visit/', words: ['ไป', 'ตรวจ', 'กลุ่ม', 'ที่', 'ตาคลี', 'คน', 'ตะกร้า'], filters: { type: ['บทความ'] } };

const ANSWERS: Answers = {
  // Pagefind ranks the article and the groups above the district.
  ตาคลี: [[KM.url, [4]], [G0002.url, [13]], [G0003.url, [13]], [D6007.url, [1]], [P60.url, [3]]],
  // G0003 above G0002: its บ้าน and หัว|หวาย match too (in its sub-district).
  บ้านหัวหวาย: [[G0003.url, [6, 10, 11]], [G0002.url, [6, 7, 8, 10, 11]], [D6007.url, [5, 6]]],
  // Segmented ค|วอน|ตัม: วอน and ตัม match nothing, so Pagefind drops them and finds the article's คน.
  ควอนตัม: [[KM.url, [5]]],
  // Segmented ตะ|คลี: คลี matches nothing; ตะ finds the article's ตะกร้า.
  ตะคลี: [[KM.url, [6]]],
};

const TH: Ranking = { lang: 'th', placeKinds: [GROUP, 'อำเภอ', 'จังหวัด'], groupUrl: '/groups/{id}/', nameFilters: { จังหวัด: 'province', อำเภอ: 'district' } };
const TH_TEMPLATES: SuggestTemplates = {
  lang: 'th',
  province: 'จังหวัด{name}',
  district: 'อำเภอ{name} จังหวัด{province}',
  subdistrict: 'ตำบล{name} อำเภอ{district}',
  group: 'รหัสกลุ่ม {id}',
  searchUrl: '/search/',
};

const D6007_NAME: NameEntry = ['d', '6007', 'ตาคลี', 'Takhli', 'นครสวรรค์', 'Nakhon Sawan'];
/** The "did you mean" shards, by first consonant (names.ts): ต 0e15, น 0e19, ห 0e2b (a group's village without บ้าน). */
const TH_SHARDS: Record<string, NameEntry[]> = {
  '0e15': [D6007_NAME],
  '0e19': [['p', '60', 'นครสวรรค์', 'Nakhon Sawan']],
  '0e2b': [['s', 'หัวหวาย', 'Hua Wai', 'ตาคลี', 'Takhli'], ['n', '6007-0002', 'บ้านหัวหวาย', ''], ['n', '6007-0003', 'บ้านหนองโพ', '']],
};

/** The shards as the page loads them, with the shards it asked for. */
function shards(all: Record<string, NameEntry[]>): { names: Names; loaded: string[] } {
  const loaded: string[] = [];
  const names = shardNames(Object.keys(all), async (s) => {
    loaded.push(s);
    return all[s]!;
  });
  return { names, loaded };
}

const urls = (found: { first: { url: string }[] }): string[] => found.first.map((r) => r.url);

describe('find: places first for a place query', () => {
  it('puts the district a query names first, then the other places and groups, then the rest', async () => {
    const pf = fakePagefind([P60, D6007, G0002, G0003, KM], ANSWERS);
    const found = await find(fromPagefind(pf), shards(TH_SHARDS).names, TH, 'ตาคลี', {});
    // Places of the query (KM left out by the type filter), in Pagefind's order: G0002, G0003, D6007, P60. D6007's
    // district filter is ตาคลี, the query: named (1); the groups and P60 (นครสวรรค์) are not (2). D6007 holds
    // ตาคลี as typed, so the places come before the article.
    expect(urls(found)).toEqual(['/districts/6007/', '/groups/6007-0002/', '/groups/6007-0003/', '/provinces/60/', '/km/visit/']);
    expect(found.hits.map((h) => h.id)).toEqual(['/districts/6007/', '/groups/6007-0002/', '/groups/6007-0003/', '/provinces/60/', '/km/visit/']);
    // D6007 holds ตาคลี: nothing to suggest.
    expect(found.suggest).toBe(false);
    // The whole search, then the places: the chosen filters and the place kinds as the pages' filters.
    expect(pf.calls).toEqual([
      { q: 'ตาคลี', filters: {} },
      { q: 'ตาคลี', filters: { type: { any: [GROUP, 'อำเภอ', 'จังหวัด'] } } },
    ]);
  });

  it('puts the group whose village the query is before a group Pagefind ranks higher', async () => {
    const { names, loaded } = shards(TH_SHARDS);
    const found = await find(fromPagefind(fakePagefind([P60, D6007, G0002, G0003, KM], ANSWERS)), names, TH, 'บ้านหัวหวาย', {});
    // Shard 0e2b (หัวหวาย, บ้าน off) has the group 6007-0002 of village บ้านหัวหวาย: first (0). G0003 and D6007: 2.
    expect(urls(found)).toEqual(['/groups/6007-0002/', '/groups/6007-0003/', '/districts/6007/']);
    expect(found.suggest).toBe(false);
    // บ้านหัวหวาย could be in the shards of บ (0e1a) and of ห (0e2b): only 0e2b exists, so only it is loaded.
    expect(loaded).toEqual(['0e2b']);
  });

  it('loads a shard once for any number of searches', async () => {
    const { names, loaded } = shards(TH_SHARDS);
    const index = fromPagefind(fakePagefind([P60, D6007, G0002, G0003, KM], ANSWERS));
    await find(index, names, TH, 'ตาคลี', {});
    await find(index, names, TH, 'ตาคลี', {});
    await find(index, names, TH, 'บ้านหัวหวาย', {});
    expect(loaded).toEqual(['0e15', '0e2b']);
  });
});

describe('find: junk left out, and when to suggest', () => {
  it('finds nothing when Pagefind matched only a scrap of the query, and asks for "did you mean"', async () => {
    const found = await find(fromPagefind(fakePagefind([KM], ANSWERS)), shards(TH_SHARDS).names, TH, 'ควอนตัม', {});
    // ค|วอน|ตัม folded: ค, วอน, ตม = 1 + 3 + 2 = 6 letters; the article's คน begins with ค only: 1/6, not over ½.
    expect(found).toEqual({ hits: [], first: [], suggest: true });
  });

  it('suggests the district one vowel away from a query found nowhere', async () => {
    const { names } = shards(TH_SHARDS);
    const found = await find(fromPagefind(fakePagefind([KM], ANSWERS)), names, TH, 'ตะคลี', {});
    // ตะ|คลี folded: ตะ, คล = 4 letters; ตะกร้า begins with ตะ: 2/4 = ½, not over ½: nothing found.
    expect(found).toEqual({ hits: [], first: [], suggest: true });
    const links = await suggestions('ตะคลี', names, TH_TEMPLATES);
    // Shard 0e15 (ต): ตาคลี is one vowel from ตะคลี.
    expect(links.map((l) => ({ label: l.label, href: decodeURIComponent(l.href) }))).toEqual([{ label: 'อำเภอตาคลี จังหวัดนครสวรรค์', href: '/search/?q=ตาคลี' }]);
  });

  it('suggests nothing when no name is near', async () => {
    // ควอนตัม: shard of ค (sounds as ข: 0e02), which this site does not have.
    expect(await suggestions('ควอนตัม', shards(TH_SHARDS).names, TH_TEMPLATES)).toEqual([]);
  });
});

describe('find: filters and pages of results', () => {
  it('with no query, lists what the filters keep, in the index order, and never suggests', async () => {
    const pf = fakePagefind([P60, D6007, G0002, G0003, KM], ANSWERS);
    const found = await find(fromPagefind(pf), shards(TH_SHARDS).names, TH, '', { level: 'ต้องปรับปรุง' });
    expect(urls(found)).toEqual(['/groups/6007-0003/']);
    expect(found.suggest).toBe(false);
    // One search: no places search without a query.
    expect(pf.calls).toEqual([{ q: null, filters: { level: 'ต้องปรับปรุง' } }]);
  });

  it('loads the first 20 results; the rest load when asked for', async () => {
    // 25 groups, every one found by ออม|ทรัพย์ (its second and third words).
    const groups: FakePage[] = Array.from({ length: 25 }, (_, i) => ({ ...G0002, url: `/groups/g${i + 1}/` }));
    const answers: Answers = { ออมทรัพย์: groups.map((g) => [g.url, [1, 2]]) };
    const found = await find(fromPagefind(fakePagefind(groups, answers)), shards({}).names, TH, 'ออมทรัพย์', {});
    expect(PAGE).toBe(20);
    expect(found.hits).toHaveLength(25);
    expect(found.first.map((r) => r.url)).toEqual(groups.slice(0, 20).map((g) => g.url));
    expect((await results(found.hits.slice(20, 40))).map((r) => r.url)).toEqual(['/groups/g21/', '/groups/g22/', '/groups/g23/', '/groups/g24/', '/groups/g25/']);
  });
});

// An English site: Chai Nat province and its capital district, Nakhon Sawan province, an article.
const P18_EN: FakePage = { url: '/en/provinces/18/', words: ['Chai', 'Nat', 'Province', 'Mueang', 'Chai', 'Nat', 'District'], filters: { type: ['province'], province: ['Chai Nat'] } };
const D1801_EN: FakePage = {
  url: '/en/districts/1801/',
  words: ['Mueang', 'Chai', 'Nat', 'District', 'Chai', 'Nat', 'Province'],
  filters: { type: ['district'], province: ['Chai Nat'], district: ['Mueang Chai Nat'] },
};
const P60_EN: FakePage = { url: '/en/provinces/60/', words: ['Nakhon', 'Sawan', 'Province'], filters: { type: ['province'], province: ['Nakhon Sawan'] } };
const KM_EN: FakePage = { url: '/en/km/visit/', words: ['A', 'visit', 'to', 'Nakhon', 'Sawan'], filters: { type: ['article'] } };
const EN_ANSWERS: Answers = {
  'Chai Nat': [[D1801_EN.url, [1, 2, 4, 5]], [P18_EN.url, [0, 1, 4, 5]]],
  // "Sawn" matches nothing: Pagefind searches "Nakhon" alone.
  'Nakhon Sawn': [[KM_EN.url, [3]], [P60_EN.url, [0]]],
};
const EN: Ranking = { lang: 'en', placeKinds: ['savings group', 'district', 'province'], groupUrl: '/en/groups/{id}/', nameFilters: { province: 'province', district: 'district' } };
const EN_SHARDS: Record<string, NameEntry[]> = { c: [['p', '18', 'ชัยนาท', 'Chai Nat']], n: [['p', '60', 'นครสวรรค์', 'Nakhon Sawan']] };
const EN_TEMPLATES: SuggestTemplates = {
  lang: 'en',
  province: '{name} Province',
  district: '{name} District, {province} Province',
  subdistrict: '{name} Subdistrict, {district} District',
  group: 'Group ID {id}',
  searchUrl: '/en/search/',
};

describe('find in English', () => {
  it('puts the province a query names before its capital district, which Pagefind ranks higher', async () => {
    const index = fromPagefind(fakePagefind([P18_EN, D1801_EN, P60_EN, KM_EN], EN_ANSWERS));
    const found = await find(index, shards(EN_SHARDS).names, EN, 'Chai Nat', {});
    // P18's province filter "Chai Nat" is the query (1); D1801's district "Mueang Chai Nat" is not (2).
    expect(urls(found)).toEqual(['/en/provinces/18/', '/en/districts/1801/']);
    expect(found.suggest).toBe(false);
  });

  it('keeps Pagefind’s order when no place holds the query as typed, and suggests the name spelt right', async () => {
    const { names } = shards(EN_SHARDS);
    const found = await find(fromPagefind(fakePagefind([P18_EN, D1801_EN, P60_EN, KM_EN], EN_ANSWERS)), names, EN, 'Nakhon Sawn', {});
    // P60 is the only place; "sawn" is not in "nakhonsawanprovince": Pagefind's order stays. nakhon, sawn = 10
    // letters, the article's Nakhon matches 6: 0.6, over ½, so it is found; but no result holds "Sawn": suggest.
    expect(urls(found)).toEqual(['/en/km/visit/', '/en/provinces/60/']);
    expect(found.suggest).toBe(true);
    // nakhonsawn against nakhonsawan: one letter (2 allowed for 10 letters). A space in a query is "+".
    expect(await suggestions('Nakhon Sawn', names, EN_TEMPLATES)).toEqual([{ label: 'Nakhon Sawan Province', href: '/en/search/?q=Nakhon+Sawan' }]);
  });
});

describe('shardNames', () => {
  it('asks only for shards that exist, and a shard that fails to load is empty', async () => {
    const asked: string[] = [];
    const names = shardNames(['0e15', 'id-60'], async (s) => {
      asked.push(s);
      if (s === 'id-60') throw new Error('HTTP 404');
      return [D6007_NAME];
    });
    expect(await names('0e1a')).toEqual([]);
    expect(await names('id-60')).toEqual([]);
    expect(await names('0e15')).toEqual([D6007_NAME]);
    expect(asked).toEqual(['id-60', '0e15']);
  });
});
