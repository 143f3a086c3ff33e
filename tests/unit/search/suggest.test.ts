import { describe, expect, it } from 'vitest';
import { idKey, idShard, nameCore, nameShard, nameShards, type NameEntry, type NamedPlaces } from '../../../src/lib/search/names.js';
import { allowedDistance, describe as describeEntry, isNamed, lookupWords, namedGroups, nameDistance, shardsFor, suggest, type SuggestTemplates } from '../../../src/lib/search/suggest.js';

const NAKHON_SAWAN = { code: '60', name: 'นครสวรรค์', nameEn: 'Nakhon Sawan' };
const TAKHLI = { code: '6007', name: 'ตาคลี', nameEn: 'Takhli' };
const HUA_WAI = { code: '600705', name: 'หัวหวาย', nameEn: 'Hua Wai' };
const PLACES: NamedPlaces = {
  provinces: [NAKHON_SAWAN],
  districts: [{ ...TAKHLI, province: '60' }],
  // Two groups in one sub-district: one sub-district entry.
  groups: [
    { id: '6007-0002', subdistrict: HUA_WAI, district: TAKHLI },
    { id: '6007-0003', subdistrict: HUA_WAI, district: TAKHLI },
  ],
};
const P60: NameEntry = ['p', '60', 'นครสวรรค์', 'Nakhon Sawan'];
const D6007: NameEntry = ['d', '6007', 'ตาคลี', 'Takhli', 'นครสวรรค์', 'Nakhon Sawan'];
const S_HUA_WAI: NameEntry = ['s', 'หัวหวาย', 'Hua Wai', 'ตาคลี', 'Takhli'];
const ENTRIES: NameEntry[] = [P60, D6007, S_HUA_WAI, ['g', '6007-0002'], ['g', '6010-0001'], ['g', '6010-0002']];

describe('the "did you mean" shards', () => {
  it('shards a Thai name by its first consonant, leading vowels skipped, sound-alike letters together', () => {
    expect(nameShard('ตาคลี')).toBe('0e15'); // ต U+0E15
    expect(nameShard('ฏาคลี')).toBe('0e15'); // ฏ sounds as ต at the start
    expect(nameShard('เขาทอง')).toBe('0e02'); // เ skipped, ข U+0E02
    expect(nameShard('คีรี')).toBe('0e02'); // ค sounds as ข
    expect(nameShard('ศรีสวัสดิ์')).toBe('0e2a'); // ศ sounds as ส U+0E2A
    expect(nameShard('Takhli')).toBe('t');
    expect(nameShard('123')).toBeNull();
  });
  it('shards a group id by its first two letters or digits', () => {
    expect(idKey('6010-0002')).toBe('60100002');
    expect(idShard('6010-0002')).toBe('id-60');
  });
  it('puts each name in the shards of its Thai and English spellings, sorted by shard', () => {
    // นครสวรรค์ → น U+0E19, Nakhon Sawan → n; ตาคลี → 0e15, Takhli → t; หัวหวาย → ห U+0E2B, Hua Wai → h.
    expect([...nameShards(PLACES)]).toEqual([
      ['0e15', [D6007]],
      ['0e19', [P60]],
      ['0e2b', [S_HUA_WAI]],
      ['h', [S_HUA_WAI]],
      ['id-60', [['g', '6007-0002'], ['g', '6007-0003']]],
      ['n', [P60]],
      ['t', [D6007]],
    ]);
  });
});

describe('nameDistance and allowedDistance', () => {
  it('costs a changed letter on the line 1 and a changed mark ½', () => {
    // ะ → า: 1 edit as typed, 1 folded (ตะคล / ตาคล) → (1 + 1) / 2.
    expect(nameDistance('ตะคลี', 'ตาคลี')).toBe(1);
    // ิ → ี: 1 edit as typed, 0 folded (both ตาคล) → ½.
    expect(nameDistance('ตาคลิ', 'ตาคลี')).toBe(0.5);
    expect(nameDistance('takli', 'takhli')).toBe(1);
  });
  it('allows none under 3 letters, 1 under 6, else 2, marks not counted', () => {
    expect(allowedDistance('ab')).toBe(0);
    expect(allowedDistance('ตะคลี')).toBe(1); // ตะคล: 4
    expect(allowedDistance('พยุหะคีรี')).toBe(2); // พยหะคร: 6
  });
});

describe('lookupWords and shardsFor', () => {
  it('looks up the query with and without a place prefix, Thai or English', () => {
    expect(lookupWords('อำเภอตะคลี')).toEqual({ whole: ['อำเภอตะคลี', 'ตะคลี'], parts: [] });
    expect(lookupWords('Takli District')).toEqual({ whole: ['takli'], parts: [] });
    expect(lookupWords('ตะคลี นครสวรรค์')).toEqual({ whole: ['ตะคลีนครสวรรค์'], parts: ['ตะคลี', 'นครสวรรค์'] });
  });
  it('names the shards to load: a name’s first letter, an id’s first two digits', () => {
    // อำเภอตะคลี: อ U+0E2D (its own shard) and, prefix off, ต U+0E15.
    expect(shardsFor('อำเภอตะคลี')).toEqual(['0e2d', '0e15']);
    expect(shardsFor('Takli')).toEqual(['t']);
    expect(shardsFor('๖๐๑๐๐๐๐๒')).toEqual(['id-60']);
  });
});

describe('isNamed: the query is this place’s name, place words off', () => {
  it('names ชัยนาท with or without จังหวัด, Chai Nat with or without Province', () => {
    expect(isNamed('ชัยนาท', 'ชัยนาท')).toBe(true);
    expect(isNamed('จังหวัดชัยนาท', 'ชัยนาท')).toBe(true);
    expect(isNamed('Chai Nat', 'Chai Nat')).toBe(true);
    expect(isNamed('chai nat province', 'Chai Nat')).toBe(true);
  });
  it('does not name a longer name that holds it, nor a misspelling', () => {
    expect(isNamed('ชัยนาท', 'เมืองชัยนาท')).toBe(false);
    expect(isNamed('Chai Nat', 'Mueang Chai Nat')).toBe(false);
    expect(isNamed('ตะคลี', 'ตาคลี')).toBe(false);
  });
});

describe('suggest', () => {
  it('finds the district one vowel away (ตะคลี → ตาคลี), Thai or English', () => {
    expect(suggest('ตะคลี', ENTRIES)).toEqual([{ entry: D6007, distance: 1 }]);
    expect(suggest('อำเภอตะคลี', ENTRIES)).toEqual([{ entry: D6007, distance: 1 }]);
    expect(suggest('Takli', ENTRIES)).toEqual([{ entry: D6007, distance: 1 }]);
  });
  it('finds a sub-district and a province', () => {
    // หัววาย: ห → nothing (หัวหวาย has one more ห): 1 edit.
    expect(suggest('หัววาย', ENTRIES)).toEqual([{ entry: S_HUA_WAI, distance: 1 }]);
    // นครสวรร: the last ค and ์ missing: 2 edits as typed, 1 folded (นครสวรร / นครสวรรค) → 1.5 ≤ 2 (7 letters folded).
    expect(suggest('นครสวรร', ENTRIES)).toEqual([{ entry: P60, distance: 1.5 }]);
  });
  it('finds a group id typed without its dash, and only the nearest', () => {
    // 60100002 is 0 edits from 6010-0002 (letters and digits only), 1 from 6010-0001: the nearer alone.
    expect(suggest('60100002', ENTRIES)).toEqual([{ entry: ['g', '6010-0002'], distance: 0 }]);
    // 60100003 is 1 from both 6010-0001 and 6010-0002: both, in dataset order.
    expect(suggest('60100003', ENTRIES).map((s) => s.entry)).toEqual([['g', '6010-0001'], ['g', '6010-0002']]);
  });
  it('suggests the misspelt word of several, not the one spelt right', () => {
    expect(suggest('ตะคลี นครสวรรค์', ENTRIES)).toEqual([{ entry: D6007, distance: 1 }]);
  });
  it('suggests nothing far away or too short to judge', () => {
    expect(suggest('ควอนตัม', ENTRIES)).toEqual([]);
    expect(suggest('ตา', ENTRIES)).toEqual([]);
  });
});

describe('describe: a suggestion’s label, and a link that reruns the search', () => {
  const TH: SuggestTemplates = { lang: 'th', province: 'จังหวัด{name}', district: 'อำเภอ{name} จังหวัด{province}', subdistrict: 'ตำบล{name} อำเภอ{district}', group: 'รหัสกลุ่ม {id}', searchUrl: '/omsap/search/' };
  const EN: SuggestTemplates = { lang: 'en', province: '{name} province', district: '{name} district, {province}', subdistrict: '{name} sub-district, {district} district', group: 'Group {id}', searchUrl: '/omsap/en/search/' };
  it('in Thai', () => {
    expect(describeEntry(D6007, TH)).toEqual({
      label: 'อำเภอตาคลี จังหวัดนครสวรรค์',
      href: '/omsap/search/?q=%E0%B8%95%E0%B8%B2%E0%B8%84%E0%B8%A5%E0%B8%B5', // ตาคลี in UTF-8
    });
    expect(describeEntry(['g', '6010-0002'], TH)).toEqual({ label: 'รหัสกลุ่ม 6010-0002', href: '/omsap/search/?q=6010-0002' });
  });
  it('in English, a sub-district searched within its district', () => {
    expect(describeEntry(P60, EN)).toEqual({ label: 'Nakhon Sawan province', href: '/omsap/en/search/?q=Nakhon+Sawan' });
    expect(describeEntry(D6007, EN)).toEqual({ label: 'Takhli district, Nakhon Sawan', href: '/omsap/en/search/?q=Takhli' });
    expect(describeEntry(S_HUA_WAI, EN)).toEqual({ label: 'Hua Wai sub-district, Takhli district', href: '/omsap/en/search/?q=Hua+Wai&district=Takhli' });
  });
});

describe('group and village names (issue 20)', () => {
  // 6001007 of the bundled sample: its name is the usual prefix and its village, so the entry keeps the village only.
  const RAI_NOI: NameEntry = ['n', '6001007', 'บ้านไร่น้อย', ''];
  // A name that is not the usual prefix and the village: kept whole.
  const HAT_THA_SAO: NameEntry = ['n', '1801-0003', 'บ้านหาดท่าเสา', 'กลุ่มสัจจะออมทรัพย์บ้านหาดท่าเสา'];
  const GROUPS: NameEntry[] = [...ENTRIES, RAI_NOI, HAT_THA_SAO];

  it('nameCore drops the usual first words of a group and a village', () => {
    expect(nameCore('กลุ่มออมทรัพย์เพื่อการผลิตบ้านไร่น้อย')).toBe('ไร่น้อย');
    expect(nameCore('กลุ่มสัจจะออมทรัพย์ บ้านหาดท่าเสา')).toBe('หาดท่าเสา');
    expect(nameCore('บ้านไร่น้อย')).toBe('ไร่น้อย');
    expect(nameCore('หนองโพ')).toBe('หนองโพ');
  });

  it('shards a group by its name’s core: ไร่น้อย in the shard of ร (with ล, which sounds alike)', () => {
    const shards = nameShards({
      provinces: [],
      districts: [],
      groups: [
        { id: '6001007', subdistrict: HUA_WAI, district: TAKHLI, name: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านไร่น้อย', village: 'บ้านไร่น้อย' },
        { id: '1801-0003', subdistrict: HUA_WAI, district: TAKHLI, name: 'กลุ่มสัจจะออมทรัพย์บ้านหาดท่าเสา', village: 'บ้านหาดท่าเสา' },
      ],
    });
    // ร U+0E23 shares the shard of ล U+0E25; หาดท่าเสา → ห U+0E2B (with หัวหวาย's sub-district entry).
    expect(shards.get('0e25')).toEqual([RAI_NOI]);
    expect(shards.get('0e2b')).toEqual([S_HUA_WAI, HAT_THA_SAO]);
    expect(shardsFor('ไร่น้อบ')).toEqual(['0e25']);
    // บ้านไร่น้อบ: บ U+0E1A as typed, ล's shard without บ้าน.
    expect(shardsFor('บ้านไร่น้อบ')).toEqual(['0e1a', '0e25']);
  });

  it('finds the group one letter away from its village (ไร่น้อบ → บ้านไร่น้อย), with or without บ้าน', () => {
    // ไร่น้อบ against ไร่น้อย: 1 edit as typed, 1 folded (ไรนอบ / ไรนอย) → 1; ไรนอบ has 5 letters → 1 allowed.
    expect(suggest('ไร่น้อบ', GROUPS)).toEqual([{ entry: RAI_NOI, distance: 1 }]);
    expect(suggest('บ้านไร่น้อบ', GROUPS)).toEqual([{ entry: RAI_NOI, distance: 1 }]);
    expect(suggest('กลุ่มออมทรัพย์เพื่อการผลิตบ้านไร่น้อบ', GROUPS)).toEqual([{ entry: RAI_NOI, distance: 1 }]);
    // Two letters off a 5-letter core: too far.
    expect(suggest('ไร่น้ดบ', GROUPS)).toEqual([]);
  });

  it('labels the suggestion with the group’s name and searches its village', () => {
    const TH: SuggestTemplates = { lang: 'th', province: 'จังหวัด{name}', district: 'อำเภอ{name}', subdistrict: 'ตำบล{name}', group: 'รหัสกลุ่ม {id}', searchUrl: '/search/' };
    expect(describeEntry(RAI_NOI, TH)).toEqual({
      label: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านไร่น้อย',
      href: `/search/?q=${encodeURIComponent('บ้านไร่น้อย')}`,
    });
    expect(describeEntry(HAT_THA_SAO, TH).label).toBe('กลุ่มสัจจะออมทรัพย์บ้านหาดท่าเสา');
  });

  it('namedGroups: the groups a query names exactly, by village or name, usual first words or not', () => {
    expect(namedGroups('ไร่น้อย', GROUPS)).toEqual(['6001007']);
    expect(namedGroups('บ้านไร่น้อย', GROUPS)).toEqual(['6001007']);
    expect(namedGroups(' กลุ่มออมทรัพย์เพื่อการผลิต บ้านไร่น้อย ', GROUPS)).toEqual(['6001007']);
    expect(namedGroups('กลุ่มสัจจะออมทรัพย์บ้านหาดท่าเสา', GROUPS)).toEqual(['1801-0003']);
    // A misspelling, a part of the name or an id names none.
    expect(namedGroups('ไร่น้อบ', GROUPS)).toEqual([]);
    expect(namedGroups('ไร่', GROUPS)).toEqual([]);
    expect(namedGroups('6001007', GROUPS)).toEqual([]);
  });
});
