/**
 * "Did you mean": the places and group ids of the dataset a small, Thai-aware edit away from what was typed
 * (ตะคลี → ตาคลี, one vowel; Takli → Takhli; 60100002 → 6010-0002), in either language's spelling.
 */
import { composeSaraAm } from '../thai/normalize.js';
import { levenshtein } from '../thai/edit-distance.js';
import { stripPlacePrefix } from '../thai/place-prefix.js';
import { entryGroupName, idKey, idShard, nameCore, nameShard, type NameEntry } from './names.js';
import { fold, normalizeQuery } from './text.js';

export interface Suggestion {
  entry: NameEntry;
  distance: number;
}

/** What a suggestion's label and link are made of, in the page's language: "{name}" and the like are filled in. */
export interface SuggestTemplates {
  lang: 'th' | 'en';
  /** "จังหวัด{name}" */
  province: string;
  /** "อำเภอ{name} จังหวัด{province}" */
  district: string;
  /** "ตำบล{name} อำเภอ{district}" */
  subdistrict: string;
  /** "รหัสกลุ่ม {id}" */
  group: string;
  /** The search page's address ("/search/"): a suggestion reruns the search with the name spelt right. */
  searchUrl: string;
}

const NOT_NAME = /[^\p{L}\p{M}\p{N}]/gu;
const ENGLISH_PLACE_WORDS = /\b(sub-?district|district|province|amphoe|tambon|changwat)\b/gi;
const DIGIT = /\d/;
const KIND_ORDER = { p: 0, d: 1, s: 2, n: 3, g: 4 } as const;

/** A name as compared: NFC, ำ composed, lower case, letters, marks and digits only. */
const nameForm = (s: string): string => composeSaraAm(normalizeQuery(s)).toLowerCase().replace(NOT_NAME, '');

/** Edit distance in which changing only a mark (a tone mark, a vowel above or below) costs a half. */
export function nameDistance(a: string, b: string): number {
  return (levenshtein(a, b) + levenshtein(fold(a), fold(b))) / 2;
}

/** How far a word of this length may be from a name: none under 3 letters, 1 under 6, else 2 (marks not counted). */
export function allowedDistance(word: string): number {
  const n = fold(word).length;
  return n < 3 ? 0 : n < 6 ? 1 : 2;
}

/**
 * The words of a query worth looking up, place prefixes off (อำเภอ, จ., District …): first the whole query without
 * its spaces, then, when it has several, each word; a name close to the whole query is the better suggestion.
 */
export function lookupWords(query: string): { whole: string[]; parts: string[] } {
  const q = normalizeQuery(query.replace(ENGLISH_PLACE_WORDS, ' '));
  const bare = (w: string) => stripPlacePrefix(stripPlacePrefix(stripPlacePrefix(w, 'province'), 'district'), 'subdistrict');
  const forms = (ws: string[]) => [...new Set(ws.flatMap((w) => [w, bare(w)]).map(nameForm).filter(Boolean))];
  return { whole: forms([q.replace(/ /g, '')]), parts: q.includes(' ') ? forms(q.split(' ')) : [] };
}

/** Whether the query, place words off, is this name ("Chai Nat", "จังหวัดชัยนาท" name ชัยนาท; "เมืองชัยนาท" does not). */
export function isNamed(query: string, name: string): boolean {
  return lookupWords(query).whole.includes(nameForm(name));
}

/** The shards a query's suggestions can be in. */
export function shardsFor(query: string): string[] {
  const { whole, parts } = lookupWords(query);
  const words = [...whole, ...parts];
  const shards = words.flatMap((w) => (DIGIT.test(w) ? [idShard(w)] : [nameShard(w), nameShard(nameCore(w))]));
  return [...new Set(shards.filter((s): s is string => s !== null))];
}

function distance(word: string, entry: NameEntry): number {
  if (entry[0] === 'g') {
    const id = idKey(word);
    const d = levenshtein(id, idKey(entry[1]));
    return d <= (id.length >= 10 ? 2 : 1) ? d : Infinity;
  }
  if (entry[0] === 'n') {
    // A group by its name's core, the usual first words off both sides ("บ้านไร่น้อบ" is ไร่น้อบ against ไร่น้อย).
    const core = nameCore(word);
    const d = Math.min(...groupNames(entry).map((n) => nameDistance(core, nameCore(nameForm(n)))));
    return d <= allowedDistance(core) ? d : Infinity;
  }
  const names = entry[0] === 'p' || entry[0] === 'd' ? [entry[2], entry[3]] : [entry[1], entry[2]];
  const d = Math.min(...names.filter(Boolean).map((n) => nameDistance(word, nameForm(n))));
  return d <= allowedDistance(word) ? d : Infinity;
}

/** A group entry's village and name ('' left out). */
const groupNames = (entry: Extract<NameEntry, ['n', ...unknown[]]>): string[] => [entry[2], entryGroupName(entry[2], entry[3])].filter(Boolean);

/**
 * The groups a query names exactly: their village or group name, with or without the usual first words
 * ("ไร่น้อย", "บ้านไร่น้อย", "กลุ่มออมทรัพย์เพื่อการผลิตบ้านไร่น้อย"), ignoring spaces and case. Their ids, in entry order.
 */
export function namedGroups(query: string, entries: readonly NameEntry[]): string[] {
  const q = nameForm(normalizeQuery(query));
  if (!q || DIGIT.test(q)) return [];
  const ids = entries.flatMap((e) => (e[0] === 'n' && groupNames(e).some((n) => nameForm(n) === q || nameCore(nameForm(n)) === q) ? [e[1]] : []));
  return [...new Set(ids)];
}

/**
 * The closest names to a query, nearest first (then province, district, sub-district, group), at most `limit`:
 * names close to the whole query, or else to one of its words.
 */
export function suggest(query: string, entries: readonly NameEntry[], limit = 5): Suggestion[] {
  const { whole, parts } = lookupWords(query);
  const found = closest(whole, entries);
  // A word of several spelt exactly is not what was mistyped ("ตะคลี นครสวรรค์": ตาคลี, not the province).
  const near = found.length ? found : closest(parts, entries).filter((s) => s.distance > 0);
  // A name a whole edit further than the nearest is noise beside it (6010-0001 beside 6010-0002 for "60100002").
  return near.filter((s) => s.distance < near[0]!.distance + 1).slice(0, limit);
}

/** Every entry within its allowed distance of one of the words, nearest first, then province … group. */
function closest(words: string[], entries: readonly NameEntry[]): Suggestion[] {
  const best = new Map<string, Suggestion>();
  for (const entry of entries) {
    const forIds = entry[0] === 'g';
    const d = Math.min(...words.filter((w) => DIGIT.test(w) === forIds).map((w) => distance(w, entry)));
    const key = JSON.stringify(entry); // an entry can come in two shards (its Thai and its English name)
    const seen = best.get(key);
    if (d < Infinity && (!seen || d < seen.distance)) best.set(key, { entry, distance: d });
  }
  return [...best.values()].sort((a, b) => a.distance - b.distance || KIND_ORDER[a.entry[0]] - KIND_ORDER[b.entry[0]]);
}

const fill = (template: string, values: Record<string, string>): string => template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

/**
 * A suggestion's label, and its link: the search again with the name spelt right (a sub-district's within its
 * district, as the search page's district filter writes it: one name can be a sub-district in several districts).
 */
export function describe(entry: NameEntry, t: SuggestTemplates): { label: string; href: string } {
  const pick = (th: string, en: string) => (t.lang === 'en' && en ? en : th);
  const search = (params: Record<string, string>) => `${t.searchUrl}?${new URLSearchParams(params)}`;
  switch (entry[0]) {
    case 'p': {
      const name = pick(entry[2], entry[3]);
      return { label: fill(t.province, { name }), href: search({ q: name }) };
    }
    case 'd': {
      const name = pick(entry[2], entry[3]);
      return { label: fill(t.district, { name, province: pick(entry[4], entry[5]) }), href: search({ q: name }) };
    }
    case 's': {
      const name = pick(entry[1], entry[2]);
      const district = pick(entry[3], entry[4]);
      return { label: fill(t.subdistrict, { name, district }), href: search({ q: name, district }) };
    }
    case 'g':
      return { label: fill(t.group, { id: entry[1] }), href: search({ q: entry[1] }) };
    case 'n':
      // The group's name as registered (Thai in either language); the search again by its village, which the
      // search puts first (namedGroups).
      return { label: entryGroupName(entry[2], entry[3]), href: search({ q: entry[2] || entry[3] }) };
  }
}
